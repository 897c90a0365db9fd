// A node role in a YAML template (short-form tags): the finding points into the template.
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it.startsWith("[ERROR] ${base}/") } == [
    "[ERROR] ${base}/infra/node-role.template.yaml:19:17 ECR001 role NodeRole: ecr:GetAuthorizationToken is allowed, but neither " +
        'ecr:BatchGetImage nor ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository/example ' +
        '(a representative repository: no image or repository was given): logging in to ECR succeeds, then every pull ' +
        'fails with "User: arn:aws:sts::111122223333:assumed-role/node-role/i-0123456789abcdef0 is not authorized to ' +
        'perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/example because no ' +
        'identity-based policy allows the ecr:BatchGetImage action"'.toString()]
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
assert sarif.runs[0].results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri } ==
        ["ECR001 file://${base}/infra/node-role.template.yaml".toString()]
