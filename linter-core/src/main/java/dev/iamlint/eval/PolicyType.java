package dev.iamlint.eval;

/** The kinds of policy that take part in a decision, in the order AWS evaluates them. */
public enum PolicyType {
    SERVICE_CONTROL("service control policy"),
    RESOURCE_CONTROL("resource control policy"),
    RESOURCE("resource-based policy"),
    IDENTITY("identity-based policy"),
    PERMISSIONS_BOUNDARY("permissions boundary"),
    SESSION("session policy"),
    VPC_ENDPOINT("VPC endpoint policy");

    private final String description;

    PolicyType(String description) {
        this.description = description;
    }

    /** How AWS's error messages name this kind, e.g. "identity-based policy". */
    public String description() {
        return description;
    }
}
