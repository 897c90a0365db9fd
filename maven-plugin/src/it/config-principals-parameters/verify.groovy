// The configuration file, a baseline, per-principal <requirements> and template <parameters> together. Each one
// is needed for the build to pass with failOn=note: .iamlint.yaml turns off IAM206 (a note on the Describe
// statement), the baseline accepts the IAM301 note on the repeated action, <requirements> selects BatchRole (no
// node role: nothing else would check it), and RepositoryName=team/app makes its pull grant name the image's
// repository (unknown, the pull would only be conditional, an ECR005 warning). The misspelt glob Bacth* is
// the one warning, about the configuration rather than the inputs.
def log = new File(basedir, 'build.log').readLines()
assert !log.any { it.startsWith('[ERROR]') }
assert log.findAll { it.startsWith('[WARNING]') } == ['[WARNING] iamlint: principal selector "Bacth*" matches no principal']
assert log.contains('[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.json'))
assert json.findings == []
assert json.requirements.collect { [it.subject, it.requirement, it.status] } ==
        [['infra/batch.template.yaml#BatchRole', 'ecr-pull', 'satisfied']]
