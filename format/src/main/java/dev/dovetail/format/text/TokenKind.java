package dev.dovetail.format.text;

/** Token classes of the WebAssembly text format (core, component and script share them). */
public enum TokenKind {
    LPAREN,
    RPAREN,
    /** {@code (@name}: the start of an annotation; the token text is the annotation name. */
    ANNOTATION,
    /** Starts with a lower-case letter: {@code module}, {@code i32.add}, {@code offset=4}. */
    KEYWORD,
    /** {@code $name} or {@code $"quoted name"}; the token text is the name without {@code $}. */
    ID,
    /** A quoted string; its decoded bytes are in {@link Token#bytes()}. */
    STRING,
    /** A well-formed integer or float literal (interpretation depends on context). */
    NUMBER,
    /** Any other run of identifier characters: always an error where it appears. */
    RESERVED
}
