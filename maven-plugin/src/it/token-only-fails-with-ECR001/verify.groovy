// A bare token-only policy fails with ECR001 at its statement, and as a failing check is not remembered,
// the second build (invoker.goals.2) checks again and fails the same way.
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
def finding = "[ERROR] ${base}/src/main/iam/node-role.json:4:9 ECR001 ecr:GetAuthorizationToken is allowed, but neither " +
        'ecr:BatchGetImage nor ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository/example ' +
        '(a representative repository: no image or repository was given): logging in to ECR succeeds, then every pull ' +
        'fails with "User: arn:aws:sts::111122223333:assumed-role/node-role/i-0123456789abcdef0 is not authorized to ' +
        'perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/example because no ' +
        'identity-based policy allows the ecr:BatchGetImage action"'
assert log.findAll { it.startsWith("[ERROR] ${base}/") } == [finding, finding]
assert log.count('[ERROR]     fix: Attach the AWS managed policy or add the least-privilege policy; iamlint checked that, '
        + 'added to this policy, either one grants everything ecr-pull needs') == 2
assert log.count { it.startsWith('[ERROR] Failed to execute goal dev.iamlint:iamlint-maven-plugin:')
        && it.endsWith(': iamlint: 1 finding at or above error (1 error, 0 warnings, 0 notes in 1 file) -> [Help 1]') } == 2
assert !log.any { it.contains('iamlint: up to date') }
assert !new File(basedir, 'target/iamlint/iamlint.digest').exists()

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
assert sarif.runs[0].results*.ruleId == ['ECR001']
