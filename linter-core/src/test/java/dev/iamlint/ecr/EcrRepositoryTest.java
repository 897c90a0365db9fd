package dev.iamlint.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcrRepositoryTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler",
            "arn:aws:ecr:us-east-1:111122223333:repository/team-a/app",
            "arn:aws-cn:ecr:cn-north-1:111122223333:repository/docker-hub/library/nginx",
            "arn:aws-us-gov:ecr:us-gov-west-1:111122223333:repository/a.b_c-d",
            "arn:aws-eusc:ecr:eusc-de-east-1:111122223333:repository/ab",
    })
    void readsAndWritesRepositoryArns(String arn) {
        assertEquals(arn, EcrRepository.parseArn(arn).arn());
    }

    @Test
    void splitsTheArn() {
        assertEquals(new EcrRepository(Partition.AWS_CN, "cn-north-1", "111122223333", "team/app"),
                EcrRepository.parseArn("arn:aws-cn:ecr:cn-north-1:111122223333:repository/team/app"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws:s3:::bucket | is not an ECR repository ARN",
            "arn:aws:ecr:us-east-1:111122223333:repository | is not an ECR repository ARN",
            "arn:aws:ecr-public::111122223333:repository/app | is not an ECR repository ARN",
            "arn:aws:ecr:us-east-1:111122223333:repository/* | is not an ECR repository name",
            "arn:aws:ecr:us-east-1:111122223333:repository/Team/app | is not an ECR repository name",
            "arn:aws:ecr:us-east-1:111122223333:repository/a | is not an ECR repository name",
            "arn:aws:ecr:us-east-1:111122223333:repository/team//app | is not an ECR repository name",
            "arn:aws:ecr:us-east-1:1111:repository/app | is not an account id",
            "arn:aws:ecr:cn-north-1:111122223333:repository/app | \"cn-north-1\" is not a region of partition aws (it is in aws-cn)",
            "arn:aws:ecr:*:111122223333:repository/app | \"*\" is not a region of partition aws",
            "arn:aws-mars:ecr:us-east-1:111122223333:repository/app | names partition \"aws-mars\", which is not an AWS partition",
    })
    void rejectsWhatIsNotARepositoryArn(String arn, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EcrRepository.parseArn(arn));
        assertEquals(true, e.getMessage().startsWith("\"" + arn + "\" ") && e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void namesAreAtMost256Characters() {
        String name = "a".repeat(257);
        assertThrows(IllegalArgumentException.class, () -> new EcrRepository(Partition.AWS, "us-east-1", "111122223333", name));
        assertEquals(256, new EcrRepository(Partition.AWS, "us-east-1", "111122223333", name.substring(1)).name().length());
    }
}
