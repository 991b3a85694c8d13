package dev.dovetail.format.validate;

import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.Map;

/** Structural equality of the validator's value types (identity is ignored). */
final class TypeEquality {
    private TypeEquality() {}

    static boolean sameResource(ResourceAlias a, ResourceAlias b) {
        return a.res == b.res;
    }

    static boolean sameValue(ValueType a, ValueType b) {
        return a == b || mismatch(a, b, null) == null;
    }

    /** Null when {@code actual} equals {@code expected}, else a description of the difference. */
    static String mismatch(ValueType actual, ValueType expected, Map<Resource, Resource> subst) {
        if (actual instanceof PrimitiveType pa) {
            if (expected instanceof PrimitiveType pe) {
                return pa.prim() == pe.prim()
                        ? null
                        : "expected primitive `"
                                + pe.prim()
                                + "` found primitive `"
                                + pa.prim()
                                + "`";
            }
            return "expected " + ((DefinedType) expected).kind.text + ", found " + pa.prim();
        }
        DefinedType a = (DefinedType) actual;
        if (expected instanceof PrimitiveType pe) {
            return "expected " + pe.prim() + ", found " + a.kind.text;
        }
        DefinedType e = (DefinedType) expected;
        if (a == e && (subst == null || subst.isEmpty())) {
            return null;
        }
        if (a.kind != e.kind) {
            if ((a.kind == Kind.OWN || a.kind == Kind.BORROW)
                    && (e.kind == Kind.OWN || e.kind == Kind.BORROW)) {
                return "expected " + e.kind.text + ", found " + a.kind.text;
            }
            return "expected " + e.kind.text + ", found " + a.kind.text;
        }
        switch (a.kind) {
            case RECORD -> {
                if (a.labels.size() != e.labels.size()) {
                    return "expected " + e.labels.size() + " fields, found " + a.labels.size();
                }
                for (int i = 0; i < a.labels.size(); i++) {
                    if (!a.labels.get(i).equals(e.labels.get(i))) {
                        return "expected field name `"
                                + e.labels.get(i)
                                + "`, found `"
                                + a.labels.get(i)
                                + "`";
                    }
                    String m = mismatch(a.kids.get(i), e.kids.get(i), subst);
                    if (m != null) {
                        return "type mismatch in record field `" + a.labels.get(i) + "`: " + m;
                    }
                }
                return null;
            }
            case VARIANT -> {
                if (a.labels.size() != e.labels.size()) {
                    return "expected " + e.labels.size() + " cases, found " + a.labels.size();
                }
                for (int i = 0; i < a.labels.size(); i++) {
                    if (!a.labels.get(i).equals(e.labels.get(i))) {
                        return "expected case named `"
                                + e.labels.get(i)
                                + "`, found `"
                                + a.labels.get(i)
                                + "`";
                    }
                    String m = mismatchOptional(a.kids.get(i), e.kids.get(i), subst, "case");
                    if (m != null && a.kids.get(i) == null) {
                        m = "expected case `" + a.labels.get(i) + "` to have a type, found none";
                    } else if (m != null && e.kids.get(i) == null) {
                        m = "expected case `" + a.labels.get(i) + "` to have no type";
                    }
                    if (m != null) {
                        return "type mismatch in variant case `" + a.labels.get(i) + "`: " + m;
                    }
                }
                return null;
            }
            case TUPLE -> {
                if (a.kids.size() != e.kids.size()) {
                    return "expected " + e.kids.size() + " types, found " + a.kids.size();
                }
                for (int i = 0; i < a.kids.size(); i++) {
                    String m = mismatch(a.kids.get(i), e.kids.get(i), subst);
                    if (m != null) {
                        return "type mismatch in tuple field " + i + ": " + m;
                    }
                }
                return null;
            }
            case FLAGS -> {
                return a.labels.equals(e.labels) ? null : "mismatch in flags elements";
            }
            case ENUM -> {
                return a.labels.equals(e.labels) ? null : "mismatch in enum elements";
            }
            case RESULT -> {
                String m = mismatchOptional(a.kids.get(0), e.kids.get(0), subst, "ok");
                if (m != null) {
                    return m.startsWith("expected ok") ? m : "type mismatch in ok variant: " + m;
                }
                m = mismatchOptional(a.kids.get(1), e.kids.get(1), subst, "err");
                if (m != null) {
                    return m.startsWith("expected err") ? m : "type mismatch in err variant: " + m;
                }
                return null;
            }
            case OWN, BORROW -> {
                Resource ra = a.res.res;
                Resource re = e.res.res;
                if (subst != null) {
                    ra = subst.getOrDefault(ra, ra);
                    re = subst.getOrDefault(re, re);
                }
                return ra == re ? null : "resource types are not the same";
            }
            case FIXED_LIST -> {
                if (a.length != e.length) {
                    return "expected list length " + e.length + ", found " + a.length;
                }
                return mismatch(a.kids.get(0), e.kids.get(0), subst);
            }
            case STREAM, FUTURE -> {
                return mismatchOptional(a.kids.get(0), e.kids.get(0), subst, "payload");
            }
            default -> {
                for (int i = 0; i < a.kids.size(); i++) {
                    String m = mismatch(a.kids.get(i), e.kids.get(i), subst);
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
        }
    }

    private static String mismatchOptional(
            ValueType a, ValueType e, Map<Resource, Resource> subst, String what) {
        if (a == null && e == null) {
            return null;
        }
        if (a == null) {
            return "expected " + what + " type, but found none";
        }
        if (e == null) {
            return "expected " + what + " type to not be present";
        }
        return mismatch(a, e, subst);
    }
}
