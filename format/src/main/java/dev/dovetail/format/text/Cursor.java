package dev.dovetail.format.text;

/**
 * A read position over the items of one {@link SList}: the recursive-descent helper every text
 * parser (core, component, script) walks the tree with. Errors point at the offending item, or at
 * the closing parenthesis when items run out.
 */
public final class Cursor {
    private final SList list;
    private int pos;

    public Cursor(SList list, int from) {
        this.list = list;
        this.pos = from;
    }

    public SList list() {
        return list;
    }

    public int position() {
        return pos;
    }

    public boolean atEnd() {
        return pos >= list.size();
    }

    /** The next item, or null at the end. */
    public SExpr peek() {
        return peek(0);
    }

    public SExpr peek(int ahead) {
        int p = pos + ahead;
        return p < list.size() ? list.get(p) : null;
    }

    public SExpr next() {
        if (atEnd()) {
            throw error("unexpected end of list");
        }
        return list.get(pos++);
    }

    /** An error located at the next item (or at the closing parenthesis). */
    public WatException error(String reason) {
        SExpr at = peek();
        if (at != null) {
            return WatException.at(at, reason);
        }
        return new WatException(reason, list.endLine(), list.endColumn());
    }

    public boolean peekKind(TokenKind kind) {
        return peek() instanceof SAtom a && a.kind() == kind;
    }

    public boolean peekKeyword(String kw) {
        SExpr p = peek();
        return p != null && p.isKeyword(kw);
    }

    public boolean peekList(String head) {
        SExpr p = peek();
        return p != null && p.isList(head);
    }

    /** Consumes {@code kw} if it is next. */
    public boolean acceptKeyword(String kw) {
        if (peekKeyword(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes an optional {@code $id} and returns its name, or null. */
    public String optId() {
        if (peekKind(TokenKind.ID)) {
            return ((SAtom) list.get(pos++)).text();
        }
        return null;
    }

    public SAtom expectAtom(TokenKind kind, String what) {
        if (!peekKind(kind)) {
            throw error("expected " + what);
        }
        return (SAtom) list.get(pos++);
    }

    public String expectKeyword() {
        return expectAtom(TokenKind.KEYWORD, "keyword").text();
    }

    public void expectKeyword(String kw) {
        if (!acceptKeyword(kw)) {
            throw error("expected '" + kw + "'");
        }
    }

    /** The next item as a list headed by {@code head}. */
    public SList expectList(String head) {
        if (!peekList(head)) {
            throw error("expected '(" + head + " ...)'");
        }
        return (SList) list.get(pos++);
    }

    public SList expectList() {
        if (!(peek() instanceof SList l)) {
            throw error("expected '('");
        }
        pos++;
        return l;
    }

    /** The next string's raw bytes. */
    public byte[] expectBytes() {
        return expectAtom(TokenKind.STRING, "string").token().bytes();
    }

    /** The next string as a UTF-8 name. */
    public String expectName() {
        return expectAtom(TokenKind.STRING, "string").token().utf8();
    }

    /** Fails unless every item was consumed. */
    public void expectEnd() {
        if (!atEnd()) {
            throw error("expected ')'");
        }
    }
}
