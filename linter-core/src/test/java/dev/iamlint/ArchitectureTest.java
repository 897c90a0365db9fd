package dev.iamlint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Locale;

/** Keeps linter-core pure and its model immutable. */
@AnalyzeClasses(packages = "dev.iamlint", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Main classes only, also under build folders other than {@code target/} (-Diamlint.buildSuffix). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule core_uses_no_adapter_library = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "software.amazon.awssdk..", "org.apache.maven..", "picocli..")
            .because("linter-core is a pure library; AWS, Maven and the CLI are thin adapters around it");

    @ArchTest
    static final ArchRule core_reads_and_writes_no_files = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(Files.class, FileChannel.class, FileInputStream.class,
                    FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class)
            .because("linter-core takes inputs as text (Utf8Text decodes their bytes); the adapters read and write files");

    @ArchTest
    static final ArchRule json_is_read_only_by_readers_of_documents = classes()
            .that().resideInAPackage("dev.iamlint.json..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("dev.iamlint.json..", "dev.iamlint.parse..", "dev.iamlint.iac..",
                    "dev.iamlint.config..")
            .because("the rest of the code works on the typed model, not on raw JSON; templates (iac) are read as JSON around the"
                    + " policies they hold, and project configuration (config) is YAML read with positions for its errors");

    @ArchTest
    static final ArchRule model_knows_nothing_of_its_users = noClasses()
            .that().resideInAnyPackage("dev.iamlint.model..", "dev.iamlint.source..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.iamlint.parse..", "dev.iamlint.eval..", "dev.iamlint.json..");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("dev.iamlint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule model_fields_are_final = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage("dev.iamlint.model..", "dev.iamlint.source..")
            .should().beFinal()
            .because("the policy model is an immutable value");

    @ArchTest
    static final ArchRule model_types_are_values = classes()
            .that().resideInAnyPackage("dev.iamlint.model..", "dev.iamlint.source..")
            .should().beRecords().orShould().beEnums().orShould().beInterfaces()
            .because("the policy model is made of records, enums and sealed interfaces");

    @ArchTest
    static final ArchRule case_changes_name_their_locale = noClasses()
            .should().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .because("IAM names are matched case-insensitively; use toLowerCase(" + Locale.class.getSimpleName() + ".ROOT)");

    @ArchTest
    static final ArchRule core_does_no_console_io = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .because("linter-core returns values; only the adapters print or exit");
}
