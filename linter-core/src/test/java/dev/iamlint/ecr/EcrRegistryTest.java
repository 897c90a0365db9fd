package dev.iamlint.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registry hosts as ecr-credential-provider reads them: the test vectors of cloud-provider-aws
 * main_test.go (ecr-kubelet.md §4.1) and a host for every partition of §6.
 */
class EcrRegistryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // host | region | partition | fips | dualStack | dnsSuffix
            // §4.1, cloud-provider-aws main_test.go
            "123456789123.dkr.ecr.us-west-2.amazonaws.com | us-west-2 | aws | false | false | amazonaws.com",
            "123456789123.dkr.ecr.cn-north-1.amazonaws.com.cn | cn-north-1 | aws-cn | false | false | amazonaws.com.cn",
            "123456789123.dkr.ecr.us-gov-east-1.amazonaws.com | us-gov-east-1 | aws-us-gov | false | false | amazonaws.com",
            "123456789123.dkr.ecr.us-iso-east-1.c2s.ic.gov | us-iso-east-1 | aws-iso | false | false | c2s.ic.gov",
            "123456789123.dkr.ecr.eusc-de-east-1.amazonaws.eu | eusc-de-east-1 | aws-eusc | false | false | amazonaws.eu",
            "123456789123.dkr-ecr.us-west-2.on.aws | us-west-2 | aws | false | true | on.aws",
            "123456789123.dkr-ecr-fips.us-west-2.on.aws | us-west-2 | aws | true | true | on.aws",
            "123456789123.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn | cn-north-1 | aws-cn | false | true | on.amazonwebservices.com.cn",
            "123456789123.dkr-ecr.us-gov-east-1.on.aws | us-gov-east-1 | aws-us-gov | false | true | on.aws",
            "123456789123.dkr-ecr-fips.us-gov-east-1.on.aws | us-gov-east-1 | aws-us-gov | true | true | on.aws",
            "123456789123.dkr.ecr-fips.us-east-1.amazonaws.com | us-east-1 | aws | true | false | amazonaws.com",
            // §6, one host per partition not covered above
            "123456789123.dkr.ecr.us-isob-east-1.sc2s.sgov.gov | us-isob-east-1 | aws-iso-b | false | false | sc2s.sgov.gov",
            "123456789123.dkr.ecr.eu-isoe-west-1.cloud.adc-e.uk | eu-isoe-west-1 | aws-iso-e | false | false | cloud.adc-e.uk",
            "123456789123.dkr.ecr.us-isof-south-1.csp.hci.ic.gov | us-isof-south-1 | aws-iso-f | false | false | csp.hci.ic.gov",
            "123456789123.dkr.ecr.cn-northwest-1.amazonaws.com.cn | cn-northwest-1 | aws-cn | false | false | amazonaws.com.cn",
            "123456789123.dkr.ecr.us-gov-west-1.amazonaws.com | us-gov-west-1 | aws-us-gov | false | false | amazonaws.com",
    })
    void privateHostsOfEveryForm(String host, String region, String partition, boolean fips, boolean dualStack, String dnsSuffix) {
        Partition expected = Partition.fromId(partition).orElseThrow();
        assertEquals(Optional.of(new PrivateRegistry(host, "123456789123", region, fips, dualStack, dnsSuffix, expected)),
                EcrRegistry.fromHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"public.ecr.aws", "ecr-public.aws.com"})
    void publicHostsAreMatchedExactly(String host) {
        assertEquals(Optional.of(new PublicRegistry(host)), EcrRegistry.fromHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "foobar",
            "registry.k8s.io",
            "docker.io",
            "quay.io",
            "PUBLIC.ECR.AWS",
            "public.ecr.aws.",
            "gallery.ecr.aws",
            "api.ecr.us-east-1.amazonaws.com",
            // VPC endpoint DNS names are not in the provider's grammar.
            "vpce-0123456789abcdef0-abcdefgh.dkr.ecr.us-east-1.vpce.amazonaws.com",
            "12345678912.dkr.ecr.us-east-1.amazonaws.com",
            "1234567891234.dkr.ecr.us-east-1.amazonaws.com",
            "123456789123.dkr.ecr.us-east-1.amazonaws.com.",
            "123456789123.dkr.ecr.us-east-1.amazonaws.org",
            "123456789123.dkr_ecr.us-east-1.amazonaws.com",
            "123456789123.dkr.ecr.-us-east-1.amazonaws.com",
            "123456789123.dkr.ecr.us-east-1.amazonaws.com\n",
            "x123456789123.dkr.ecr.us-east-1.amazonaws.com",
    })
    void otherHostsAreNotEcr(String host) {
        assertEquals(Optional.empty(), EcrRegistry.fromHost(host));
    }

    @Test
    void aPrivateHostWhosePathNamesThePublicHostIsPrivate() {
        // cloud-provider-aws test "image reference containing public ECR host"
        ImageReference image = ImageReference.parse("123456789123.dkr.ecr.us-west-2.amazonaws.com/public.ecr.aws/foo");
        PrivateRegistry registry = (PrivateRegistry) EcrRegistry.fromHost(image.host()).orElseThrow();
        assertEquals("arn:aws:ecr:us-west-2:123456789123:repository/public.ecr.aws/foo", registry.repositoryArn(image.repository()));
    }

    @Test
    void aNonEcrImageHasNoRegistry() {
        assertEquals(Optional.empty(), EcrRegistry.fromHost(ImageReference.parse("registry.k8s.io/foo:latest").host()));
        assertEquals(Optional.empty(), EcrRegistry.fromHost(ImageReference.parse("nginx").host()));
    }

    @Test
    void repositoryArnsTakeThePartitionFromTheRegionNotTheSuffix() {
        PrivateRegistry gov = (PrivateRegistry) EcrRegistry.fromHost("111122223333.dkr.ecr.us-gov-west-1.amazonaws.com").orElseThrow();
        assertEquals("arn:aws-us-gov:ecr:us-gov-west-1:111122223333:repository/team/app", gov.repositoryArn("team/app"));
        PrivateRegistry iso = (PrivateRegistry) EcrRegistry.fromHost("111122223333.dkr.ecr.us-iso-east-1.c2s.ic.gov").orElseThrow();
        assertEquals("arn:aws-iso:ecr:us-iso-east-1:111122223333:repository/app", iso.repositoryArn("app"));
        PrivateRegistry dualStackCn = (PrivateRegistry) EcrRegistry.fromHost("111122223333.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn").orElseThrow();
        assertEquals("arn:aws-cn:ecr:cn-north-1:111122223333:repository/app", dualStackCn.repositoryArn("app"));
    }

    @Test
    void aHostOfTheEcrFormInAnUnknownRegionIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcrRegistry.fromHost("123456789123.dkr.ecr.mars-north-1.amazonaws.com"));
        assertEquals("ECR host 123456789123.dkr.ecr.mars-north-1.amazonaws.com names region \"mars-north-1\","
                + " which belongs to no known AWS partition", e.getMessage());
    }
}
