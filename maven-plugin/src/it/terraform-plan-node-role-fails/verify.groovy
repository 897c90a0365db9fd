// A single-line `terraform show -json` plan: the node role's inline policy is a JSON string in the plan, and the
// finding points at the token statement inside that string (line 1, its column in the file). The quoted error names
// the role as the plan does (prod-nodes).
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it.startsWith("[ERROR] ${base}/") } == [
    "[ERROR] ${base}/plan/prod.tfplan.json:1:2659 ECR001 role aws_iam_role.node: ecr:GetAuthorizationToken is allowed, but neither " +
        'ecr:BatchGetImage nor ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler ' +
        '(image 111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1.30): logging in to ECR succeeds, then ' +
        'every pull fails with "User: arn:aws:sts::111122223333:assumed-role/prod-nodes/i-0123456789abcdef0 is not ' +
        'authorized to perform: ecr:BatchGetImage on resource: ' +
        'arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler because no identity-based policy allows the ' +
        'ecr:BatchGetImage action"'.toString()]
// The role's managed_policy_arns is known only after apply, as in every plan of a role whose configuration does not
// set it: the provider reads back what the plan's attachments give the role, and those are read themselves. No gap.
assert !log.any { it.startsWith('[WARNING]') }
def plan = new File(basedir, 'plan/prod.tfplan.json').text
assert plan.substring(2658).startsWith('{\\n      \\"Sid\\": \\"EcrToken\\"')
assert plan.indexOf('resource_changes') < 2658
assert log.any { it.endsWith(': iamlint: 1 finding at or above error (1 error, 0 warnings, 0 notes in 1 file) -> [Help 1]') }
