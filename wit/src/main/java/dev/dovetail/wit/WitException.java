package dev.dovetail.wit;

import dev.dovetail.abi.DovetailException;

/**
 * Invalid WIT: a syntax error or a resolution error. The message is rendered as a compiler renders
 * it, naming the file, line and column, quoting the source line and marking the column with a
 * caret; the location is also available field by field.
 */
public final class WitException extends DovetailException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String file;
    private final int line;
    private final int column;

    /** An error with a location; line and column are 1-based, file may be null. */
    public WitException(String reason, String file, int line, int column, String rendered) {
        super(rendered);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** An error with no source location (for example a missing file or package). */
    public WitException(String reason) {
        this(reason, null, 0, 0, reason);
    }

    /** The error without its location. */
    public String reason() {
        return reason;
    }

    /** The file the error is in, or null when the error has no location. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when the error has no location. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when the error has no location. */
    public int column() {
        return column;
    }
}
