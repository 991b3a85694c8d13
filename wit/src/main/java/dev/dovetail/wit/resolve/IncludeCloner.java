package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.WorldItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the items of an included world into the including one: types owned by the included world
 * (and the anonymous types over them, and inline interfaces) become the including world's own.
 */
final class IncludeCloner {
    private final ResolveBuilder builder;
    private final TypeOwner from;
    private final TypeOwner to;
    private final int packageIndex;
    private final Map<Integer, Integer> types;

    IncludeCloner(ResolveBuilder builder, TypeOwner from, TypeOwner to, int packageIndex) {
        this(builder, from, to, packageIndex, new HashMap<>());
    }

    private IncludeCloner(
            ResolveBuilder builder,
            TypeOwner from,
            TypeOwner to,
            int packageIndex,
            Map<Integer, Integer> types) {
        this.builder = builder;
        this.from = from;
        this.to = to;
        this.packageIndex = packageIndex;
        this.types = types;
    }

    WorldItem item(WorldItem item, String newName) {
        if (item instanceof WorldItem.TypeItem typeItem) {
            int index = typeId(typeItem.index());
            TypeDef def = builder.types.get(index);
            builder.types.set(
                    index,
                    new TypeDef(newName, def.kind(), def.owner(), def.docs(), def.stability()));
            return new WorldItem.TypeItem(index);
        }
        if (item instanceof WorldItem.FunctionItem function) {
            Function cloned = function(function.function());
            return new WorldItem.FunctionItem(
                    new Function(
                            newName,
                            cloned.kind(),
                            cloned.resource(),
                            cloned.params(),
                            cloned.result(),
                            cloned.docs(),
                            cloned.stability()));
        }
        WorldItem.InterfaceItem iface = (WorldItem.InterfaceItem) item;
        if (builder.interfaces.get(iface.index()).name() != null) {
            return item;
        }
        return new WorldItem.InterfaceItem(
                anonymousInterface(iface.index()), iface.stability(), iface.docs());
    }

    private int anonymousInterface(int index) {
        Interface old = builder.interfaces.get(index);
        int next = builder.interfaces.size();
        builder.interfaces.add(null);
        IncludeCloner inner =
                new IncludeCloner(
                        builder,
                        new TypeOwner.OfInterface(index),
                        new TypeOwner.OfInterface(next),
                        packageIndex,
                        types);
        Map<String, Integer> newTypes = new LinkedHashMap<>();
        old.types().forEach((name, type) -> newTypes.put(name, inner.typeId(type)));
        Map<String, Function> functions = new LinkedHashMap<>();
        old.functions().forEach((name, function) -> functions.put(name, inner.function(function)));
        builder.interfaces.set(
                next,
                new Interface(
                        null, newTypes, functions, old.docs(), old.stability(), packageIndex));
        return next;
    }

    private int typeId(int index) {
        Integer known = types.get(index);
        if (known != null) {
            return known;
        }
        TypeDef def = builder.types.get(index);
        int next = builder.addType(def);
        types.put(index, next);
        TypeOwner owner = def.owner() instanceof TypeOwner.None ? def.owner() : to;
        builder.types.set(
                next,
                new TypeDef(def.name(), kind(def.kind()), owner, def.docs(), def.stability()));
        return next;
    }

    private TypeDefKind kind(TypeDefKind kind) {
        if (kind instanceof TypeDefKind.AliasType alias) {
            if (alias.target() instanceof TypeRef ref) {
                if (builder.types.get(ref.index()).owner().equals(from)) {
                    return new TypeDefKind.AliasType(new TypeRef(typeId(ref.index())));
                }
                Integer mapped = types.get(ref.index());
                return mapped == null ? kind : new TypeDefKind.AliasType(new TypeRef(mapped));
            }
            return kind;
        }
        if (kind instanceof TypeDefKind.HandleType handle) {
            return new TypeDefKind.HandleType(handle.own(), typeId(handle.resource()));
        }
        if (kind instanceof TypeDefKind.RecordType record) {
            List<TypeDefKind.Field> fields = new ArrayList<>();
            record.fields()
                    .forEach(
                            (f) ->
                                    fields.add(
                                            new TypeDefKind.Field(
                                                    f.name(), type(f.type()), f.docs())));
            return new TypeDefKind.RecordType(fields);
        }
        if (kind instanceof TypeDefKind.VariantType variant) {
            List<TypeDefKind.Case> cases = new ArrayList<>();
            variant.cases()
                    .forEach(
                            (c) ->
                                    cases.add(
                                            new TypeDefKind.Case(
                                                    c.name(), type(c.type()), c.docs())));
            return new TypeDefKind.VariantType(cases);
        }
        if (kind instanceof TypeDefKind.TupleType tuple) {
            List<Type> members = new ArrayList<>();
            tuple.types().forEach((t) -> members.add(type(t)));
            return new TypeDefKind.TupleType(members);
        }
        if (kind instanceof TypeDefKind.OptionType option) {
            return new TypeDefKind.OptionType(type(option.type()));
        }
        if (kind instanceof TypeDefKind.ResultType result) {
            return new TypeDefKind.ResultType(type(result.ok()), type(result.error()));
        }
        if (kind instanceof TypeDefKind.ListType list) {
            return new TypeDefKind.ListType(type(list.element()));
        }
        if (kind instanceof TypeDefKind.FixedListType list) {
            return new TypeDefKind.FixedListType(type(list.element()), list.size());
        }
        if (kind instanceof TypeDefKind.MapType map) {
            return new TypeDefKind.MapType(type(map.key()), type(map.value()));
        }
        if (kind instanceof TypeDefKind.FutureType future) {
            return new TypeDefKind.FutureType(type(future.payload()));
        }
        if (kind instanceof TypeDefKind.StreamType stream) {
            return new TypeDefKind.StreamType(type(stream.payload()));
        }
        return kind;
    }

    private Type type(Type type) {
        return type instanceof TypeRef ref ? new TypeRef(typeId(ref.index())) : type;
    }

    private Function function(Function function) {
        List<Function.Param> params = new ArrayList<>();
        function.params().forEach((p) -> params.add(new Function.Param(p.name(), type(p.type()))));
        return new Function(
                function.name(),
                function.kind(),
                function.resource() < 0 ? -1 : typeId(function.resource()),
                params,
                type(function.result()),
                function.docs(),
                function.stability());
    }
}
