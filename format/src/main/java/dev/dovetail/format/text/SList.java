package dev.dovetail.format.text;

import java.util.List;

/**
 * {@code ( items )}. The position is that of the opening parenthesis; {@code endLine}/{@code
 * endColumn} locate the closing one (used for "expected ... at" errors at the end of a list).
 */
public record SList(List<SExpr> items, int line, int column, int endLine, int endColumn)
        implements SExpr {

    public SList {
        items = List.copyOf(items);
    }

    /** The first item's keyword, or null when the list is empty or starts with something else. */
    public String head() {
        return !items.isEmpty() && items.get(0) instanceof SAtom a && a.kind() == TokenKind.KEYWORD
                ? a.text()
                : null;
    }

    public int size() {
        return items.size();
    }

    public SExpr get(int i) {
        return items.get(i);
    }

    /** A cursor over the items starting at index {@code from}. */
    public Cursor cursor(int from) {
        return new Cursor(this, from);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(items.get(i));
        }
        return sb.append(')').toString();
    }
}
