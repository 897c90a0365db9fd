package dev.iamlint.catalog;

/** An action's access level, as the Service Authorization Reference classifies it. */
public enum AccessLevel {
    LIST("List"),
    READ("Read"),
    WRITE("Write"),
    PERMISSIONS_MANAGEMENT("Permissions management"),
    TAGGING("Tagging");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    /** The SAR's name for the level, e.g. {@code Permissions management}. */
    public String label() {
        return label;
    }

    static AccessLevel fromLabel(String label) {
        for (AccessLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown access level: " + label);
    }
}
