package dev.iamlint.rules.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.catalog.ActionCatalog;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CredentialsExposureTest {

    /** A misspelled entry would never match a policy's action. */
    @Test
    void everyListedActionExistsInTheCatalog() {
        for (RiskyAction risky : CredentialsExposure.actions()) {
            assertTrue(ActionCatalog.bundled().action(risky.action()).isPresent(), risky.action());
        }
    }

    /** Every image pull needs the ECR token on "*"; other lists name it, this one must not. */
    @Test
    void neverListsTheEcrToken() {
        assertFalse(CredentialsExposure.actions().stream().anyMatch(a -> a.action().toLowerCase(Locale.ROOT)
                .endsWith(":getauthorizationtoken")));
    }
}
