package dev.iamlint.maven;

import dev.iamlint.lint.PrincipalSelector;
import dev.iamlint.requirement.RequirementTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the {@code requirements} parameter: which principals of the project's templates,
 * plans and account details must meet which requirements, for which images or repositories.
 * Maven fills the fields from the POM; each holds a comma-separated list.
 *
 * <pre>
 * &lt;requirement&gt;
 *   &lt;principals&gt;NodeRole*,BatchRole&lt;/principals&gt;
 *   &lt;require&gt;ecr-pull&lt;/require&gt;
 *   &lt;images&gt;111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2&lt;/images&gt;
 * &lt;/requirement&gt;
 * </pre>
 */
public final class PrincipalRequirement {

    /** Globs over logical ids, resource addresses, ARNs and names of roles, users and groups. Required. */
    String principals;

    /** Built-in requirements, e.g. ecr-pull; the plugin's {@code require} when left out. */
    String require;

    /** ECR images the requirements are checked for; the plugin's {@code images} when left out with {@code repositories}. */
    String images;

    /** Repository ARNs the requirements are checked for. */
    String repositories;

    /** The entry as the digest of the last check records it. */
    @Override
    public String toString() {
        return "principals=" + principals + ";require=" + require + ";images=" + images + ";repositories=" + repositories;
    }

    /** @throws IllegalArgumentException naming what is missing or unknown */
    PrincipalSelector toSelector() {
        List<String> globs = MojoSupport.parseList(principals, glob -> glob);
        if (globs.isEmpty()) {
            throw new IllegalArgumentException("each <requirement> of <requirements> needs <principals>");
        }
        List<RequirementTarget> targets = new ArrayList<>(MojoSupport.targets(images));
        targets.addAll(MojoSupport.parseList(repositories, RequirementTarget::fromRepositoryArn));
        return new PrincipalSelector(globs, MojoSupport.requirements(require), targets);
    }
}
