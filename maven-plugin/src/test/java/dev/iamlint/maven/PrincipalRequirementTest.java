package dev.iamlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iamlint.lint.PrincipalSelector;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalRequirementTest {

    private static PrincipalRequirement entry(String principals, String require, String images, String repositories) {
        PrincipalRequirement entry = new PrincipalRequirement();
        entry.principals = principals;
        entry.require = require;
        entry.images = images;
        entry.repositories = repositories;
        return entry;
    }

    @Test
    void listsAreCommaSeparatedAndImagesComeBeforeRepositories() {
        PrincipalSelector selector = entry(" NodeRole*, BatchRole ", "ecr-pull", "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2",
                "arn:aws:ecr:eu-west-1:444455556666:repository/shared/base").toSelector();
        assertEquals(List.of("NodeRole*", "BatchRole"), selector.principals());
        assertEquals(List.of("ecr-pull"), selector.requirements().stream().map(Requirement::name).toList());
        assertEquals(List.of("arn:aws:ecr:us-east-1:111122223333:repository/team/app",
                        "arn:aws:ecr:eu-west-1:444455556666:repository/shared/base"),
                selector.targets().stream().map(t -> t.repository().orElseThrow().arn()).toList());
    }

    @Test
    void requirementsAndTargetsMayBeLeftToThePluginsOwn() {
        PrincipalSelector selector = entry("BatchRole", null, null, null).toSelector();
        assertEquals(List.of(), selector.requirements());
        assertEquals(List.<RequirementTarget>of(), selector.targets());
    }

    @Test
    void principalsAreRequiredAndUnknownRequirementsNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> entry(" ", "ecr-pull", null, null).toSelector());
        assertEquals("each <requirement> of <requirements> needs <principals>", missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> entry("BatchRole", "ecr-pul", null, null).toSelector());
        assertEquals(true, unknown.getMessage().contains("ecr-pul"), unknown.getMessage());
    }
}
