package dev.dovetail.format.validate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rewrites resources per {@code map}, keeping identities where nothing changes. */
final class ResourceSubstitution {
    final Map<Resource, Resource> map;
    private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();

    ResourceSubstitution(Map<Resource, Resource> map) {
        this.map = map;
    }

    /**
     * Also replaces the types in {@code types} (imported types supplied by arguments: defined types
     * and resource names).
     */
    ResourceSubstitution(Map<Resource, Resource> map, Map<TypeDef, TypeDef> types) {
        this.map = map;
        memo.putAll(types);
    }

    Resource res(Resource r) {
        return map.getOrDefault(r, r);
    }

    ResourceAlias ra(ResourceAlias a) {
        Resource r = res(a.res);
        if (r == a.res) {
            return a;
        }
        return (ResourceAlias) memo.computeIfAbsent(a, k -> new ResourceAlias(r));
    }

    ValueType v(ValueType v) {
        if (v == null || v instanceof PrimitiveType) {
            return v;
        }
        DefinedType d = (DefinedType) v;
        Object m = memo.get(d);
        if (m != null) {
            return (ValueType) m;
        }
        ResourceAlias res = d.res == null ? null : ra(d.res);
        boolean changed = res != d.res;
        List<ValueType> kids = new ArrayList<>();
        for (ValueType k : d.kids) {
            ValueType nk = v(k);
            changed |= nk != k;
            kids.add(nk);
        }
        DefinedType out = changed ? new DefinedType(d.kind, d.labels, kids, d.length, res) : d;
        memo.put(d, out);
        return out;
    }

    FunctionType f(FunctionType f) {
        List<ValueType> ps = new ArrayList<>();
        boolean changed = false;
        for (ValueType p : f.params()) {
            ValueType np = v(p);
            changed |= np != p;
            ps.add(np);
        }
        ValueType r = v(f.result());
        changed |= r != f.result();
        return changed ? new FunctionType(f.async(), f.names(), ps, r) : f;
    }

    TypeDef td(TypeDef t) {
        return ((t instanceof ValueType v)
                ? (v(v))
                : (t instanceof ResourceAlias r)
                        ? (ra(r))
                        : (t instanceof FunctionType f)
                                ? (f(f))
                                : (t instanceof InstanceTypeDef i)
                                        ? (inst(i))
                                        : (t instanceof ComponentTypeDef c)
                                                ? (comp(c))
                                                : Dispatch.unreachable());
    }

    InstanceTypeDef inst(InstanceTypeDef i) {
        Object m = memo.get(i);
        if (m != null) {
            return (InstanceTypeDef) m;
        }
        LinkedHashMap<String, EntityType> ex = new LinkedHashMap<>();
        i.exports.forEach((n, e) -> ex.put(n, e(e)));
        List<Resource> def = i.defined.stream().map(this::res).toList();
        InstanceTypeDef out = new InstanceTypeDef(ex, def);
        memo.put(i, out);
        return out;
    }

    ComponentTypeDef comp(ComponentTypeDef c) {
        Object m = memo.get(c);
        if (m != null) {
            return (ComponentTypeDef) m;
        }
        LinkedHashMap<String, EntityType> im = new LinkedHashMap<>();
        c.imports.forEach((n, e) -> im.put(n, e(e)));
        LinkedHashMap<String, EntityType> ex = new LinkedHashMap<>();
        c.exports.forEach((n, e) -> ex.put(n, e(e)));
        ComponentTypeDef out =
                new ComponentTypeDef(
                        im,
                        ex,
                        c.imported.stream().map(this::res).toList(),
                        c.defined.stream().map(this::res).toList());
        memo.put(c, out);
        return out;
    }

    EntityType e(EntityType e) {
        return ((e instanceof EntityType.Func f)
                ? (new EntityType.Func(f(f.f())))
                : (e instanceof EntityType.Type t)
                        ? (new EntityType.Type(td(t.t())))
                        : (e instanceof EntityType.Value v)
                                ? (new EntityType.Value(v(v.v())))
                                : (e instanceof EntityType.Instance i)
                                        ? (new EntityType.Instance(inst(i.i())))
                                        : (e instanceof EntityType.Component c)
                                                ? (new EntityType.Component(comp(c.c())))
                                                : (e instanceof EntityType.Module m)
                                                        ? (m)
                                                        : Dispatch.unreachable());
    }

    /** Fresh copies of {@code resources} (each becomes a new abstract resource). */
    static Map<Resource, Resource> freshen(List<Resource> resources, Object owner) {
        Map<Resource, Resource> m = new IdentityHashMap<>();
        for (Resource r : resources) {
            m.put(r, new Resource(r.hint, owner, r.rep));
        }
        return m;
    }
}
