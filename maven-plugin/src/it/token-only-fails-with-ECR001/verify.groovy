def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'ECR001' }
assert new File(basedir, 'target/iamlint/iamlint.json').text.contains('ECR001')
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*src\/main\/iam\/node-role\.json:\d+:\d+ ECR001 /
assert log.contains('at or above error')
