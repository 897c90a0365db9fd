package dev.iamlint.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an {@link InputRule} sees of one template, plan or account, and where it reports. */
public final class InputContext extends Reporter {

    /**
     * A principal of the input and the parts of its permissions iamlint cannot read.
     *
     * @param principal as findings name it, e.g. {@code role NodeRole}
     */
    public record Owner(String principal, List<UnreadablePolicy> unreadable) {
        public Owner {
            Objects.requireNonNull(principal, "principal");
            unreadable = List.copyOf(unreadable);
        }
    }

    private final String path;
    private final List<Owner> owners;
    private final List<UnreadablePolicy> documents;

    /**
     * @param documents every policy document the input holds as a value it does not determine,
     *     whether a principal owns it or not (a repository or trust policy, a managed policy
     *     nothing attaches)
     */
    public InputContext(RuleDescriptor rule, String path, List<Owner> owners, List<UnreadablePolicy> documents) {
        super(rule);
        this.path = Objects.requireNonNull(path, "path");
        this.owners = List.copyOf(owners);
        this.documents = List.copyOf(documents);
    }

    public List<Owner> owners() {
        return owners;
    }

    public List<UnreadablePolicy> unreadableDocuments() {
        return documents;
    }

    /** Reports at the value the part is written as. */
    public void report(UnreadablePolicy part, String message) {
        add(path, part.range(), part.pointer(), message, Optional.empty());
    }
}
