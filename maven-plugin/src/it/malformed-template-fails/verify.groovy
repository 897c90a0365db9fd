// Malformed templates are findings naming file, line and column, and fail the build; a template that is not
// UTF-8 cannot be read, which is said with where, and the others are still linted; nothing crashes.
def base = basedir.canonicalPath
def log = new File(basedir, 'build.log').readLines()
assert log.findAll { it.startsWith("[ERROR] ${base}/") } == [
    "[ERROR] ${base}/infra/latin1.template.json: not valid UTF-8 at line 2, column 22 (byte 0xE9 at offset 23)",
    "[ERROR] ${base}/infra/nodes.template.yaml:10:12 IAM001 malformed YAML: while parsing a block mapping; " +
        "expected <block end>, but found '<block mapping start>'",
    "[ERROR] ${base}/infra/queue.template.json:13:15 IAM001 malformed JSON: unexpected character ('\"' (code 34)): " +
        'was expecting comma to separate Object entries']*.toString()
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.iamlint:iamlint-maven-plugin:')
        && it.endsWith(': iamlint: 1 input could not be read, 2 findings at or above error (2 errors, 0 warnings, 0 notes in 2 files) -> [Help 1]') }
// A build failure (MojoFailureException), not an error of the plugin (MojoExecutionException or a stack trace).
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !log.any { it.startsWith('\tat ') }
