package dev.dovetail.format.validate;

import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.ModuleType;
import java.util.Map;
import java.util.Set;

/**
 * Subtyping of component entities ({@code actual <: expected}), with resource binding: resources in
 * {@code bindable} (the abstract, universally or existentially bound resources of the expected
 * side) are bound on first use to the actual resource, and {@code bind} substitutes them
 * afterwards.
 */
final class Subtype {
    private final Map<Ty.Res, Ty.Res> bind;
    private final Set<Ty.Res> bindable;

    Subtype(Map<Ty.Res, Ty.Res> bind, Set<Ty.Res> bindable) {
        this.bind = bind;
        this.bindable = bindable;
    }

    private Ty.Res resolve(Ty.Res r) {
        Ty.Res out = r;
        for (int i = 0; i < 64; i++) {
            Ty.Res n = bind.get(out);
            if (n == null || n == out) {
                return out;
            }
            out = n;
        }
        return out;
    }

    private boolean sameResource(Ty.Res actual, Ty.Res expected) {
        Ty.Res a = resolve(actual);
        Ty.Res e = resolve(expected);
        if (a == e) {
            return true;
        }
        if (bindable.contains(e) && !bind.containsKey(e)) {
            bind.put(e, a);
            return true;
        }
        if (bindable.contains(a) && !bind.containsKey(a)) {
            bind.put(a, e);
            return true;
        }
        return false;
    }

    /** Null when {@code actual <: expected}, else the reason. */
    String entity(Ty.E actual, Ty.E expected) {
        String ad = Ty.desc(actual);
        String ed = Ty.desc(expected);
        if (!ad.equals(ed)) {
            return "expected " + ed + ", found " + ad;
        }
        return ((expected instanceof Ty.EFunc e)
                ? (func(((Ty.EFunc) actual).f(), e.f()))
                : (expected instanceof Ty.EValue e)
                        ? (val(((Ty.EValue) actual).v(), e.v()))
                        : (expected instanceof Ty.EType e)
                                ? (type(((Ty.EType) actual).t(), e.t()))
                                : (expected instanceof Ty.EInst e)
                                        ? (instance(((Ty.EInst) actual).i(), e.i()))
                                        : (expected instanceof Ty.EComp e)
                                                ? (component(((Ty.EComp) actual).c(), e.c()))
                                                : (expected instanceof Ty.EModule e)
                                                        ? (module(((Ty.EModule) actual).m(), e.m()))
                                                        : Sw.unreachable());
    }

    String val(Ty.V a, Ty.V e) {
        // bind resources first so that the structural comparison can substitute
        prebind(a, e);
        return Ty.mismatchV(a, e, bind.isEmpty() ? null : new ResolvingMap());
    }

    private void prebind(Ty.V a, Ty.V e) {
        if (a instanceof Ty.D da && e instanceof Ty.D de && da.kind == de.kind) {
            if (da.res != null && de.res != null) {
                sameResource(da.res.res, de.res.res);
            }
            if (da.kids.size() == de.kids.size()) {
                for (int i = 0; i < da.kids.size(); i++) {
                    Ty.V ka = da.kids.get(i);
                    Ty.V ke = de.kids.get(i);
                    if (ka != null && ke != null) {
                        prebind(ka, ke);
                    }
                }
            }
        }
    }

    /** A map view that resolves chains of bindings. */
    private final class ResolvingMap extends java.util.AbstractMap<Ty.Res, Ty.Res> {
        @Override
        public Ty.Res getOrDefault(Object key, Ty.Res def) {
            return key instanceof Ty.Res r ? resolve(r) : def;
        }

        @Override
        public Ty.Res get(Object key) {
            return key instanceof Ty.Res r ? resolve(r) : null;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Set<Entry<Ty.Res, Ty.Res>> entrySet() {
            return bind.entrySet();
        }
    }

    String func(Ty.F a, Ty.F e) {
        if (a.async() != e.async()) {
            return e.async()
                    ? "expected async function, found sync function"
                    : "expected sync function, found async function";
        }
        if (a.params().size() != e.params().size()) {
            return "expected " + e.params().size() + " parameters, found " + a.params().size();
        }
        for (int i = 0; i < a.params().size(); i++) {
            if (!a.names().get(i).equals(e.names().get(i))) {
                return "expected parameter named `"
                        + e.names().get(i)
                        + "`, found `"
                        + a.names().get(i)
                        + "`";
            }
            String m = val(a.params().get(i), e.params().get(i));
            if (m != null) {
                return "type mismatch in function parameter `" + a.names().get(i) + "`: " + m;
            }
        }
        if (a.result() == null && e.result() == null) {
            return null;
        }
        if (a.result() == null || e.result() == null) {
            return a.result() != null
                    ? "type mismatch with result type: expected a result, found none"
                    : "type mismatch with result type: expected no result, found one";
        }
        String m = val(a.result(), e.result());
        return m == null ? null : "type mismatch with result type: " + m;
    }

    String type(Ty.TD a, Ty.TD e) {
        if (e instanceof Ty.RA re) {
            if (!(a instanceof Ty.RA ra)) {
                return "expected resource, found " + tdDesc(a);
            }
            return sameResource(ra.res, re.res) ? null : "resource types are not the same";
        }
        if (a instanceof Ty.RA) {
            return "expected " + tdDesc(e) + ", found resource";
        }
        if (e instanceof Ty.V ve) {
            if (!(a instanceof Ty.V va)) {
                return "expected defined type, found " + tdDesc(a);
            }
            if (ve instanceof Ty.P && va instanceof Ty.D da) {
                return "expected primitive, found " + da.kind.text;
            }
            return val(va, ve);
        }
        if (e instanceof Ty.F fe) {
            return a instanceof Ty.F fa ? func(fa, fe) : "expected func type, found " + tdDesc(a);
        }
        if (e instanceof Ty.InstT ie) {
            return a instanceof Ty.InstT ia
                    ? instance(ia, ie)
                    : "expected instance type, found " + tdDesc(a);
        }
        Ty.CompT ce = (Ty.CompT) e;
        return a instanceof Ty.CompT ca
                ? component(ca, ce)
                : "expected component type, found " + tdDesc(a);
    }

    static String tdDesc(Ty.TD t) {
        return ((t instanceof Ty.V v)
                ? ("defined type")
                : (t instanceof Ty.RA r)
                        ? ("resource")
                        : (t instanceof Ty.F f)
                                ? ("func type")
                                : (t instanceof Ty.InstT i)
                                        ? ("instance type")
                                        : (t instanceof Ty.CompT c)
                                                ? ("component type")
                                                : Sw.unreachable());
    }

    String instance(Ty.InstT a, Ty.InstT e) {
        bindable.addAll(e.defined);
        for (Map.Entry<String, Ty.E> x : e.exports.entrySet()) {
            Ty.E ax = a.exports.get(x.getKey());
            if (ax == null) {
                return "missing expected export `" + x.getKey() + "`";
            }
            String m = entity(ax, x.getValue());
            if (m != null) {
                return "type mismatch in instance export `" + x.getKey() + "`: " + m;
            }
        }
        return null;
    }

    String component(Ty.CompT a, Ty.CompT e) {
        bindable.addAll(a.imported);
        bindable.addAll(e.defined);
        for (Map.Entry<String, Ty.E> x : a.imports.entrySet()) {
            Ty.E ex = e.imports.get(x.getKey());
            if (ex == null) {
                return "missing expected import `" + x.getKey() + "`";
            }
            String m = entity(ex, x.getValue());
            if (m != null) {
                return "type mismatch in import `" + x.getKey() + "`: " + m;
            }
        }
        for (Map.Entry<String, Ty.E> x : e.exports.entrySet()) {
            Ty.E ax = a.exports.get(x.getKey());
            if (ax == null) {
                return "missing expected export `" + x.getKey() + "`";
            }
            String m = entity(ax, x.getValue());
            if (m != null) {
                return "type mismatch in export `" + x.getKey() + "`: " + m;
            }
        }
        return null;
    }

    static String module(ModuleType a, ModuleType e) {
        for (ModuleType.Import i : a.imports()) {
            CoreExtern ei = e.findImport(i.module(), i.name());
            if (ei == null) {
                return "missing expected import `" + i.module() + "::" + i.name() + "`";
            }
            String m = CoreModules.mismatch(ei, i.type());
            if (m != null) {
                return "type mismatch in import `" + i.module() + "::" + i.name() + "`: " + m;
            }
        }
        for (Map.Entry<String, CoreExtern> x : e.exports().entrySet()) {
            CoreExtern ax = a.exports().get(x.getKey());
            if (ax == null) {
                return "missing expected export `" + x.getKey() + "`";
            }
            String m = CoreModules.mismatch(ax, x.getValue());
            if (m != null) {
                return "type mismatch in export `" + x.getKey() + "`: " + m;
            }
        }
        return null;
    }
}
