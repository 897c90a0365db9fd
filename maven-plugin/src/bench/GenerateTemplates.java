import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes COUNT CloudFormation templates of realistic size under DIR/infra (every fourth in YAML
 * with short-form tags, the rest JSON), deterministic for a given COUNT. Each is a service stack:
 * parameters, one to three roles (trust policy, AWS managed policy ARNs, two to four inline
 * policies of two to six statements over S3, DynamoDB, SQS, KMS, logs and ECR, some with
 * conditions), a customer managed policy, ECR repositories with repository policies, an EKS node
 * group naming one role, a bucket, a queue and outputs: 10 to 30 KB each. Some node roles lack the
 * pull permission, so the check has findings to report.
 *
 * <p>Usage: {@code java GenerateTemplates.java DIR COUNT} (see check-templates).
 */
public class GenerateTemplates {

    /** An intrinsic function: JSON {@code {"Fn::Sub": value}}, YAML {@code !Sub value}. */
    record Intrinsic(String name, Object value) {}

    private static final List<String> MANAGED = List.of("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy",
            "AmazonEC2ContainerRegistryReadOnly", "AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy",
            "AmazonEC2ContainerRegistryPullOnly", "AWSXRayDaemonWriteAccess");
    private static final List<String> SERVICES = List.of("orders", "billing", "search", "ingest", "reports", "auth",
            "catalog", "payments", "notify", "media");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("infra");
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Random random = new Random(i);
            String name = SERVICES.get(i % SERVICES.size()) + "-" + i;
            Map<String, Object> template = template(name, random);
            boolean yaml = i % 4 == 3;
            StringBuilder out = new StringBuilder();
            if (yaml) {
                yaml(template, 0, out);
            } else {
                json(template, 0, out);
                out.append('\n');
            }
            Path file = dir.resolve(name + (yaml ? ".template.yaml" : ".template.json"));
            Files.writeString(file, out);
            bytes += out.length();
        }
        System.out.printf("%d templates, %d KB on average, in %s%n", count, bytes / Math.max(count, 1) / 1024, dir);
    }

    private static Map<String, Object> template(String name, Random random) {
        Map<String, Object> parameters = map(
                "Environment", map("Type", "String", "AllowedValues", List.of("dev", "staging", "prod"), "Default", "prod"),
                "ClusterName", map("Type", "String", "Default", "platform"),
                "Subnets", map("Type", "List<AWS::EC2::Subnet::Id>"),
                "KmsKeyArn", map("Type", "String", "Description", "Key that encrypts the service's data"));
        Map<String, Object> resources = new LinkedHashMap<>();
        int roles = 1 + random.nextInt(3);
        List<String> repositories = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(2); r++) {
            String repository = name + "-repo" + r;
            repositories.add(repository);
            resources.put("Repository" + r, repository(repository, random));
        }
        for (int r = 0; r < roles; r++) {
            resources.put("Role" + r, role(name, r, repositories, random));
        }
        resources.put("ServicePolicy", map("Type", "AWS::IAM::ManagedPolicy", "Properties", map(
                "Description", "Shared read access of " + name,
                "Roles", List.of(new Intrinsic("Ref", "Role0")),
                "PolicyDocument", document(name, 2 + random.nextInt(4), repositories, random))));
        resources.put("Nodes", map("Type", "AWS::EKS::Nodegroup", "Properties", map(
                "ClusterName", new Intrinsic("Ref", "ClusterName"),
                "NodeRole", new Intrinsic("GetAtt", "Role0.Arn"),
                "Subnets", new Intrinsic("Ref", "Subnets"),
                "ScalingConfig", map("MinSize", 2, "DesiredSize", 3, "MaxSize", 10),
                "InstanceTypes", List.of("m6i.large", "m6a.large"),
                "Labels", map("service", name))));
        resources.put("Bucket", map("Type", "AWS::S3::Bucket", "Properties", map(
                "BucketName", new Intrinsic("Sub", name + "-${Environment}-${AWS::AccountId}"),
                "BucketEncryption", map("ServerSideEncryptionConfiguration", List.of(map("ServerSideEncryptionByDefault",
                        map("SSEAlgorithm", "aws:kms", "KMSMasterKeyID", new Intrinsic("Ref", "KmsKeyArn"))))),
                "VersioningConfiguration", map("Status", "Enabled"))));
        resources.put("Queue", map("Type", "AWS::SQS::Queue", "Properties", map(
                "QueueName", new Intrinsic("Sub", name + "-${Environment}"), "VisibilityTimeout", 120,
                "KmsMasterKeyId", new Intrinsic("Ref", "KmsKeyArn"))));
        Map<String, Object> outputs = map(
                "NodeRoleArn", map("Value", new Intrinsic("GetAtt", "Role0.Arn")),
                "BucketName", map("Value", new Intrinsic("Ref", "Bucket")));
        return map("AWSTemplateFormatVersion", "2010-09-09", "Description", "Service stack of " + name,
                "Parameters", parameters, "Resources", resources, "Outputs", outputs);
    }

    private static Map<String, Object> repository(String repository, Random random) {
        List<Object> statements = new ArrayList<>();
        statements.add(map("Sid", "NodesPull", "Effect", "Allow",
                "Principal", map("AWS", new Intrinsic("GetAtt", "Role0.Arn")),
                "Action", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability")));
        statements.add(map("Sid", "CiPush", "Effect", "Allow",
                "Principal", map("AWS", new Intrinsic("Sub", "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ci-deploy")),
                "Action", List.of("ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                        "ecr:CompleteLayerUpload", "ecr:BatchCheckLayerAvailability")));
        if (random.nextBoolean()) {
            statements.add(map("Sid", "OrgPull", "Effect", "Allow", "Principal", "*",
                    "Action", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                    "Condition", map("StringEquals", map("aws:PrincipalOrgID", "o-a1b2c3d4e5"))));
        }
        return map("Type", "AWS::ECR::Repository", "Properties", map(
                "RepositoryName", repository,
                "ImageScanningConfiguration", map("ScanOnPush", true),
                "ImageTagMutability", "IMMUTABLE",
                "RepositoryPolicyText", map("Version", "2012-10-17", "Statement", statements)));
    }

    private static Map<String, Object> role(String name, int index, List<String> repositories, Random random) {
        String service = index == 0 ? "ec2.amazonaws.com" : random.nextBoolean() ? "lambda.amazonaws.com" : "ecs-tasks.amazonaws.com";
        List<Object> managed = new ArrayList<>();
        for (String policy : MANAGED) {
            // The first role is a node role; about one in five lacks every pull permission.
            boolean pull = policy.startsWith("AmazonEC2ContainerRegistry");
            if (index == 0 && !pull && random.nextInt(3) > 0 || index == 0 && pull && random.nextInt(10) < 4
                    || index > 0 && random.nextInt(5) == 0) {
                managed.add(new Intrinsic("Sub", "arn:${AWS::Partition}:iam::aws:policy/" + policy));
            }
        }
        List<Object> policies = new ArrayList<>();
        for (int p = 0; p < 2 + random.nextInt(3); p++) {
            policies.add(map("PolicyName", name + "-inline-" + p,
                    "PolicyDocument", document(name, 2 + random.nextInt(5), repositories, random)));
        }
        return map("Type", "AWS::IAM::Role", "Properties", map(
                "RoleName", new Intrinsic("Sub", name + "-" + index + "-${Environment}"),
                "Path", "/services/",
                "AssumeRolePolicyDocument", map("Version", "2012-10-17", "Statement", List.of(map(
                        "Effect", "Allow", "Principal", map("Service", service), "Action", "sts:AssumeRole"))),
                "ManagedPolicyArns", managed,
                "Policies", policies,
                "Tags", List.of(map("Key", "service", "Value", name), map("Key", "team", "Value", "platform"))));
    }

    private static Map<String, Object> document(String name, int statements, List<String> repositories, Random random) {
        List<Object> list = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            list.add(switch (random.nextInt(7)) {
                case 0 -> map("Sid", "ReadObjects" + s, "Effect", "Allow",
                        "Action", List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                        "Resource", List.of(new Intrinsic("Sub", "arn:${AWS::Partition}:s3:::" + name + "-${Environment}-${AWS::AccountId}"),
                                new Intrinsic("Sub", "arn:${AWS::Partition}:s3:::" + name + "-${Environment}-${AWS::AccountId}/*")));
                case 1 -> map("Sid", "Table" + s, "Effect", "Allow",
                        "Action", List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query",
                                "dynamodb:BatchGetItem"),
                        "Resource", new Intrinsic("Sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/" + name + "*"),
                        "Condition", map("ForAllValues:StringEquals", map("dynamodb:Attributes", List.of("id", "status", "updatedAt"))));
                case 2 -> map("Sid", "Queue" + s, "Effect", "Allow",
                        "Action", List.of("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                        "Resource", new Intrinsic("GetAtt", "Queue.Arn"));
                case 3 -> map("Sid", "Decrypt" + s, "Effect", "Allow",
                        "Action", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                        "Resource", new Intrinsic("Ref", "KmsKeyArn"),
                        "Condition", map("StringEquals", map("kms:ViaService", new Intrinsic("Sub", "s3.${AWS::Region}.amazonaws.com"))));
                case 4 -> map("Sid", "Logs" + s, "Effect", "Allow",
                        "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                        "Resource", new Intrinsic("Sub", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/services/" + name + ":*"));
                case 5 -> map("Sid", "EcrToken" + s, "Effect", "Allow", "Action", "ecr:GetAuthorizationToken", "Resource", "*");
                default -> map("Sid", "Pull" + s, "Effect", "Allow",
                        "Action", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                        "Resource", new Intrinsic("Sub", "arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/"
                                + repositories.get(random.nextInt(repositories.size()))));
            });
        }
        return map("Version", "2012-10-17", "Statement", list);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void json(Object value, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent + 1);
        if (value instanceof Intrinsic intrinsic) {
            Object argument = intrinsic.name().equals("GetAtt")
                    ? List.of(((String) intrinsic.value()).split("\\.", 2)) : intrinsic.value();
            json(Map.of(intrinsic.name().equals("Ref") ? "Ref" : "Fn::" + intrinsic.name(), argument), indent, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(pad).append('"').append(entry.getKey()).append("\": ");
                json(entry.getValue(), indent + 1, out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof List<?> list) {
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(pad);
                json(list.get(i), indent + 1, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else if (value instanceof String text) {
            out.append('"').append(text).append('"');
        } else {
            out.append(value);
        }
    }

    private static void yaml(Map<?, ?> map, int indent, StringBuilder out) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append("  ".repeat(indent)).append(entry.getKey()).append(':');
            yamlValue(entry.getValue(), indent, out);
        }
    }

    private static void yamlValue(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            yaml(map, indent + 1, out);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            for (Object item : list) {
                out.append("  ".repeat(indent + 1)).append('-');
                if (item instanceof Map<?, ?> itemMap) {
                    StringBuilder nested = new StringBuilder();
                    yaml(itemMap, indent + 2, nested);
                    out.append(' ').append(nested.substring((indent + 2) * 2));
                } else {
                    yamlValue(item, indent + 1, out);
                }
            }
        } else if (value instanceof Intrinsic intrinsic) {
            out.append(" !").append(intrinsic.name()).append(' ').append(scalar(intrinsic.value())).append('\n');
        } else {
            out.append(' ').append(value instanceof List ? "[]" : value instanceof Map ? "{}" : scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }
}
