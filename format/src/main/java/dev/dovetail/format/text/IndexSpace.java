package dev.dovetail.format.text;

import java.util.HashMap;
import java.util.Map;

/** One index space (functions, tables, locals, labels excluded, ...) and its symbolic names. */
final class IndexSpace {
    private final String what;
    private final Map<String, Integer> ids = new HashMap<>();
    private int count;

    IndexSpace(String what) {
        this.what = what;
    }

    String what() {
        return what;
    }

    int count() {
        return count;
    }

    /** Appends one entry, binding {@code id} (may be null) to it. */
    int add(String id, SExpr at) {
        if (id != null && ids.putIfAbsent(id, count) != null) {
            throw WatException.at(at, "duplicate " + what + " $" + id);
        }
        return count++;
    }

    /** Appends {@code n} anonymous entries. */
    void addAnonymous(int n) {
        count += n;
    }

    Integer lookup(String id) {
        return ids.get(id);
    }

    /** Resolves a numeric or symbolic reference. */
    int resolve(SExpr ref) {
        if (ref instanceof SAtom a) {
            if (a.kind() == TokenKind.NUMBER) {
                return (int) NumberLiterals.u32(a);
            }
            if (a.kind() == TokenKind.ID) {
                Integer i = ids.get(a.text());
                if (i == null) {
                    throw WatException.at(a, "unknown " + what + " $" + a.text());
                }
                return i;
            }
        }
        throw WatException.at(ref, "expected " + what + " index");
    }

    static boolean isIndex(SExpr e) {
        return e instanceof SAtom a && (a.kind() == TokenKind.NUMBER || a.kind() == TokenKind.ID);
    }
}
