package dev.iamlint.rules.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.catalog.ActionCatalog;
import org.junit.jupiter.api.Test;

class PrivilegeEscalationTest {

    /** A misspelled entry would never match a policy's action. */
    @Test
    void everyListedActionExistsInTheCatalog() {
        for (RiskyAction risky : PrivilegeEscalation.actions()) {
            assertTrue(ActionCatalog.bundled().action(risky.action()).isPresent(), risky.action());
        }
    }
}
