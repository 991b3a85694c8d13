package dev.dovetail.cli.wave;

import java.util.Set;

/**
 * A WAVE token: {@code [start, end)} in the source. {@code value} is the decoded text of a string
 * or char, the label without its {@code %} prefix, or the literal of a number.
 */
record Token(Kind kind, int start, int end, String value, boolean escaped) {
    enum Kind {
        LBRACE("`{`"),
        RBRACE("`}`"),
        LPAREN("`(`"),
        RPAREN("`)`"),
        LBRACKET("`[`"),
        RBRACKET("`]`"),
        COLON("`:`"),
        COMMA("`,`"),
        NUMBER("number"),
        LABEL("label"),
        CHAR("char"),
        STRING("string"),
        EOF("end of input");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /** WAVE's reserved words: a label spelled like one must carry a {@code %} prefix. */
    static final Set<String> KEYWORDS =
            Set.of("true", "false", "some", "none", "ok", "err", "inf", "nan");

    /** Whether this is the unescaped keyword {@code word}. */
    boolean isKeyword(String word) {
        return kind == Kind.LABEL && !escaped && value.equals(word);
    }

    /** Whether this is any unescaped keyword. */
    boolean isAnyKeyword() {
        return kind == Kind.LABEL && !escaped && KEYWORDS.contains(value);
    }

    /** How an error message names this token: {@code number `1.5`}, {@code keyword `none`}. */
    String describe() {
        return switch (kind) {
            case NUMBER -> "number `" + value + "`";
            case LABEL ->
                    (isAnyKeyword() ? "keyword `" : "label `") + (escaped ? "%" : "") + value + "`";
            case CHAR -> "char";
            case STRING -> "string";
            default -> kind.text;
        };
    }
}
