def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/iamlint/iamlint.sarif'))
assert sarif.runs[0].results.every { it.level != 'error' }
assert new File(basedir, 'target/iamlint/iamlint.json').isFile()
assert new File(basedir, 'target/iamlint/iamlint.txt').isFile()
