package dev.dovetail.wit.syntax;

/** A range of characters in one source file, kept by the syntax tree to locate errors. */
public record Span(SourceFile file, int start, int end) {

    /** An error at the start of this span. */
    public dev.dovetail.wit.WitException error(String reason) {
        return file.error(start, reason);
    }
}
