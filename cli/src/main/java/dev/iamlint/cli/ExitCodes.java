package dev.iamlint.cli;

/** Process exit codes, as {@code iamlint --help} lists them. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INPUT_ERROR = 2;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
