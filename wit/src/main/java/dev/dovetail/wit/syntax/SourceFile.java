package dev.dovetail.wit.syntax;

import dev.dovetail.wit.WitException;

/** One WIT source text with its name, and the line arithmetic that located errors need. */
public record SourceFile(String name, String text) {

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset. */
    public int column(int offset) {
        int end = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return end - start + 1;
    }

    /** The text of the line holding a character offset, without its line break. */
    public String lineText(int offset) {
        int end = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', end - 1) + 1;
        int stop = text.indexOf('\n', end);
        String line = text.substring(start, stop < 0 ? text.length() : stop);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** An error at an offset, rendered with file, line, column, source line and caret. */
    public WitException error(int offset, String reason) {
        int line = line(offset);
        int column = column(offset);
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        String rendered =
                reason
                        + "\n"
                        + gutter
                        + "--> "
                        + name
                        + ":"
                        + line
                        + ":"
                        + column
                        + "\n"
                        + gutter
                        + " |\n"
                        + number
                        + " | "
                        + lineText(offset)
                        + "\n"
                        + gutter
                        + " | "
                        + " ".repeat(column - 1)
                        + "^";
        return new WitException(reason, name, line, column, rendered);
    }

    /** An error at a span. */
    public WitException error(Span span, String reason) {
        return error(span.start(), reason);
    }
}
