package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Package;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arenas of a {@link Resolve} while packages are added one after the other. Interfaces and
 * worlds get their index before their contents are known (types name their owner by index), so the
 * lists hold null until an item is complete.
 */
final class ResolveBuilder {
    final List<Package> packages = new ArrayList<>();
    final List<Interface> interfaces = new ArrayList<>();
    final List<World> worlds = new ArrayList<>();
    final List<TypeDef> types = new ArrayList<>();
    final Set<String> features;

    /** Package names by index, known before the package records are complete. */
    final Map<Integer, dev.dovetail.wit.model.PackageName> packageNames = new HashMap<>();

    private final Map<Integer, Integer> ownHandles = new HashMap<>();

    ResolveBuilder(Set<String> features) {
        this.features = Set.copyOf(features);
    }

    int addType(TypeDef type) {
        types.add(type);
        return types.size() - 1;
    }

    TypeDef type(Type type) {
        return type instanceof TypeRef ref ? types.get(ref.index()) : null;
    }

    /** The anonymous {@code own<t>} for a type that is (or aliases) a resource, one per type. */
    Type ownHandle(int resource) {
        return new TypeRef(
                ownHandles.computeIfAbsent(
                        resource,
                        (key) ->
                                addType(
                                        new TypeDef(
                                                null,
                                                new TypeDefKind.HandleType(true, key),
                                                TypeOwner.NONE,
                                                null,
                                                Stability.UNKNOWN))));
    }

    /** Whether a type index is, or aliases, a resource. */
    boolean isResource(int index) {
        for (int hops = 0; hops <= types.size(); hops++) {
            TypeDefKind kind = types.get(index).kind();
            if (kind instanceof TypeDefKind.ResourceType) {
                return true;
            }
            if (kind instanceof TypeDefKind.AliasType alias
                    && alias.target() instanceof TypeRef ref) {
                index = ref.index();
            } else {
                return false;
            }
        }
        return false;
    }

    /** Whether a type contains a {@code borrow}, which function results may not. */
    boolean hasBorrow(Type type) {
        return hasBorrow(type, new HashMap<>());
    }

    private boolean hasBorrow(Type type, Map<Integer, Boolean> seen) {
        if (!(type instanceof TypeRef ref)) {
            return false;
        }
        Boolean known = seen.get(ref.index());
        if (known != null) {
            return known;
        }
        seen.put(ref.index(), false);
        TypeDefKind kind = types.get(ref.index()).kind();
        boolean result =
                kind instanceof TypeDefKind.HandleType handle
                        ? !handle.own()
                        : children(kind).stream().anyMatch((child) -> hasBorrow(child, seen));
        seen.put(ref.index(), result);
        return result;
    }

    /** The types a definition refers to directly. */
    static List<Type> children(TypeDefKind kind) {
        List<Type> children = new ArrayList<>();
        if (kind instanceof TypeDefKind.AliasType alias) {
            children.add(alias.target());
        } else if (kind instanceof TypeDefKind.RecordType record) {
            record.fields().forEach((field) -> children.add(field.type()));
        } else if (kind instanceof TypeDefKind.TupleType tuple) {
            children.addAll(tuple.types());
        } else if (kind instanceof TypeDefKind.VariantType variant) {
            variant.cases().forEach((c) -> children.add(c.type()));
        } else if (kind instanceof TypeDefKind.OptionType option) {
            children.add(option.type());
        } else if (kind instanceof TypeDefKind.ResultType result) {
            children.add(result.ok());
            children.add(result.error());
        } else if (kind instanceof TypeDefKind.ListType list) {
            children.add(list.element());
        } else if (kind instanceof TypeDefKind.FixedListType list) {
            children.add(list.element());
        } else if (kind instanceof TypeDefKind.MapType map) {
            children.add(map.key());
            children.add(map.value());
        } else if (kind instanceof TypeDefKind.FutureType future) {
            children.add(future.payload());
        } else if (kind instanceof TypeDefKind.StreamType stream) {
            children.add(stream.payload());
        }
        children.removeIf((child) -> child == null);
        return children;
    }

    /** Functions whose result holds a borrow are rejected, as a component could not return it. */
    void checkResult(Function function, dev.dovetail.wit.syntax.Span span) {
        if (function.result() != null && hasBorrow(function.result())) {
            throw span.error(
                    "function `"
                            + function.name()
                            + "` returns a type which contains a `borrow<T>` which is not"
                            + " supported");
        }
    }

    Resolve build() {
        return new Resolve(packages, interfaces, worlds, types);
    }
}
