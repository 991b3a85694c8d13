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
    private final Map<Resource, Resource> bind;
    private final Set<Resource> bindable;

    Subtype(Map<Resource, Resource> bind, Set<Resource> bindable) {
        this.bind = bind;
        this.bindable = bindable;
    }

    private Resource resolve(Resource r) {
        Resource out = r;
        for (int i = 0; i < 64; i++) {
            Resource n = bind.get(out);
            if (n == null || n == out) {
                return out;
            }
            out = n;
        }
        return out;
    }

    private boolean sameResource(Resource actual, Resource expected) {
        Resource a = resolve(actual);
        Resource e = resolve(expected);
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
    String entity(EntityType actual, EntityType expected) {
        String ad = EntityType.describe(actual);
        String ed = EntityType.describe(expected);
        if (!ad.equals(ed)) {
            return "expected " + ed + ", found " + ad;
        }
        return ((expected instanceof EntityType.Func e)
                ? (func(((EntityType.Func) actual).f(), e.f()))
                : (expected instanceof EntityType.Value e)
                        ? (val(((EntityType.Value) actual).v(), e.v()))
                        : (expected instanceof EntityType.Type e)
                                ? (type(((EntityType.Type) actual).t(), e.t()))
                                : (expected instanceof EntityType.Instance e)
                                        ? (instance(((EntityType.Instance) actual).i(), e.i()))
                                        : (expected instanceof EntityType.Component e)
                                                ? (component(
                                                        ((EntityType.Component) actual).c(), e.c()))
                                                : (expected instanceof EntityType.Module e)
                                                        ? (module(
                                                                ((EntityType.Module) actual).m(),
                                                                e.m()))
                                                        : Dispatch.unreachable());
    }

    String val(ValueType a, ValueType e) {
        // bind resources first so that the structural comparison can substitute
        prebind(a, e);
        return TypeEquality.mismatch(a, e, bind.isEmpty() ? null : new ResolvingMap());
    }

    private void prebind(ValueType a, ValueType e) {
        if (a instanceof DefinedType da && e instanceof DefinedType de && da.kind == de.kind) {
            if (da.res != null && de.res != null) {
                sameResource(da.res.res, de.res.res);
            }
            if (da.kids.size() == de.kids.size()) {
                for (int i = 0; i < da.kids.size(); i++) {
                    ValueType ka = da.kids.get(i);
                    ValueType ke = de.kids.get(i);
                    if (ka != null && ke != null) {
                        prebind(ka, ke);
                    }
                }
            }
        }
    }

    /** A map view that resolves chains of bindings. */
    private final class ResolvingMap extends java.util.AbstractMap<Resource, Resource> {
        @Override
        public Resource getOrDefault(Object key, Resource def) {
            return key instanceof Resource r ? resolve(r) : def;
        }

        @Override
        public Resource get(Object key) {
            return key instanceof Resource r ? resolve(r) : null;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Set<Entry<Resource, Resource>> entrySet() {
            return bind.entrySet();
        }
    }

    String func(FunctionType a, FunctionType e) {
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

    String type(TypeDef a, TypeDef e) {
        if (e instanceof ResourceAlias re) {
            if (!(a instanceof ResourceAlias ra)) {
                return "expected resource, found " + tdDesc(a);
            }
            return sameResource(ra.res, re.res) ? null : "resource types are not the same";
        }
        if (a instanceof ResourceAlias) {
            return "expected " + tdDesc(e) + ", found resource";
        }
        if (e instanceof ValueType ve) {
            if (!(a instanceof ValueType va)) {
                return "expected defined type, found " + tdDesc(a);
            }
            if (ve instanceof PrimitiveType && va instanceof DefinedType da) {
                return "expected primitive, found " + da.kind.text;
            }
            return val(va, ve);
        }
        if (e instanceof FunctionType fe) {
            return a instanceof FunctionType fa
                    ? func(fa, fe)
                    : "expected func type, found " + tdDesc(a);
        }
        if (e instanceof InstanceTypeDef ie) {
            return a instanceof InstanceTypeDef ia
                    ? instance(ia, ie)
                    : "expected instance type, found " + tdDesc(a);
        }
        ComponentTypeDef ce = (ComponentTypeDef) e;
        return a instanceof ComponentTypeDef ca
                ? component(ca, ce)
                : "expected component type, found " + tdDesc(a);
    }

    static String tdDesc(TypeDef t) {
        return ((t instanceof ValueType v)
                ? ("defined type")
                : (t instanceof ResourceAlias r)
                        ? ("resource")
                        : (t instanceof FunctionType f)
                                ? ("func type")
                                : (t instanceof InstanceTypeDef i)
                                        ? ("instance type")
                                        : (t instanceof ComponentTypeDef c)
                                                ? ("component type")
                                                : Dispatch.unreachable());
    }

    String instance(InstanceTypeDef a, InstanceTypeDef e) {
        bindable.addAll(e.defined);
        for (Map.Entry<String, EntityType> x : e.exports.entrySet()) {
            EntityType ax = a.exports.get(x.getKey());
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

    String component(ComponentTypeDef a, ComponentTypeDef e) {
        bindable.addAll(a.imported);
        bindable.addAll(e.defined);
        for (Map.Entry<String, EntityType> x : a.imports.entrySet()) {
            EntityType ex = e.imports.get(x.getKey());
            if (ex == null) {
                return "missing expected import `" + x.getKey() + "`";
            }
            String m = entity(ex, x.getValue());
            if (m != null) {
                return "type mismatch in import `" + x.getKey() + "`: " + m;
            }
        }
        for (Map.Entry<String, EntityType> x : e.exports.entrySet()) {
            EntityType ax = a.exports.get(x.getKey());
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
