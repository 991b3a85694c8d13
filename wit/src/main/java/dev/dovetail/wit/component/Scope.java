package dev.dovetail.wit.component;

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
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of one interface or world being converted. A named type defined elsewhere is reached
 * through a local alias (printed as {@code use}), so that every name printed is in scope.
 */
final class Scope {
    private final Arenas arenas;
    private final TypeOwner owner;
    final Map<String, Integer> types = new LinkedHashMap<>();
    private final Map<Object, Integer> local = new HashMap<>();

    Scope(Arenas arenas, TypeOwner owner) {
        this.arenas = arenas;
        this.owner = owner;
    }

    /** A type or resource exported under a name; other items are ignored. */
    void declare(String name, ComponentItem item) {
        if (item instanceof ComponentItem.Resource resource) {
            define(name, resource.resource(), new TypeDefKind.ResourceType());
        } else if (item instanceof ComponentItem.Type type) {
            ValType value = type.type();
            if (isNominal(value)) {
                define(name, value, null);
            } else {
                int index = addNamed(name, kind(value));
                types.put(name, index);
            }
        }
    }

    private void define(String name, Object key, TypeDefKind kind) {
        Integer elsewhere = arenas.definitions.get(key);
        int index;
        if (elsewhere != null && !arenas.types.get(elsewhere).owner().equals(owner)) {
            index = addNamed(name, new TypeDefKind.AliasType(new TypeRef(elsewhere)));
        } else {
            index = addNamed(name, kind != null ? kind : kind((ValType) key));
            arenas.definitions.putIfAbsent(key, index);
        }
        types.put(name, index);
        local.put(key, index);
    }

    private int addNamed(String name, TypeDefKind kind) {
        return arenas.addType(new TypeDef(name, kind, owner, null, Stability.UNKNOWN));
    }

    private static boolean isNominal(ValType type) {
        return type instanceof RecordType
                || type instanceof VariantType
                || type instanceof EnumType
                || type instanceof FlagsType;
    }

    /** The index of a named type or resource in this scope, adding a local alias if needed. */
    private int named(Object key, String fallbackName) {
        Integer index = local.get(key);
        if (index != null) {
            return index;
        }
        Integer elsewhere = arenas.definitions.get(key);
        String name = elsewhere != null ? arenas.types.get(elsewhere).name() : fallbackName;
        while (types.containsKey(name)) {
            name = name + "-" + types.size();
        }
        if (key instanceof ResourceType) {
            define(name, key, new TypeDefKind.ResourceType());
        } else {
            define(name, key, null);
        }
        return local.get(key);
    }

    /** A value type where it is used. */
    Type use(ValType type) {
        if (type == null) {
            return null;
        }
        if (type instanceof PrimType primitive) {
            return Primitive.valueOf(primitive.name());
        }
        if (type instanceof OwnType own) {
            int resource = named(own.resource(), own.resource().name());
            return new TypeRef(
                    arenas.ownHandles.computeIfAbsent(
                            resource,
                            (key) -> anonymousIndex(new TypeDefKind.HandleType(true, key))));
        }
        if (isNominal(type)) {
            return new TypeRef(named(type, "type" + arenas.types.size()));
        }
        return new TypeRef(anonymousIndex(kind(type)));
    }

    private int anonymousIndex(TypeDefKind kind) {
        return arenas.anonymous.computeIfAbsent(
                kind,
                (key) ->
                        arenas.addType(
                                new TypeDef(null, key, TypeOwner.NONE, null, Stability.UNKNOWN)));
    }

    /** The structure of a value type as a definition. */
    private TypeDefKind kind(ValType type) {
        if (type instanceof PrimType || type instanceof OwnType) {
            return new TypeDefKind.AliasType(use(type));
        }
        if (type instanceof BorrowType borrow) {
            return new TypeDefKind.HandleType(
                    false, named(borrow.resource(), borrow.resource().name()));
        }
        if (type instanceof RecordType record) {
            List<TypeDefKind.Field> fields = new ArrayList<>();
            for (Field field : record.fields()) {
                fields.add(new TypeDefKind.Field(field.name(), use(field.type()), null));
            }
            return new TypeDefKind.RecordType(fields);
        }
        if (type instanceof VariantType variant) {
            List<TypeDefKind.Case> cases = new ArrayList<>();
            for (Case c : variant.cases()) {
                cases.add(new TypeDefKind.Case(c.name(), use(c.type()), null));
            }
            return new TypeDefKind.VariantType(cases);
        }
        if (type instanceof EnumType enumeration) {
            return new TypeDefKind.EnumType(cases(enumeration.labels()));
        }
        if (type instanceof FlagsType flags) {
            return new TypeDefKind.FlagsType(cases(flags.labels()));
        }
        if (type instanceof ListType list) {
            return list.isFixed()
                    ? new TypeDefKind.FixedListType(use(list.element()), list.length())
                    : new TypeDefKind.ListType(use(list.element()));
        }
        if (type instanceof TupleType tuple) {
            List<Type> members = new ArrayList<>();
            tuple.types().forEach((t) -> members.add(use(t)));
            return new TypeDefKind.TupleType(members);
        }
        if (type instanceof OptionType option) {
            return new TypeDefKind.OptionType(use(option.type()));
        }
        if (type instanceof ResultType result) {
            return new TypeDefKind.ResultType(use(result.ok()), use(result.err()));
        }
        if (type instanceof MapType map) {
            return new TypeDefKind.MapType(use(map.key()), use(map.value()));
        }
        if (type instanceof FutureType future) {
            return new TypeDefKind.FutureType(use(future.payload()));
        }
        return new TypeDefKind.StreamType(use(((StreamType) type).element()));
    }

    private static List<TypeDefKind.NamedCase> cases(List<String> labels) {
        List<TypeDefKind.NamedCase> cases = new ArrayList<>();
        labels.forEach((label) -> cases.add(new TypeDefKind.NamedCase(label, null)));
        return cases;
    }

    /** A function, its kind and resource read from its name ({@code [method]r.m} …). */
    Function function(String name, FuncType type) {
        Function.Kind kind =
                type.async() ? Function.Kind.ASYNC_FREESTANDING : Function.Kind.FREESTANDING;
        int resource = -1;
        String resourceName = null;
        if (name.startsWith("[constructor]")) {
            kind = Function.Kind.CONSTRUCTOR;
            resourceName = name.substring("[constructor]".length());
        } else if (name.startsWith("[method]") || name.startsWith("[static]")) {
            boolean method = name.startsWith("[method]");
            String rest = name.substring(8);
            int dot = rest.indexOf('.');
            resourceName = dot < 0 ? rest : rest.substring(0, dot);
            kind =
                    method
                            ? (type.async() ? Function.Kind.ASYNC_METHOD : Function.Kind.METHOD)
                            : (type.async() ? Function.Kind.ASYNC_STATIC : Function.Kind.STATIC);
        }
        if (resourceName != null) {
            Integer index = types.get(resourceName);
            if (index == null) {
                kind = type.async() ? Function.Kind.ASYNC_FREESTANDING : Function.Kind.FREESTANDING;
            } else {
                resource = index;
            }
        }
        List<Function.Param> params = new ArrayList<>();
        for (FuncType.Param param : type.params()) {
            params.add(new Function.Param(param.name(), use(param.type())));
        }
        return new Function(
                name, kind, resource, params, use(type.result()), null, Stability.UNKNOWN);
    }
}
