// `-T 2` over a reactor of two checked modules: each checks only its own files and writes its own reports; the
// aggregator leaves its modules' files to them.
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
assert log.any { it.contains('MultiThreadedBuilder') && it.contains('thread count of 2') }
assert !log.any { it.contains('not marked as thread-safe') }
assert log.findAll { it.startsWith("[WARNING] ${base}/") || it.startsWith("[INFO] ${base}/") }.sort() == [
    "[WARNING] ${base}/nodes/infra/logs.template.yaml:20:25 IAM202 logs:* allows all 133 actions of service logs, " +
        'including 68 write and 2 permissions-management ones, and any added later; list the actions needed',
    "[INFO] ${base}/ci/src/main/iam/artifacts.json:8:17 IAM301 \"s3:GetObject\" is redundant: \"s3:Get*\" at line 9 " +
        'already covers it; remove it']*.toString().sort()
assert log.count { it.startsWith('[INFO] iamlint: no IAM policy, template or plan found under ') } == 1
assert !new File(basedir, 'target/iamlint').exists()

def results = { module ->
    def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, "${module}/target/iamlint/iamlint.sarif"))
    sarif.runs[0].results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri }
}
// Absolute file URIs, which code scanning makes relative to the repository root: nodes/infra/…, not infra/….
assert results('nodes') == ["IAM202 file://${base}/nodes/infra/logs.template.yaml".toString()]
assert results('ci') == ["IAM301 file://${base}/ci/src/main/iam/artifacts.json".toString()]
