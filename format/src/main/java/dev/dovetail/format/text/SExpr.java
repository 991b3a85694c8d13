package dev.dovetail.format.text;

/**
 * A node of the s-expression tree shared by the core text format, the component text format and
 * {@code .wast} scripts: either a parenthesised {@link SList} or a single-token {@link SAtom}.
 */
public sealed interface SExpr permits SList, SAtom {
    /** 1-based line of the first character. */
    int line();

    /** 1-based column of the first character. */
    int column();

    /** True if this is an atom of kind KEYWORD spelled {@code kw}. */
    default boolean isKeyword(String kw) {
        return this instanceof SAtom a && a.kind() == TokenKind.KEYWORD && a.text().equals(kw);
    }

    /** True if this is a list whose first item is the keyword {@code kw}. */
    default boolean isList(String kw) {
        return this instanceof SList l && !l.items().isEmpty() && l.items().get(0).isKeyword(kw);
    }
}
