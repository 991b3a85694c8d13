package dev.dovetail.cli;

/**
 * The exit codes of the {@code dovetail} command, one per kind of problem a user can act on. Listed
 * in {@code dovetail --help}.
 */
public final class ExitCode {
    private ExitCode() {}

    /** Success. */
    public static final int OK = 0;

    /** {@code wast}: at least one directive failed. */
    public static final int FAILURES = 1;

    /** Bad command line: unknown option, missing parameter (picocli's usage error). */
    public static final int USAGE = 2;

    /** The component or script file does not exist or cannot be read. */
    public static final int NO_FILE = 3;

    /** The component is malformed (with its byte offset or line:column) or invalid. */
    public static final int BAD_COMPONENT = 4;

    /** The component imports something the command does not provide. */
    public static final int UNLINKABLE = 5;

    /** The component has no exported function of that name (the error lists those it has). */
    public static final int NO_EXPORT = 6;

    /** The WAVE call text is not well formed (the error gives line:column). */
    public static final int WAVE_SYNTAX = 7;

    /** An argument does not fit its parameter type, or arguments are missing or extra. */
    public static final int ARG_TYPE = 8;

    /** The guest trapped (the error gives the trap message). */
    public static final int TRAP = 9;

    /** The component or script uses something this version of Dovetail does not support yet. */
    public static final int UNSUPPORTED = 10;

    /** A bug in Dovetail: an unexpected exception (the stack trace is printed). */
    public static final int INTERNAL = 70;
}
