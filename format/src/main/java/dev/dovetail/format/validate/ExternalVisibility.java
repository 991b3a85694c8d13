package dev.dovetail.format.validate;

import java.util.Set;

/**
 * The external-visibility rule: every type an import or export mentions must itself have been
 * imported or exported (by name) before, so that bindings generators can name it.
 */
abstract class ExternalVisibility extends NameRules {
    ExternalVisibility(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    boolean named(String toplevel, EntityType referenced, EntityType created, boolean isImport) {
        if (created instanceof EntityType.Type et
                && et.t() instanceof ResourceAlias ra
                && toplevel != null) {
            NameContext cx = isImport ? importNames : exportNames;
            cx.resourceNames.put(ra, toplevel);
            if (ra.res.hint == null) {
                ra.res.hint = toplevel;
            }
            cx.allResourceNames.add(toplevel);
        }
        if (kind == ScopeKind.INSTANCE_TYPE) {
            return true;
        }
        Set<Object> set = isImport ? importedNamed : exportedNamed;
        return Dispatch.of(
                () -> {
                    if (created instanceof EntityType.Type et) {
                        TypeDef ref = ((EntityType.Type) referenced).t();
                        if (!allNamed(ref, set)) {
                            return false;
                        }
                        if (isImport) {
                            importedNamed.add(et.t());
                        }
                        exportedNamed.add(et.t());
                        return true;
                    } else if (created instanceof EntityType.Instance ei) {
                        boolean ok = true;
                        for (EntityType e : ei.i().exports.values()) {
                            ok &= named(null, e, e, isImport);
                        }
                        return ok;
                    } else if (created instanceof EntityType.Func f) {
                        return funcNamed(f.f(), set);
                    } else if (created instanceof EntityType.Value v) {
                        return valNamed(v.v(), set);
                    } else if (created instanceof EntityType.Component c) {
                        return true;
                    } else if (created instanceof EntityType.Module m) {
                        return true;
                    }
                    return Dispatch.unreachable();
                });
    }

    static boolean allNamed(TypeDef t, Set<Object> set) {
        return ((t instanceof ResourceAlias r)
                ? (true)
                : (t instanceof ComponentTypeDef c)
                        ? (true)
                        : (t instanceof PrimitiveType p)
                                ? (true)
                                : (t instanceof DefinedType d)
                                        ? (definedNamed(d, set))
                                        : (t instanceof FunctionType f)
                                                ? (funcNamed(f, set))
                                                : (t instanceof InstanceTypeDef i)
                                                        ? (i.exports.values().stream()
                                                                .allMatch(
                                                                        e ->
                                                                                ((e
                                                                                                instanceof
                                                                                                EntityType
                                                                                                                .Module
                                                                                                        m)
                                                                                        ? (true)
                                                                                        : (e
                                                                                                        instanceof
                                                                                                        EntityType
                                                                                                                        .Component
                                                                                                                c)
                                                                                                ? (true)
                                                                                                : (e
                                                                                                                instanceof
                                                                                                                EntityType
                                                                                                                                .Func
                                                                                                                        f)
                                                                                                        ? (funcNamed(
                                                                                                                f
                                                                                                                        .f(),
                                                                                                                set))
                                                                                                        : (e
                                                                                                                        instanceof
                                                                                                                        EntityType
                                                                                                                                        .Type
                                                                                                                                et)
                                                                                                                ? (allNamed(
                                                                                                                        et
                                                                                                                                .t(),
                                                                                                                        set))
                                                                                                                : (e
                                                                                                                                instanceof
                                                                                                                                EntityType
                                                                                                                                                .Value
                                                                                                                                        v)
                                                                                                                        ? (v
                                                                                                                                                .v()
                                                                                                                                        instanceof
                                                                                                                                        DefinedType
                                                                                                                                                d
                                                                                                                                ? definedNamed(
                                                                                                                                        d,
                                                                                                                                        set)
                                                                                                                                : true)
                                                                                                                        : (e
                                                                                                                                        instanceof
                                                                                                                                        EntityType
                                                                                                                                                        .Instance
                                                                                                                                                ii)
                                                                                                                                ? (allNamed(
                                                                                                                                        ii
                                                                                                                                                .i(),
                                                                                                                                        set))
                                                                                                                                : Dispatch
                                                                                                                                        .unreachable())))
                                                        : Dispatch.unreachable());
    }

    static boolean definedNamed(DefinedType d, Set<Object> set) {
        return switch (d.kind) {
            case FLAGS, ENUM -> true;
            case OWN, BORROW -> set.contains(d.res);
            default -> d.kids.stream().allMatch(k -> k == null || valNamed(k, set));
        };
    }

    static boolean valNamed(ValueType v, Set<Object> set) {
        if (v instanceof PrimitiveType) {
            return true;
        }
        DefinedType d = (DefinedType) v;
        return switch (d.kind) {
            case FLAGS, ENUM, RECORD, VARIANT -> set.contains(d);
            default -> definedNamed(d, set);
        };
    }

    static boolean funcNamed(FunctionType f, Set<Object> set) {
        return f.params().stream().allMatch(p -> valNamed(p, set))
                && (f.result() == null || valNamed(f.result(), set));
    }
}
