package dev.dovetail.format.text;

import dev.dovetail.abi.DovetailException;

/** The text is not a well-formed WebAssembly text module (or s-expression script). */
public class WatException extends DovetailException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;
    private final int column;

    public WatException(String reason, int line, int column) {
        super(reason + " at " + line + ":" + column);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** Builds an error located at the start of {@code where}. */
    public static WatException at(SExpr where, String reason) {
        return new WatException(reason, where.line(), where.column());
    }

    /** The message without the position suffix. */
    public String reason() {
        return reason;
    }

    /** 1-based line of the offending token. */
    public int line() {
        return line;
    }

    /** 1-based column (in UTF-16 chars) of the offending token. */
    public int column() {
        return column;
    }
}
