package dev.iamlint.maven;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.config.Baseline;
import dev.iamlint.config.ProjectConfig;
import dev.iamlint.iac.TemplateParameters;
import dev.iamlint.lint.FailOn;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.PrincipalSelector;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.text.InvalidInputException;
import dev.iamlint.text.Utf8Text;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lints the project's IAM policies, templates and plans, and fails the build on findings at or above {@code failOn}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends AbstractMojo {

    /** Skips the check. @since 0.1.0 */
    @Parameter(property = "iamlint.skip", defaultValue = "false")
    boolean skip;

    /** The least severity that fails the build: error, warning, note or none (any case). @since 0.1.0 */
    @Parameter(property = "iamlint.failOn", defaultValue = "error")
    String failOn;

    /** Comma-separated built-in requirements every node role or identity policy must meet, e.g. ecr-pull. @since 0.1.0 */
    @Parameter(property = "iamlint.require")
    String require;

    /** Comma-separated ECR images the requirements are checked for. @since 0.1.0 */
    @Parameter(property = "iamlint.images")
    String images;

    /** Globs, relative to the project folder, of the files to lint (default: see the README). @since 0.1.0 */
    @Parameter(property = "iamlint.includes")
    List<String> includes;

    /**
     * Globs of files not to lint (default: target/**). Hidden folders, node_modules and nested Maven projects
     * (a reactor's modules) are never searched. @since 0.1.0
     */
    @Parameter(property = "iamlint.excludes")
    List<String> excludes;

    /**
     * Which principals (roles, users, groups of templates, plans and account details) must meet
     * which requirements, for which images or repositories; see the README. Principals no entry
     * names are checked, if they are node roles, against {@code require}. @since 0.1.0
     */
    @Parameter
    List<PrincipalRequirement> requirements;

    /**
     * CloudFormation parameter and pseudo parameter values as NAME=VALUE, e.g. Environment=prod or
     * AWS::AccountId=111122223333; over the templates' defaults and the configuration file's. @since 0.1.0
     */
    @Parameter(property = "iamlint.parameters")
    List<String> parameters;

    /**
     * The configuration file (rules, ignores, requirements, principals, parameters), as the CLI reads
     * it; default: the nearest .iamlint.yaml in the project folder or above it. @since 0.1.0
     */
    @Parameter(property = "iamlint.configFile")
    File configFile;

    /** A baseline file of accepted findings, as {@code iamlint lint --write-baseline} writes it. @since 0.1.0 */
    @Parameter(property = "iamlint.baseline")
    File baseline;

    /** Comma-separated report files to write: sarif, json, txt. @since 0.1.0 */
    @Parameter(property = "iamlint.reportFormats", defaultValue = "sarif,json,txt")
    String reportFormats;

    /** Where the reports go, and the digest of the last successful check ({@code iamlint.digest}). @since 0.1.0 */
    @Parameter(property = "iamlint.outputDirectory", defaultValue = "${project.build.directory}/iamlint")
    File outputDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    String pluginVersion;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("iamlint: skipped");
            return;
        }
        List<MojoSupport.ReportFormat> formats = configuration(() -> MojoSupport.formats(reportFormats));
        FailOn threshold = configuration(() -> MojoSupport.failOn(failOn));
        Inputs read = inputs();
        List<SourceText> inputs = read.sources();
        if (inputs.isEmpty() && read.unreadable().isEmpty()) {
            getLog().info("iamlint: no IAM policy, template or plan found under " + basedir);
            return;
        }
        Optional<SourceText> config = optionalFile(Optional.ofNullable(configFile).map(File::toPath).or(this::nearestConfig), "configFile");
        Optional<SourceText> accepted = optionalFile(Optional.ofNullable(baseline).map(File::toPath), "baseline");
        LastRun lastRun = LastRun.in(outputDirectory.toPath());
        List<SourceText> decisive = new ArrayList<>(inputs);
        config.ifPresent(decisive::add);
        accepted.ifPresent(decisive::add);
        String digest = LastRun.digest(settings(), decisive);
        List<Path> reports = formats.stream().map(format -> outputDirectory.toPath().resolve(format.fileName())).toList();
        try {
            // An unreadable input is in no digest: it fails every run until it is fixed or excluded.
            if (read.unreadable().isEmpty() && lastRun.matches(digest, reports)) {
                getLog().info("iamlint: up to date");
                return;
            }
            lastRun.forget();
        } catch (IOException e) {
            throw stateError(lastRun, e);
        }
        RuleRegistry registry = RuleRegistry.builtin();
        // Checked only now: a configuration that was bad when the digest was recorded would have failed that run.
        LintRequest request = configuration(() -> request(inputs, registry, config, accepted));
        LintResult linted = new Linter(registry, ActionCatalog.bundled(), PolicyParser.withDefaults()).lint(request);
        List<FileResult> files = new ArrayList<>(linted.files());
        files.addAll(read.unreadable());
        LintResult result = new LintResult(linted.findings(), files, linted.requirements(), linted.warnings());
        writeReports(result, formats);
        read.unreadable().forEach(file -> getLog().error(MojoSupport.describe(file, basedir.toPath())));
        // About the request, not the inputs: a principal selector of the configuration or <requirements> that names nothing.
        result.warnings().forEach(warning -> getLog().warn("iamlint: " + warning));
        for (Finding finding : result.findings()) {
            Consumer<CharSequence> log = switch (finding.severity()) {
                case ERROR -> getLog()::error;
                case WARNING -> getLog()::warn;
                case NOTE -> getLog()::info;
            };
            log.accept(MojoSupport.describe(finding, basedir.toPath()));
            MojoSupport.describeFix(finding).forEach(log);
        }
        MojoSupport.Outcome outcome = MojoSupport.decide(result, threshold);
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.summary());
        }
        try {
            lastRun.record(digest);
        } catch (IOException e) {
            throw stateError(lastRun, e);
        }
        getLog().info(outcome.summary());
    }

    /**
     * The lint as the configuration file asks for it, with what the plugin's parameters say on top:
     * {@code require} and {@code images} replace the file's, as the CLI's options do;
     * {@code requirements} add to its principals, {@code parameters} override its values.
     */
    private LintRequest request(List<SourceText> inputs, RuleRegistry registry, Optional<SourceText> config,
            Optional<SourceText> accepted) {
        ProjectConfig project = config.map(file -> ProjectConfig.read(file.text(), file.path(), registry)).orElse(ProjectConfig.NONE);
        LintConfig lint = project.lint().withBaseline(accepted.map(file -> Baseline.read(file.text(), file.path())).orElse(Set.of()));
        LintRequest request = project.applyTo(LintRequest.of(inputs, lint));
        List<Requirement> required = MojoSupport.requirements(require);
        List<RequirementTarget> targets = MojoSupport.targets(images);
        if (!required.isEmpty() || !targets.isEmpty()) {
            request = request.withRequirements(required.isEmpty() ? request.requirements() : required,
                    targets.isEmpty() ? request.targets() : targets);
        }
        List<PrincipalSelector> selectors = new ArrayList<>(request.principals());
        for (PrincipalRequirement entry : requirements == null ? List.<PrincipalRequirement>of() : requirements) {
            selectors.add(entry.toSelector());
        }
        return request.withPrincipals(selectors)
                .withParameters(request.parameters().withAll(TemplateParameters.parse(parameters == null ? List.of() : parameters)));
    }

    /** The text of a file a parameter names (or the configuration found), which must then be readable. */
    private static Optional<SourceText> optionalFile(Optional<Path> file, String parameter) throws MojoExecutionException {
        return file.isEmpty() ? Optional.empty() : Optional.of(read(file.get(), parameter));
    }

    /** The nearest .iamlint.yaml in the project folder or above it, as the CLI finds it from its working directory. */
    private Optional<Path> nearestConfig() {
        return ProjectConfig.candidates(basedir.toPath()).stream().filter(Files::isRegularFile).findFirst();
    }

    private static SourceText read(Path file, String parameter) throws MojoExecutionException {
        try {
            return new SourceText(file.toString(), Utf8Text.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new MojoExecutionException("iamlint: cannot read the " + parameter + " " + file + ": " + FileResult.reason(e), e);
        }
    }

    /**
     * Everything besides the inputs that decides the outcome. A rebuilt snapshot of the plugin or
     * linter-core keeps its version, so the files on the plugin's class path count too.
     */
    private List<String> settings() {
        List<String> settings = new ArrayList<>(List.of("pluginVersion=" + pluginVersion, "failOn=" + failOn,
                "require=" + require, "images=" + images, "includes=" + includes, "excludes=" + excludes,
                "reportFormats=" + reportFormats, "parameters=" + parameters, "requirements=" + requirements,
                "configFile=" + configFile, "baseline=" + baseline));
        for (Artifact artifact : plugin.getArtifacts()) {
            File file = artifact.getFile();
            settings.add("classPath=" + artifact.getId() + (file == null ? "" : ":" + file.length() + ":" + file.lastModified()));
        }
        return settings;
    }

    private static MojoExecutionException stateError(LastRun lastRun, IOException e) {
        return new MojoExecutionException("iamlint: cannot use " + lastRun.file() + ": " + FileResult.reason(e), e);
    }

    /** The inputs' texts, and the inputs that could not be read: each is reported, and the others still linted. */
    private record Inputs(List<SourceText> sources, List<FileResult> unreadable) {}

    private Inputs inputs() throws MojoExecutionException {
        Path base = basedir.toPath();
        List<Path> found;
        try {
            found = MojoSupport.collect(base, orDefault(includes, MojoSupport.DEFAULT_INCLUDES),
                    orDefault(excludes, MojoSupport.DEFAULT_EXCLUDES));
        } catch (IOException e) {
            throw new MojoExecutionException("iamlint: cannot search " + base + ": " + FileResult.reason(e), e);
        }
        List<SourceText> sources = new ArrayList<>();
        List<FileResult> unreadable = new ArrayList<>();
        for (Path relative : found) {
            String path = relative.toString().replace(File.separatorChar, '/');
            try {
                sources.add(new SourceText(path, Utf8Text.decode(Files.readAllBytes(base.resolve(relative)))));
            } catch (IOException e) {
                unreadable.add(FileResult.unreadable(path, e));
            }
        }
        return new Inputs(sources, unreadable);
    }

    private void writeReports(LintResult result, List<MojoSupport.ReportFormat> formats) throws MojoExecutionException {
        // All at once: each format is a pass over every finding, and a large report takes a while.
        Optional<MojoExecutionException> failure = formats.parallelStream()
                .map(format -> writeReport(result, format))
                .flatMap(Optional::stream)
                .findFirst();
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private Optional<MojoExecutionException> writeReport(LintResult result, MojoSupport.ReportFormat format) {
        Path file = outputDirectory.toPath().resolve(format.fileName());
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                format.formatter(pluginVersion, basedir.toPath()).write(result, out);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new MojoExecutionException("iamlint: cannot write " + file + ": " + FileResult.reason(e), e));
        }
    }

    /**
     * Bad configuration (an unknown requirement or format, an image outside ECR, a configuration or
     * baseline file iamlint cannot read, which is named with line and column) is an execution
     * error, not a finding.
     */
    private static <T> T configuration(Supplier<T> parse) throws MojoExecutionException {
        try {
            return parse.get();
        } catch (IllegalArgumentException | InvalidInputException e) {
            throw new MojoExecutionException("iamlint: " + e.getMessage(), e);
        }
    }

    private static List<String> orDefault(List<String> patterns, List<String> defaults) {
        return patterns == null || patterns.isEmpty() ? defaults : patterns;
    }
}
