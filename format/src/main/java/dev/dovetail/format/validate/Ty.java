package dev.dovetail.format.validate;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.types.InstanceType;
import dev.dovetail.format.types.ModuleType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validator's internal type representation. Unlike the public abi-core types it keeps the
 * identity of every defined type (needed for the external-visibility rule) and of every resource
 * alias, while structural comparisons ignore identity.
 */
final class Ty {
    private Ty() {}

    /** An entry of the component type index space. */
    sealed interface TD permits V, RA, F, InstT, CompT {}

    /** A value type: primitive or defined. */
    sealed interface V extends TD permits P, D {}

    record P(PrimType prim) implements V {}

    enum Kind {
        RECORD("record"),
        VARIANT("variant"),
        LIST("list"),
        FIXED_LIST("list"),
        TUPLE("tuple"),
        FLAGS("flags"),
        ENUM("enum"),
        OPTION("option"),
        RESULT("result"),
        OWN("own"),
        BORROW("borrow"),
        STREAM("stream"),
        FUTURE("future"),
        MAP("map");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /**
     * A defined value type. Identity matters only for naming (external visibility); equality of
     * types is structural ({@link #sameV}). {@code kids} may hold nulls (absent payloads).
     */
    static final class D implements V {
        final Kind kind;
        final List<String> labels;
        final List<V> kids;
        final long length;
        final RA res;

        D(Kind kind, List<String> labels, List<V> kids, long length, RA res) {
            this.kind = kind;
            this.labels = labels == null ? List.of() : List.copyOf(labels);
            this.kids =
                    kids == null
                            ? List.of()
                            : java.util.Collections.unmodifiableList(new ArrayList<>(kids));
            this.length = length;
            this.res = res;
        }

        /** The same type under a new identity (a new name for it). */
        D copy() {
            return new D(kind, labels, kids, length, res);
        }
    }

    /** A resource type: created by a definition, an abstract import, or an instance's export. */
    static final class Res {
        /** A name for printing: the first import/export name of the resource, if any. */
        String hint;

        /** The validator scope that defined it with {@code (type (resource ...))}, or null. */
        final Object owner;

        final CoreValType rep;
        private ResourceType abi;

        Res(String hint, Object owner, CoreValType rep) {
            this.hint = hint;
            this.owner = owner;
            this.rep = rep;
        }

        ResourceType abi() {
            if (abi == null) {
                abi = new ResourceType(hint == null ? "resource" : hint);
            }
            return abi;
        }
    }

    /** A type index naming a resource; a fresh alias per import/export (for naming). */
    static final class RA implements TD {
        final Res res;

        RA(Res res) {
            this.res = res;
        }
    }

    /** A component function type. */
    record F(boolean async, List<String> names, List<V> params, V result) implements TD {}

    /** An instance type; {@code defined} are its existentially bound (abstract) resources. */
    static final class InstT implements TD {
        final LinkedHashMap<String, E> exports;
        final List<Res> defined;

        InstT(LinkedHashMap<String, E> exports, List<Res> defined) {
            this.exports = exports;
            this.defined = defined;
        }
    }

    /**
     * A component type; {@code imported} resources are universally bound, {@code defined}
     * existentially.
     */
    static final class CompT implements TD {
        final LinkedHashMap<String, E> imports;
        final LinkedHashMap<String, E> exports;
        final List<Res> imported;
        final List<Res> defined;

        CompT(
                LinkedHashMap<String, E> imports,
                LinkedHashMap<String, E> exports,
                List<Res> imported,
                List<Res> defined) {
            this.imports = imports;
            this.exports = exports;
            this.imported = imported;
            this.defined = defined;
        }
    }

    /** The type of an import/export or of an index space entry. */
    sealed interface E permits EFunc, EType, EValue, EInst, EComp, EModule {}

    record EFunc(F f) implements E {}

    /** A type: a value type or resource alias (or a func/instance/component type definition). */
    record EType(TD t) implements E {}

    record EValue(V v) implements E {}

    record EInst(InstT i) implements E {}

    record EComp(CompT c) implements E {}

    record EModule(ModuleType m) implements E {}

    static String desc(E e) {
        return ((e instanceof EFunc f)
                ? ("func")
                : (e instanceof EType t)
                        ? ("type")
                        : (e instanceof EValue v)
                                ? ("value")
                                : (e instanceof EInst i)
                                        ? ("instance")
                                        : (e instanceof EComp c)
                                                ? ("component")
                                                : (e instanceof EModule m)
                                                        ? ("module")
                                                        : Sw.unreachable());
    }

    // ---------------------------------------------------------------- structural equality

    static boolean sameRes(RA a, RA b) {
        return a.res == b.res;
    }

    static boolean sameV(V a, V b) {
        return a == b || mismatchV(a, b, null) == null;
    }

    /** Null when {@code actual} equals {@code expected}, else a description of the difference. */
    static String mismatchV(V actual, V expected, Map<Res, Res> subst) {
        if (actual instanceof P pa) {
            if (expected instanceof P pe) {
                return pa.prim() == pe.prim()
                        ? null
                        : "expected primitive `"
                                + pe.prim()
                                + "` found primitive `"
                                + pa.prim()
                                + "`";
            }
            return "expected " + ((D) expected).kind.text + ", found " + pa.prim();
        }
        D a = (D) actual;
        if (expected instanceof P pe) {
            return "expected " + pe.prim() + ", found " + a.kind.text;
        }
        D e = (D) expected;
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
                    String m = mismatchV(a.kids.get(i), e.kids.get(i), subst);
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
                    String m = mismatchOpt(a.kids.get(i), e.kids.get(i), subst, "case");
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
                    String m = mismatchV(a.kids.get(i), e.kids.get(i), subst);
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
                String m = mismatchOpt(a.kids.get(0), e.kids.get(0), subst, "ok");
                if (m != null) {
                    return m.startsWith("expected ok") ? m : "type mismatch in ok variant: " + m;
                }
                m = mismatchOpt(a.kids.get(1), e.kids.get(1), subst, "err");
                if (m != null) {
                    return m.startsWith("expected err") ? m : "type mismatch in err variant: " + m;
                }
                return null;
            }
            case OWN, BORROW -> {
                Res ra = a.res.res;
                Res re = e.res.res;
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
                return mismatchV(a.kids.get(0), e.kids.get(0), subst);
            }
            case STREAM, FUTURE -> {
                return mismatchOpt(a.kids.get(0), e.kids.get(0), subst, "payload");
            }
            default -> {
                for (int i = 0; i < a.kids.size(); i++) {
                    String m = mismatchV(a.kids.get(i), e.kids.get(i), subst);
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
        }
    }

    private static String mismatchOpt(V a, V e, Map<Res, Res> subst, String what) {
        if (a == null && e == null) {
            return null;
        }
        if (a == null) {
            return "expected " + what + " type, but found none";
        }
        if (e == null) {
            return "expected " + what + " type to not be present";
        }
        return mismatchV(a, e, subst);
    }

    // ---------------------------------------------------------------- predicates

    static boolean containsBorrow(V v) {
        if (v instanceof D d) {
            if (d.kind == Kind.BORROW) {
                return true;
            }
            if (d.kind == Kind.STREAM || d.kind == Kind.FUTURE) {
                return false;
            }
            for (V k : d.kids) {
                if (k != null && containsBorrow(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether lowering/lifting {@code v} involves pointers into linear memory. */
    static boolean containsPtr(V v) {
        if (v instanceof P p) {
            return p.prim() == PrimType.STRING;
        }
        D d = (D) v;
        return switch (d.kind) {
            case LIST, MAP -> true;
            case STREAM, FUTURE, OWN, BORROW, FLAGS, ENUM -> false;
            default -> d.kids.stream().anyMatch(k -> k != null && containsPtr(k));
        };
    }

    static boolean mentionsResource(TD t, IdentityHashMap<Object, Boolean> seen) {
        if (seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        return ((t instanceof P p)
                ? (false)
                : (t instanceof D d)
                        ? (d.res != null
                                || d.kids.stream()
                                        .anyMatch(k -> k != null && mentionsResource(k, seen)))
                        : (t instanceof RA r)
                                ? (true)
                                : (t instanceof F f)
                                        ? (f.params().stream()
                                                        .anyMatch(p -> mentionsResource(p, seen))
                                                || (f.result() != null
                                                        && mentionsResource(f.result(), seen)))
                                        : (t instanceof InstT i)
                                                ? (i.exports.values().stream()
                                                        .anyMatch(e -> mentionsResource(e, seen)))
                                                : (t instanceof CompT c)
                                                        ? (c.imports.values().stream()
                                                                        .anyMatch(
                                                                                e ->
                                                                                        mentionsResource(
                                                                                                e,
                                                                                                seen))
                                                                || c.exports.values().stream()
                                                                        .anyMatch(
                                                                                e ->
                                                                                        mentionsResource(
                                                                                                e,
                                                                                                seen)))
                                                        : Sw.unreachable());
    }

    static boolean mentionsResource(E e, IdentityHashMap<Object, Boolean> seen) {
        return ((e instanceof EFunc f)
                ? (mentionsResource(f.f(), seen))
                : (e instanceof EType t)
                        ? (mentionsResource(t.t(), seen))
                        : (e instanceof EValue v)
                                ? (mentionsResource(v.v(), seen))
                                : (e instanceof EInst i)
                                        ? (mentionsResource(i.i(), seen))
                                        : (e instanceof EComp c)
                                                ? (mentionsResource(c.c(), seen))
                                                : (e instanceof EModule m)
                                                        ? (false)
                                                        : Sw.unreachable());
    }

    // ---------------------------------------------------------------- substitution

    /** Rewrites resources per {@code map}, keeping identities where nothing changes. */
    static final class Subst {
        final Map<Res, Res> map;
        private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();

        Subst(Map<Res, Res> map) {
            this.map = map;
        }

        /**
         * Also replaces the defined types in {@code types} (imported types supplied by arguments).
         */
        Subst(Map<Res, Res> map, Map<D, V> types) {
            this.map = map;
            memo.putAll(types);
        }

        Res res(Res r) {
            return map.getOrDefault(r, r);
        }

        RA ra(RA a) {
            Res r = res(a.res);
            if (r == a.res) {
                return a;
            }
            return (RA) memo.computeIfAbsent(a, k -> new RA(r));
        }

        V v(V v) {
            if (v == null || v instanceof P) {
                return v;
            }
            D d = (D) v;
            Object m = memo.get(d);
            if (m != null) {
                return (V) m;
            }
            RA res = d.res == null ? null : ra(d.res);
            boolean changed = res != d.res;
            List<V> kids = new ArrayList<>();
            for (V k : d.kids) {
                V nk = v(k);
                changed |= nk != k;
                kids.add(nk);
            }
            D out = changed ? new D(d.kind, d.labels, kids, d.length, res) : d;
            memo.put(d, out);
            return out;
        }

        F f(F f) {
            List<V> ps = new ArrayList<>();
            boolean changed = false;
            for (V p : f.params()) {
                V np = v(p);
                changed |= np != p;
                ps.add(np);
            }
            V r = v(f.result());
            changed |= r != f.result();
            return changed ? new F(f.async(), f.names(), ps, r) : f;
        }

        TD td(TD t) {
            return ((t instanceof V v)
                    ? (v(v))
                    : (t instanceof RA r)
                            ? (ra(r))
                            : (t instanceof F f)
                                    ? (f(f))
                                    : (t instanceof InstT i)
                                            ? (inst(i))
                                            : (t instanceof CompT c)
                                                    ? (comp(c))
                                                    : Sw.unreachable());
        }

        InstT inst(InstT i) {
            Object m = memo.get(i);
            if (m != null) {
                return (InstT) m;
            }
            LinkedHashMap<String, E> ex = new LinkedHashMap<>();
            i.exports.forEach((n, e) -> ex.put(n, e(e)));
            List<Res> def = i.defined.stream().map(this::res).toList();
            InstT out = new InstT(ex, def);
            memo.put(i, out);
            return out;
        }

        CompT comp(CompT c) {
            Object m = memo.get(c);
            if (m != null) {
                return (CompT) m;
            }
            LinkedHashMap<String, E> im = new LinkedHashMap<>();
            c.imports.forEach((n, e) -> im.put(n, e(e)));
            LinkedHashMap<String, E> ex = new LinkedHashMap<>();
            c.exports.forEach((n, e) -> ex.put(n, e(e)));
            CompT out =
                    new CompT(
                            im,
                            ex,
                            c.imported.stream().map(this::res).toList(),
                            c.defined.stream().map(this::res).toList());
            memo.put(c, out);
            return out;
        }

        E e(E e) {
            return ((e instanceof EFunc f)
                    ? (new EFunc(f(f.f())))
                    : (e instanceof EType t)
                            ? (new EType(td(t.t())))
                            : (e instanceof EValue v)
                                    ? (new EValue(v(v.v())))
                                    : (e instanceof EInst i)
                                            ? (new EInst(inst(i.i())))
                                            : (e instanceof EComp c)
                                                    ? (new EComp(comp(c.c())))
                                                    : (e instanceof EModule m)
                                                            ? (m)
                                                            : Sw.unreachable());
        }
    }

    /** Fresh copies of {@code resources} (each becomes a new abstract resource). */
    static Map<Res, Res> freshen(List<Res> resources, Object owner) {
        Map<Res, Res> m = new IdentityHashMap<>();
        for (Res r : resources) {
            m.put(r, new Res(r.hint, owner, r.rep));
        }
        return m;
    }

    // ---------------------------------------------------------------- public view

    /** Converts to the public abi-core / types model. */
    static final class Pub {
        private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();

        ValType val(V v) {
            if (v == null) {
                return null;
            }
            if (v instanceof P p) {
                return p.prim();
            }
            D d = (D) v;
            Object m = memo.get(d);
            if (m != null) {
                return (ValType) m;
            }
            ValType out =
                    switch (d.kind) {
                        case RECORD -> {
                            List<Field> fs = new ArrayList<>();
                            for (int i = 0; i < d.labels.size(); i++) {
                                fs.add(new Field(d.labels.get(i), val(d.kids.get(i))));
                            }
                            yield new RecordType(fs);
                        }
                        case VARIANT -> {
                            List<Case> cs = new ArrayList<>();
                            for (int i = 0; i < d.labels.size(); i++) {
                                cs.add(new Case(d.labels.get(i), val(d.kids.get(i))));
                            }
                            yield new VariantType(cs);
                        }
                        case LIST -> ListType.of(val(d.kids.get(0)));
                        case FIXED_LIST -> ListType.fixed(val(d.kids.get(0)), (int) d.length);
                        case TUPLE -> new TupleType(d.kids.stream().map(this::val).toList());
                        case FLAGS -> new FlagsType(d.labels);
                        case ENUM -> new EnumType(d.labels);
                        case OPTION -> new OptionType(val(d.kids.get(0)));
                        case RESULT -> new ResultType(val(d.kids.get(0)), val(d.kids.get(1)));
                        case OWN -> new OwnType(d.res.res.abi());
                        case BORROW -> new BorrowType(d.res.res.abi());
                        case STREAM -> new StreamType(val(d.kids.get(0)));
                        case FUTURE -> new FutureType(val(d.kids.get(0)));
                        case MAP -> new MapType(val(d.kids.get(0)), val(d.kids.get(1)));
                    };
            memo.put(d, out);
            return out;
        }

        FuncType func(F f) {
            List<FuncType.Param> ps = new ArrayList<>();
            for (int i = 0; i < f.params().size(); i++) {
                ps.add(new FuncType.Param(f.names().get(i), val(f.params().get(i))));
            }
            return new FuncType(ps, val(f.result()), f.async());
        }

        InstanceType inst(InstT i) {
            LinkedHashMap<String, ComponentItem> ex = new LinkedHashMap<>();
            i.exports.forEach((n, e) -> ex.put(n, item(e)));
            return new InstanceType(ex);
        }

        ComponentType comp(CompT c) {
            LinkedHashMap<String, ComponentItem> im = new LinkedHashMap<>();
            c.imports.forEach((n, e) -> im.put(n, item(e)));
            LinkedHashMap<String, ComponentItem> ex = new LinkedHashMap<>();
            c.exports.forEach((n, e) -> ex.put(n, item(e)));
            return new ComponentType(im, ex);
        }

        ComponentItem typeItem(TD t) {
            return ((t instanceof V v)
                    ? (new ComponentItem.Type(val(v)))
                    : (t instanceof RA r)
                            ? (new ComponentItem.Resource(r.res.abi()))
                            : (t instanceof F f)
                                    ? (new ComponentItem.ComponentFunc(func(f)))
                                    : (t instanceof InstT i)
                                            ? (new ComponentItem.ComponentInstance(inst(i)))
                                            : (t instanceof CompT c)
                                                    ? (new ComponentItem.Component(comp(c)))
                                                    : Sw.unreachable());
        }

        ComponentItem item(E e) {
            return ((e instanceof EFunc f)
                    ? (new ComponentItem.ComponentFunc(func(f.f())))
                    : (e instanceof EType t)
                            ? (typeItem(t.t()))
                            : (e instanceof EValue v)
                                    ? (new ComponentItem.Value(val(v.v())))
                                    : (e instanceof EInst i)
                                            ? (new ComponentItem.ComponentInstance(inst(i.i())))
                                            : (e instanceof EComp c)
                                                    ? (new ComponentItem.Component(comp(c.c())))
                                                    : (e instanceof EModule m)
                                                            ? (new ComponentItem.Module(m.m()))
                                                            : Sw.unreachable());
        }
    }
}
