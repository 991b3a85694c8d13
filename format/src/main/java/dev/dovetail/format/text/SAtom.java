package dev.dovetail.format.text;

/** A single token inside (or at the top level of) an s-expression. */
public record SAtom(Token token) implements SExpr {

    public TokenKind kind() {
        return token.kind();
    }

    /** See {@link Token}: for an ID this is the name without {@code $}. */
    public String text() {
        return token.text();
    }

    @Override
    public int line() {
        return token.line();
    }

    @Override
    public int column() {
        return token.column();
    }

    @Override
    public String toString() {
        return switch (token.kind()) {
            case ID -> "$" + token.text();
            default -> token.text();
        };
    }
}
