package dev.iamlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rule metadata is complete and consistent, and every rule is registered and documented. */
class RuleMetadataTest {

    private static final Pattern ID = Pattern.compile("(IAM|ECR)\\d{3}");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]+");
    private static final List<RuleDescriptor> DESCRIPTORS = RuleRegistry.builtin().descriptors();

    @Test
    void idsAndNamesAreWellFormedAndUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RuleDescriptor rule : DESCRIPTORS) {
            assertTrue(ID.matcher(rule.id()).matches(), rule.id());
            assertTrue(NAME.matcher(rule.name()).matches(), rule.id() + " name " + rule.name());
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(names.add(rule.name()), "duplicate name " + rule.name());
        }
    }

    @Test
    void summariesReadLikeCompilerMessagesAndLinksAreHttps() {
        for (RuleDescriptor rule : DESCRIPTORS) {
            assertFalse(rule.summary().isBlank(), rule.id());
            assertFalse(rule.summary().endsWith("."), rule.id() + " summary ends with a period");
            assertTrue(rule.link().startsWith("https://"), rule.id() + " link " + rule.link());
        }
    }

    @Test
    void everyFindingKindHasItsDocumentationPage() {
        for (RuleDescriptor rule : DESCRIPTORS) {
            String page = RuleDocs.page(rule.id()).orElseThrow(() -> new AssertionError("docs/rules/" + rule.id() + ".md is missing"));
            assertTrue(page.startsWith("# " + rule.id() + " " + rule.name() + ": "), rule.id() + " page title");
        }
    }

    @Test
    void everyRuleHasGoodAndBadFixtures() {
        for (Rule rule : RuleRegistry.builtin().rules()) {
            String id = rule.descriptor().id();
            assertFalse(RuleFixturesTest.fixtures(id, "good").isEmpty(), id + " has no good fixture");
            assertFalse(RuleFixturesTest.fixtures(id, "bad").isEmpty(), id + " has no bad fixture");
        }
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> classes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.iamlint")) {
            if (type.isAssignableTo(Rule.class) && !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                classes.add(type.getName());
            }
        }
        Set<String> registered = new TreeSet<>();
        RuleRegistry.builtin().rules().forEach(rule -> registered.add(rule.getClass().getName()));
        assertEquals(classes, registered, "META-INF/services/dev.iamlint.rules.Rule lists every rule class");
    }
}
