package dev.iamlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionCatalogTest {

    private static final ActionCatalog CATALOG = ActionCatalog.bundled();
    private static final String REPOSITORY_ARN = "arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}";

    @Test
    void dataVersionAndDateAreThePinnedPackages() {
        assertEquals("0.21.202609261", CATALOG.dataVersion());
        assertEquals(LocalDate.of(2026, 9, 26), CATALOG.dataDate());
    }

    @Test
    void bundledIsOneCatalog() {
        assertSame(CATALOG, ActionCatalog.bundled());
    }

    @Test
    void getAuthorizationTokenHasNoResourceLevelPermissions() {
        ActionInfo token = CATALOG.action("ecr:GetAuthorizationToken").orElseThrow();
        assertEquals(AccessLevel.READ, token.accessLevel());
        assertEquals(List.of(), token.resourceTypes());
        assertFalse(token.supportsResourceLevelPermissions());
    }

    @Test
    void batchGetImageTakesTheRepositoryResourceType() {
        ActionInfo action = CATALOG.action("ecr:BatchGetImage").orElseThrow();
        assertEquals("ecr:BatchGetImage", action.qualifiedName());
        assertEquals(AccessLevel.READ, action.accessLevel());
        assertTrue(action.supportsResourceLevelPermissions());
        assertEquals(List.of(new ActionResourceType("repository", true, List.of(), List.of())), action.resourceTypes());

        List<ResourceTypeInfo> types = CATALOG.service("ecr").orElseThrow().resourceTypesOf(action);
        assertEquals(List.of(new ResourceTypeInfo("ecr", "repository", List.of(REPOSITORY_ARN),
                List.of("aws:ResourceTag/${TagKey}", "ecr:ResourceTag/${TagKey}"))), types);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ecr:BatchGetImage, true",
        "ECR:batchgetimage, true",
        "ecr:BatchGetImages, false",
        "ecr:BatchGetImag, false",
        "ecr-public:BatchGetImage, false",
        "ecrBatchGetImage, false",
        "ecr:BatchGetImage:, false",
    })
    void anActionIsItsQualifiedNameInAnyCase(String name, boolean is) {
        assertEquals(is, CATALOG.action("ecr:BatchGetImage").orElseThrow().is(name));
    }

    @Test
    void prefixPatternsMatchWhatTestingEveryActionMatches() {
        for (String prefix : List.of("ecr", "ec2", "s3", "iam", "kms", "lambda")) {
            ServiceInfo service = CATALOG.service(prefix).orElseThrow();
            for (ActionInfo action : service.actions()) {
                for (int length : new int[] {0, 1, 3, action.name().length()}) {
                    String start = action.name().substring(0, Math.min(length, action.name().length()));
                    for (String written : List.of(start, start.toLowerCase(Locale.ROOT), start.toUpperCase(Locale.ROOT))) {
                        List<ActionInfo> expected = service.actions().stream()
                                .filter(a -> a.name().regionMatches(true, 0, written, 0, written.length())).toList();
                        assertEquals(expected, CATALOG.matchingActions(prefix + ":" + written + "*"), prefix + ":" + written + "*");
                    }
                }
            }
        }
    }

    @Test
    void ecrServiceHasItsSixtyActionsAndOneResourceType() {
        ServiceInfo ecr = CATALOG.service("ecr").orElseThrow();
        assertEquals("ecr", ecr.prefix());
        assertEquals("Amazon Elastic Container Registry", ecr.name());
        assertEquals(60, ecr.actions().size());
        assertEquals(List.of("repository"), ecr.resourceTypes().stream().map(ResourceTypeInfo::name).toList());
        assertTrue(CATALOG.services().contains("ecr-public"));
    }

    @ParameterizedTest
    @CsvSource({
        "ecr:TagResource, TAGGING",
        "ecr:SetRepositoryPolicy, PERMISSIONS_MANAGEMENT",
        "ecr:ListImages, LIST",
        "ecr:PutImage, WRITE",
        "ecr:DescribeRepositories, READ",
    })
    void accessLevelsAreTheServiceAuthorizationReferences(String action, AccessLevel level) {
        assertEquals(level, CATALOG.action(action).orElseThrow().accessLevel());
    }

    @ParameterizedTest
    @CsvSource({"ecr:BatchGetImage", "ECR:batchgetimage", "Ecr:BATCHGETIMAGE"})
    void lookupIgnoresCase(String name) {
        ActionInfo action = CATALOG.action(name).orElseThrow();
        assertEquals("ecr", action.service());
        assertEquals("BatchGetImage", action.name());
    }

    @ParameterizedTest
    @CsvSource({"nosuchservice:GetThing", "ecr:NoSuchAction", "ecr", "ecr:", ":BatchGetImage", "''"})
    void unknownActionsAreEmpty(String name) {
        assertEquals(Optional.empty(), CATALOG.action(name));
    }

    @Test
    void unknownServiceIsEmpty() {
        assertEquals(Optional.empty(), CATALOG.service("nosuchservice"));
        assertEquals(Optional.empty(), CATALOG.conditionKey("nosuchservice", "aws:TagKeys"));
    }

    @Test
    void batchWildcardExpandsToTheBatchActions() {
        List<String> expected = List.of("BatchCheckLayerAvailability", "BatchDeleteImage", "BatchGetImage",
                "BatchGetRepositoryScanningConfiguration", "BatchImportUpstreamImage");
        assertEquals(expected, names(CATALOG.matchingActions("ecr:Batch*")));
        assertEquals(expected, names(CATALOG.matchingActions("ECR:batch*")));
    }

    @Test
    void wildcardsMatchLikeIamDoes() {
        assertEquals(60, CATALOG.matchingActions("ecr:*").size());
        assertEquals(List.of("GetAuthorizationToken"), names(CATALOG.matchingActions("ecr:Get?uthorizationToken")));
        assertEquals(List.of("BatchGetImage"), names(CATALOG.matchingActions("ecr:BatchGetImage")));
        assertEquals(List.of(), CATALOG.matchingActions("ecr:BatchGetImage?"));
        assertEquals(List.of(), CATALOG.matchingActions("ecr"));
        assertEquals(List.of(), CATALOG.matchingActions("nosuchservice:*"));
        List<ActionInfo> ecrFamily = CATALOG.matchingActions("ecr*:GetAuthorizationToken");
        assertEquals(List.of("ecr-public:GetAuthorizationToken", "ecr:GetAuthorizationToken"),
                ecrFamily.stream().map(ActionInfo::qualifiedName).sorted().toList());
    }

    @ParameterizedTest
    @CsvSource({
        "ecr:BatchGetImages, ecr:BatchGetImage",
        "ecr:GetAuthroizationToken, ecr:GetAuthorizationToken",
        "ecr:getdownloadurlforlayers, ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage, ecr:BatchGetImage",
    })
    void closestActionSuggestsTheIntendedAction(String typed, String suggested) {
        assertEquals(suggested, CATALOG.closestAction(typed).orElseThrow().qualifiedName());
    }

    @ParameterizedTest
    @CsvSource({"ecr:DeployKubernetesCluster", "nosuchservice:BatchGetImage", "BatchGetImage"})
    void closestActionSuggestsNothingFarOff(String typed) {
        assertEquals(Optional.empty(), CATALOG.closestAction(typed));
    }

    @Test
    void closestServiceSuggestsTheIntendedPrefix() {
        assertEquals(Optional.of("ecr-public"), CATALOG.closestService("ecr-publc"));
        assertEquals(Optional.empty(), CATALOG.closestService("kubernetes-cluster"));
    }

    @ParameterizedTest
    @CsvSource({
        "aws:SourceVpce, aws:SourceVpce, STRING",
        "aws:SourceVpc, aws:SourceVpc, STRING",
        "aws:SourceIp, aws:SourceIp, IP_ADDRESS",
        "AWS:sourceip, aws:SourceIp, IP_ADDRESS",
        "aws:SecureTransport, aws:SecureTransport, BOOL",
        "aws:PrincipalArn, aws:PrincipalArn, ARN",
        "aws:MultiFactorAuthAge, aws:MultiFactorAuthAge, NUMERIC",
        "aws:CurrentTime, aws:CurrentTime, DATE",
        "aws:TagKeys, aws:TagKeys, ARRAY_OF_STRING",
        "aws:PrincipalTag/team, aws:PrincipalTag/${TagKey}, STRING",
    })
    void globalConditionKeysHaveTheirTypes(String key, String name, ConditionKeyType type) {
        assertEquals(Optional.of(new ConditionKeyInfo(name, type)), CATALOG.globalConditionKey(key));
    }

    @ParameterizedTest
    @CsvSource({"aws:NoSuchKey", "aws:PrincipalTag/", "ecr:ResourceTag/team", "aws:SourceIpAddress"})
    void unknownGlobalConditionKeysAreEmpty(String key) {
        assertEquals(Optional.empty(), CATALOG.globalConditionKey(key));
    }

    @ParameterizedTest
    @CsvSource({
        "ecr:ResourceTag/env, ecr:ResourceTag/${TagKey}, STRING",
        "aws:ResourceTag/env, aws:ResourceTag/${TagKey}, STRING",
        "aws:RequestTag/env, aws:RequestTag/${TagKey}, STRING",
        "ecr:AccountSetting, ecr:AccountSetting, STRING",
        "ECR:accountsetting, ecr:AccountSetting, STRING",
        "aws:TagKeys, aws:TagKeys, ARRAY_OF_STRING",
    })
    void ecrConditionKeysHaveTheirTypes(String key, String name, ConditionKeyType type) {
        assertEquals(Optional.of(new ConditionKeyInfo(name, type)), CATALOG.conditionKey("ecr", key));
    }

    @Test
    void ecrConditionKeysAreOnlyItsOwn() {
        assertEquals(Optional.empty(), CATALOG.conditionKey("ecr", "ecr:NoSuchKey"));
        assertEquals(Optional.empty(), CATALOG.conditionKey("ecr", "s3:prefix"));
        assertEquals(List.of("aws:RequestTag/${TagKey}", "aws:TagKeys"),
                CATALOG.action("ecr:CreateRepository").orElseThrow().conditionKeys());
    }

    @Test
    void arrayTypesKnowTheirElementType() {
        assertTrue(ConditionKeyType.ARRAY_OF_ARN.isArray());
        assertEquals(Optional.of(ConditionKeyType.ARN), ConditionKeyType.ARRAY_OF_ARN.elementType());
        assertFalse(ConditionKeyType.IP_ADDRESS.isArray());
        assertEquals(Optional.empty(), ConditionKeyType.IP_ADDRESS.elementType());
    }

    @Test
    void lookupsReadOnlyTheServiceTheyNeed() {
        ActionCatalog catalog = ActionCatalog.fresh();
        assertTrue(catalog.services().size() > 400);
        catalog.globalConditionKey("aws:SourceIp");
        catalog.action("nosuchservice:GetThing");
        assertEquals(0, catalog.loadedServiceCount());

        catalog.action("ecr:BatchGetImage");
        catalog.matchingActions("ecr:Batch*");
        catalog.conditionKey("ecr", "ecr:AccountSetting");
        catalog.closestAction("ecr:BatchGetImages");
        assertEquals(1, catalog.loadedServiceCount());

        catalog.service("s3");
        assertEquals(2, catalog.loadedServiceCount());
    }

    /** Reads every service: the bundled data is complete and consistent, whatever a regeneration changed. */
    @Test
    void everyServiceLoadsAndItsActionsNameItsOwnResourceTypesAndKeys() {
        ActionCatalog catalog = ActionCatalog.fresh();
        List<String> problems = new ArrayList<>();
        int actions = 0;
        for (String prefix : catalog.services()) {
            ServiceInfo service = catalog.service(prefix).orElseThrow();
            actions += service.actions().size();
            for (ActionInfo action : service.actions()) {
                for (ActionResourceType use : action.resourceTypes()) {
                    if (service.resourceType(use.name()).isEmpty()) {
                        problems.add(action.qualifiedName() + " names unknown resource type " + use.name());
                    }
                }
            }
            for (ResourceTypeInfo type : service.resourceTypes()) {
                if (type.arnFormats().isEmpty() || !type.arnFormats().stream().allMatch(f -> f.startsWith("arn:"))) {
                    problems.add(prefix + " resource type " + type.name() + " has ARN formats " + type.arnFormats());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(catalog.services().size(), catalog.loadedServiceCount());
        assertTrue(actions > 15_000, "actions: " + actions);
    }

    private static List<String> names(List<ActionInfo> actions) {
        return actions.stream().map(ActionInfo::name).toList();
    }
}
