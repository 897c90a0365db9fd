// Token and pull for the image's repository: no finding, and all three reports are written.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file')
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
assert sarif.runs[0].results == []
assert new File(basedir, 'target/iamlint/iamlint.json').isFile()
assert new File(basedir, 'target/iamlint/iamlint.txt').isFile()
