// A node role in a YAML template (short-form tags): the finding points into the template.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
def ecr001 = sarif.runs[0].results.find { it.ruleId == 'ECR001' }
assert ecr001 != null
assert ecr001.locations[0].physicalLocation.artifactLocation.uri.endsWith('infra/node-role.template.yaml')
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*infra\/node-role\.template\.yaml:\d+:\d+ ECR001 /
