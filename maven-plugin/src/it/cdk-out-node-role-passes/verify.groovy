// A CDK app's synthesized template: managed policies attached as Fn::Join with AWS::Partition, a grantPull policy on
// a repository the stack creates. Only cdk.out/*.template.json is read, not the manifest, tree or asset files.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file')
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.json'))
assert json.toString().contains('cdk.out/EksNodesStack.template.json#NodeRole7B5D3A38')
