// The failing project's template with the fix its finding suggests applied (attach the AWS managed policy
// AmazonEC2ContainerRegistryPullOnly), and nothing else changed: the same README <plugin> block passes.
def broken = new File(itSources, 'cloudformation-json-node-role-fails/infra/eks-nodes.template.json').text
def fixed = new File(basedir, 'infra/eks-nodes.template.json').text
assert fixed == broken.replace('''          "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
''', '''          "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
          "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"
''')
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] iamlint: 0 errors, 0 warnings, 0 notes in 1 file')
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
