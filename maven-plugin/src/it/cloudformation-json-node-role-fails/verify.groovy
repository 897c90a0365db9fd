// The README's <plugin> block on a JSON template whose node role (named by an EKS node group) has AWS managed
// policies and two inline policies but no pull permission: ECR001 at the token statement, with the fix.
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it.startsWith("[ERROR] ${base}/") } == [
    "[ERROR] ${base}/infra/eks-nodes.template.json:33:17 ECR001 role NodeRole: ecr:GetAuthorizationToken is allowed, but neither " +
        'ecr:BatchGetImage nor ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler ' +
        '(image 111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1.30): logging in to ECR succeeds, then ' +
        'every pull fails with "User: arn:aws:sts::111122223333:assumed-role/node-role/i-0123456789abcdef0 is not ' +
        'authorized to perform: ecr:BatchGetImage on resource: ' +
        'arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler because no identity-based policy allows the ' +
        'ecr:BatchGetImage action"'.toString()]
def fix = log.indexOf('[ERROR]     fix: Attach the AWS managed policy or add the least-privilege policy; iamlint checked '
        + 'that, added to this policy, either one grants everything ecr-pull needs')
assert fix > 0
assert log[fix + 1] == '[ERROR]       Attach the AWS managed policy AmazonEC2ContainerRegistryPullOnly:'
assert log[fix + 2] == '[ERROR]         arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly'
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.iamlint:iamlint-maven-plugin:')
        && it.endsWith(': iamlint: 1 finding at or above error (1 error, 0 warnings, 0 notes in 1 file) -> [Help 1]') }

// The first option is what cloudformation-json-node-role-passes-after-fix applies.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
def ecr001 = sarif.runs[0].results.find { it.ruleId == 'ECR001' }
assert ecr001.properties.fix.options[0].content == 'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.json'))
assert json.toString().contains('infra/eks-nodes.template.json#NodeRole')
