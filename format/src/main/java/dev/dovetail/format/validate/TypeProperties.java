package dev.dovetail.format.validate;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.IdentityHashMap;

/** Questions about a type's shape that validation rules ask. */
final class TypeProperties {
    private TypeProperties() {}

    static boolean containsBorrow(ValueType v) {
        if (v instanceof DefinedType d) {
            if (d.kind == Kind.BORROW) {
                return true;
            }
            if (d.kind == Kind.STREAM || d.kind == Kind.FUTURE) {
                return false;
            }
            for (ValueType k : d.kids) {
                if (k != null && containsBorrow(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether lowering/lifting {@code v} involves pointers into linear memory. */
    static boolean containsPointer(ValueType v) {
        if (v instanceof PrimitiveType p) {
            return p.prim() == PrimType.STRING;
        }
        DefinedType d = (DefinedType) v;
        return switch (d.kind) {
            case LIST, MAP -> true;
            case STREAM, FUTURE, OWN, BORROW, FLAGS, ENUM -> false;
            default -> d.kids.stream().anyMatch(k -> k != null && containsPointer(k));
        };
    }

    static boolean mentionsResource(TypeDef t, IdentityHashMap<Object, Boolean> seen) {
        if (seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        return ((t instanceof PrimitiveType p)
                ? (false)
                : (t instanceof DefinedType d)
                        ? (d.res != null
                                || d.kids.stream()
                                        .anyMatch(k -> k != null && mentionsResource(k, seen)))
                        : (t instanceof ResourceAlias r)
                                ? (true)
                                : (t instanceof FunctionType f)
                                        ? (f.params().stream()
                                                        .anyMatch(p -> mentionsResource(p, seen))
                                                || (f.result() != null
                                                        && mentionsResource(f.result(), seen)))
                                        : (t instanceof InstanceTypeDef i)
                                                ? (i.exports.values().stream()
                                                        .anyMatch(e -> mentionsResource(e, seen)))
                                                : (t instanceof ComponentTypeDef c)
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
                                                        : Dispatch.unreachable());
    }

    static boolean mentionsResource(EntityType e, IdentityHashMap<Object, Boolean> seen) {
        return ((e instanceof EntityType.Func f)
                ? (mentionsResource(f.f(), seen))
                : (e instanceof EntityType.Type t)
                        ? (mentionsResource(t.t(), seen))
                        : (e instanceof EntityType.Value v)
                                ? (mentionsResource(v.v(), seen))
                                : (e instanceof EntityType.Instance i)
                                        ? (mentionsResource(i.i(), seen))
                                        : (e instanceof EntityType.Component c)
                                                ? (mentionsResource(c.c(), seen))
                                                : (e instanceof EntityType.Module m)
                                                        ? (false)
                                                        : Dispatch.unreachable());
    }
}
