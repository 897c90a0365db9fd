// invoker.goals.1 checks; .2 finds nothing changed and does no work; .3 changes a setting and checks again; .4 is
// up to date again.
def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it.startsWith('[INFO] iamlint: ') } == [
    '[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file',
    '[INFO] iamlint: up to date',
    '[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file',
    '[INFO] iamlint: up to date']
assert new File(basedir, 'target/iamlint/iamlint.digest').text ==~ /[0-9a-f]{64}\n/
