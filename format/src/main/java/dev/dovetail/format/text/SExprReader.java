package dev.dovetail.format.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds s-expression trees from tokens. Annotations {@code (@name ...)} are dropped unless asked
 * for, in which case they appear as lists whose first item is an ANNOTATION atom.
 */
public final class SExprReader {
    private final List<Token> tokens;
    private final boolean keepAnnotations;
    private int pos;

    private SExprReader(List<Token> tokens, boolean keepAnnotations) {
        this.tokens = tokens;
        this.keepAnnotations = keepAnnotations;
    }

    /** Every top-level s-expression (lists and bare atoms) of {@code text}, annotations dropped. */
    public static List<SExpr> read(String text) {
        return read(text, false);
    }

    public static List<SExpr> read(String text, boolean keepAnnotations) {
        SExprReader r = new SExprReader(Lexer.tokenize(text), keepAnnotations);
        List<SExpr> out = new ArrayList<>();
        while (r.pos < r.tokens.size()) {
            SExpr e = r.expr();
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Reads one expression; returns null for a dropped annotation. */
    private SExpr expr() {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case RPAREN:
                throw new WatException("unexpected ')'", t.line(), t.column());
            case LPAREN:
            case ANNOTATION:
                return list(t);
            default:
                return new SAtom(t);
        }
    }

    private SExpr list(Token open) {
        List<SExpr> items = new ArrayList<>();
        if (open.kind() == TokenKind.ANNOTATION) {
            items.add(new SAtom(open));
        }
        while (true) {
            if (pos >= tokens.size()) {
                throw new WatException("unclosed '('", open.line(), open.column());
            }
            Token t = tokens.get(pos);
            if (t.kind() == TokenKind.RPAREN) {
                pos++;
                if (open.kind() == TokenKind.ANNOTATION && !keepAnnotations) {
                    return null;
                }
                return new SList(items, open.line(), open.column(), t.line(), t.column());
            }
            SExpr e = expr();
            if (e != null) {
                items.add(e);
            }
        }
    }
}
