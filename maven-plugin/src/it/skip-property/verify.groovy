assert !new File(basedir, 'target/iamlint').exists()
assert new File(basedir, 'build.log').text.contains('iamlint: skipped')
