package dev.dovetail.cli.wave;

import dev.dovetail.abi.DovetailException;

/**
 * A WAVE text could not be read, or a value could not be written. The message names the position as
 * {@code line:column} (both 1-based, columns counted in Unicode code points) and, for a value that
 * does not fit its type, the expected type: {@code expected u32 at 1:5, found string}.
 */
public class WaveException extends DovetailException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The text is not WAVE at all: a bad token, an unbalanced bracket, trailing input. */
        SYNTAX,
        /** Well-formed WAVE that does not fit the expected type (or the function's parameters). */
        TYPE
    }

    private final Kind kind;
    private final String reason;
    private final int offset;
    private final int line;
    private final int column;
    private final String expected;

    WaveException(Kind kind, String reason, String expected, String source, int offset) {
        super(message(reason, source, offset));
        this.kind = kind;
        this.reason = reason;
        this.expected = expected;
        this.offset = offset;
        int[] lc = lineColumn(source, offset);
        this.line = lc[0];
        this.column = lc[1];
    }

    /** An error about a value rather than a position in a text (the printer's errors). */
    WaveException(Kind kind, String reason, String expected) {
        super(reason);
        this.kind = kind;
        this.reason = reason;
        this.expected = expected;
        this.offset = -1;
        this.line = 0;
        this.column = 0;
    }

    private static String message(String reason, String source, int offset) {
        int[] lc = lineColumn(source, offset);
        String at = " at " + lc[0] + ":" + lc[1];
        // Put the position right after the leading "expected T" clause when there is one.
        int comma = reason.indexOf(", found ");
        if (reason.startsWith("expected ") && comma > 0) {
            return reason.substring(0, comma) + at + reason.substring(comma);
        }
        return reason + at;
    }

    /** 1-based line and column (in code points) of {@code offset} (a UTF-16 index) in {@code s}. */
    static int[] lineColumn(String s, int offset) {
        int line = 1;
        int col = 1;
        int end = Math.min(offset, s.length());
        for (int i = 0; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }

    /** UTF-16 index in the text, or -1 for an error that is not about a text. */
    public int offset() {
        return offset;
    }

    /** 1-based line, or 0 for an error that is not about a text. */
    public int line() {
        return line;
    }

    /** 1-based column in code points, or 0 for an error that is not about a text. */
    public int column() {
        return column;
    }

    /** The WIT spelling of the type that was expected, or {@code null} for a syntax error. */
    public String expected() {
        return expected;
    }
}
