package dev.iamlint.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Partitions by region, from the table of ecr-kubelet.md §6 (the SDKs' partitions.json). */
class PartitionTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "us-east-1, aws",
            "eu-west-3, aws",
            "ap-southeast-5, aws",
            "il-central-1, aws",
            "mx-central-1, aws",
            "cn-north-1, aws-cn",
            "cn-northwest-1, aws-cn",
            "us-gov-east-1, aws-us-gov",
            "us-gov-west-1, aws-us-gov",
            "us-iso-east-1, aws-iso",
            "us-iso-west-1, aws-iso",
            "us-isob-east-1, aws-iso-b",
            "eu-isoe-west-1, aws-iso-e",
            "us-isof-east-1, aws-iso-f",
            "us-isof-south-1, aws-iso-f",
            "eusc-de-east-1, aws-eusc",
    })
    void theRegionDecidesThePartition(String region, String partition) {
        assertEquals(Optional.of(partition), Partition.ofRegion(region).map(Partition::id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "foobar", "us-east", "US-EAST-1", "xx-east-1", "eusc-fr-east-1", "us-east-1\n", "us-east-1a"})
    void otherTextIsInNoPartition(String region) {
        assertEquals(Optional.empty(), Partition.ofRegion(region));
    }

    @Test
    void everyPartitionOwnsItsRepresentativeRegionAndIsFoundById() {
        for (Partition partition : Partition.values()) {
            assertEquals(Optional.of(partition), Partition.ofRegion(partition.representativeRegion()), partition.id());
            assertEquals(Optional.of(partition), Partition.fromId(partition.id()));
        }
        assertEquals(Optional.empty(), Partition.fromId("aws-mars"));
        assertTrue(Arrays.stream(Partition.values()).map(Partition::id).distinct().count() == Partition.values().length);
    }

    @Test
    void managedPolicyArnsNameThePartition() {
        assertEquals("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
                Partition.AWS.managedPolicyArn("AmazonEC2ContainerRegistryPullOnly"));
        assertEquals("arn:aws-cn:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
                Partition.AWS_CN.managedPolicyArn("AmazonEC2ContainerRegistryPullOnly"));
        assertEquals("arn:aws-us-gov:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                Partition.AWS_US_GOV.managedPolicyArn("AmazonEC2ContainerRegistryReadOnly"));
    }
}
