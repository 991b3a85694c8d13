package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one interface or world while it is resolved: its {@code use}d and declared types
 * (declared in any order, resolved in dependency order) and its functions.
 */
final class TypeScope {
    /** A name whose type was left out by a feature gate. */
    static final int GATED = -1;

    private final ResolveBuilder builder;
    private final Map<TypeDefKind, Integer> anonymous;
    private final PackageName packageName;
    final TypeOwner owner;
    final Map<String, Integer> types = new LinkedHashMap<>();
    private final Set<String> functionNames = new HashSet<>();

    TypeScope(
            ResolveBuilder builder,
            Map<TypeDefKind, Integer> anonymous,
            PackageName packageName,
            TypeOwner owner) {
        this.builder = builder;
        this.anonymous = anonymous;
        this.packageName = packageName;
        this.owner = owner;
    }

    boolean enabled(Stability stability, Span span) {
        return Attributes.enabled(stability, packageName, builder.features, span);
    }

    private void define(Ast.Id name, int index) {
        if (types.containsKey(name.name()) || functionNames.contains(name.name())) {
            throw name.span().error("name `" + name.name() + "` is defined more than once");
        }
        types.put(name.name(), index);
    }

    void defineFunction(Ast.Id name) {
        if (types.containsKey(name.name()) || !functionNames.add(name.name())) {
            throw name.span().error("name `" + name.name() + "` is defined more than once");
        }
    }

    /** {@code use iface.{a, b as c}}: each name becomes an alias owned by this scope. */
    void use(Ast.UseDecl use, int from) {
        Stability stability = Attributes.stability(use.attributes());
        boolean enabled = from != GATED && enabled(stability, use.path().name().span());
        for (Ast.UseName name : use.names()) {
            Ast.Id local = name.alias() != null ? name.alias() : name.name();
            if (!enabled) {
                define(local, GATED);
                continue;
            }
            Interface source = builder.interfaces.get(from);
            Integer target = source.types().get(name.name().name());
            if (target == null) {
                if (source.packageIndex() != builder.packages.size() - 1) {
                    throw name.name()
                            .span()
                            .error("type `" + name.name().name() + "` not defined in interface");
                }
                if (source.functions().containsKey(name.name().name())) {
                    throw name.name()
                            .span()
                            .error("cannot import function `" + name.name().name() + "`");
                }
                throw name.name().span().error("name `" + name.name().name() + "` does not exist");
            }
            int alias =
                    builder.addType(
                            new TypeDef(
                                    local.name(),
                                    new TypeDefKind.AliasType(new TypeRef(target)),
                                    owner,
                                    null,
                                    stability));
            define(local, alias);
        }
    }

    /** Resolves type declarations in dependency order, rejecting cycles. */
    void declare(List<Ast.TypeDecl> declarations) {
        Map<String, List<Ast.Id>> dependencies = new LinkedHashMap<>();
        types.keySet().forEach((name) -> dependencies.put(name, List.of()));
        Map<String, Ast.TypeDecl> byName = new LinkedHashMap<>();
        for (Ast.TypeDecl declaration : declarations) {
            String name = declaration.name().name();
            if (byName.put(name, declaration) != null || types.containsKey(name)) {
                throw declaration
                        .name()
                        .span()
                        .error("name `" + name + "` is defined more than once");
            }
            List<Ast.Id> names = new ArrayList<>();
            collectNames(declaration.type(), names);
            dependencies.put(name, names);
        }
        for (String name : Toposort.sort("type", dependencies)) {
            Ast.TypeDecl declaration = byName.get(name);
            if (declaration != null) {
                resolve(declaration);
            }
        }
    }

    private void resolve(Ast.TypeDecl declaration) {
        String name = declaration.name().name();
        Stability stability = Attributes.stability(declaration.attributes());
        if (!enabled(stability, declaration.name().span())) {
            if (declaration.type() instanceof Ast.ResourceExpr resource) {
                for (Ast.ResourceFunc function : resource.functions()) {
                    PackageResolver.requireGate(
                            function.function().attributes(), function.function().name(), "type");
                }
            }
            define(declaration.name(), GATED);
            return;
        }
        TypeDefKind kind = kind(declaration.type());
        int index =
                builder.addType(
                        new TypeDef(
                                name, kind, owner, Attributes.docs(declaration.docs()), stability));
        define(declaration.name(), index);
    }

    private static void collectNames(Ast.TypeExpr type, List<Ast.Id> names) {
        if (type == null) {
            return;
        }
        if (type instanceof Ast.NamedExpr named) {
            names.add(named.name());
        } else if (type instanceof Ast.HandleExpr handle) {
            names.add(handle.resource());
        } else if (type instanceof Ast.ListExpr list) {
            collectNames(list.element(), names);
        } else if (type instanceof Ast.MapExpr map) {
            collectNames(map.key(), names);
            collectNames(map.value(), names);
        } else if (type instanceof Ast.TupleExpr tuple) {
            tuple.types().forEach((t) -> collectNames(t, names));
        } else if (type instanceof Ast.OptionExpr option) {
            collectNames(option.type(), names);
        } else if (type instanceof Ast.ResultExpr result) {
            collectNames(result.ok(), names);
            collectNames(result.error(), names);
        } else if (type instanceof Ast.FutureExpr future) {
            collectNames(future.payload(), names);
        } else if (type instanceof Ast.StreamExpr stream) {
            collectNames(stream.payload(), names);
        } else if (type instanceof Ast.RecordExpr record) {
            record.fields().forEach((field) -> collectNames(field.type(), names));
        } else if (type instanceof Ast.VariantExpr variant) {
            variant.cases().forEach((c) -> collectNames(c.type(), names));
        }
    }

    /** The index a name refers to, failing for unknown and gated names. */
    int lookup(Ast.Id name) {
        Integer index = types.get(name.name());
        if (index == null) {
            if (functionNames.contains(name.name())) {
                throw name.span().error("cannot use function `" + name.name() + "` as a type");
            }
            throw name.span().error("name `" + name.name() + "` does not exist");
        }
        if (index == GATED) {
            throw name.span()
                    .error(
                            "found a reference to a type which is excluded due to its feature not"
                                    + " being activated");
        }
        return index;
    }

    /** What a type expression defines, as the right-hand side of a declaration. */
    TypeDefKind kind(Ast.TypeExpr type) {
        if (type instanceof Ast.PrimitiveExpr primitive) {
            return new TypeDefKind.AliasType(primitive.primitive());
        }
        if (type instanceof Ast.NamedExpr named) {
            return new TypeDefKind.AliasType(new TypeRef(lookup(named.name())));
        }
        if (type instanceof Ast.ListExpr list) {
            Type element = use(list.element());
            return list.size() == null
                    ? new TypeDefKind.ListType(element)
                    : new TypeDefKind.FixedListType(element, list.size());
        }
        if (type instanceof Ast.MapExpr map) {
            Type key = use(map.key());
            if (!(key instanceof Primitive primitive)
                    || primitive == Primitive.F32
                    || primitive == Primitive.F64
                    || primitive == Primitive.ERROR_CONTEXT) {
                throw map.span()
                        .error(
                                "invalid map key type: map keys must be bool, u8, u16, u32, u64,"
                                        + " s8, s16, s32, s64, char, or string");
            }
            return new TypeDefKind.MapType(key, use(map.value()));
        }
        if (type instanceof Ast.HandleExpr handle) {
            int resource = lookup(handle.resource());
            if (!builder.isResource(resource)) {
                throw handle.span()
                        .error(
                                "type `"
                                        + handle.resource().name()
                                        + "` used in a handle must be a resource");
            }
            return new TypeDefKind.HandleType(handle.own(), resource);
        }
        if (type instanceof Ast.ResourceExpr resource) {
            Set<String> names = new HashSet<>();
            int constructors = 0;
            for (Ast.ResourceFunc function : resource.functions()) {
                Ast.Id name = function.function().name();
                if (function.kind() == Ast.ResourceFuncKind.CONSTRUCTOR) {
                    if (++constructors > 1) {
                        throw name.span().error("duplicate constructors");
                    }
                } else if (!names.add(name.name())) {
                    throw name.span().error("duplicate function name `" + name.name() + "`");
                }
            }
            return new TypeDefKind.ResourceType();
        }
        if (type instanceof Ast.RecordExpr record) {
            List<TypeDefKind.Field> fields = new ArrayList<>();
            for (Ast.FieldDecl field : record.fields()) {
                fields.add(
                        new TypeDefKind.Field(
                                field.name().name(),
                                use(field.type()),
                                Attributes.docs(field.docs())));
            }
            return new TypeDefKind.RecordType(fields);
        }
        if (type instanceof Ast.FlagsExpr flags) {
            List<TypeDefKind.NamedCase> cases = new ArrayList<>();
            flags.flags()
                    .forEach(
                            (flag) ->
                                    cases.add(
                                            new TypeDefKind.NamedCase(
                                                    flag.name().name(),
                                                    Attributes.docs(flag.docs()))));
            return new TypeDefKind.FlagsType(cases);
        }
        if (type instanceof Ast.EnumExpr enumeration) {
            if (enumeration.cases().isEmpty()) {
                throw enumeration.span().error("empty enum");
            }
            List<TypeDefKind.NamedCase> cases = new ArrayList<>();
            enumeration
                    .cases()
                    .forEach(
                            (c) ->
                                    cases.add(
                                            new TypeDefKind.NamedCase(
                                                    c.name().name(), Attributes.docs(c.docs()))));
            return new TypeDefKind.EnumType(cases);
        }
        if (type instanceof Ast.VariantExpr variant) {
            if (variant.cases().isEmpty()) {
                throw variant.span().error("empty variant");
            }
            List<TypeDefKind.Case> cases = new ArrayList<>();
            for (Ast.CaseDecl c : variant.cases()) {
                cases.add(
                        new TypeDefKind.Case(
                                c.name().name(), optional(c.type()), Attributes.docs(c.docs())));
            }
            return new TypeDefKind.VariantType(cases);
        }
        if (type instanceof Ast.TupleExpr tuple) {
            List<Type> members = new ArrayList<>();
            tuple.types().forEach((t) -> members.add(use(t)));
            return new TypeDefKind.TupleType(members);
        }
        if (type instanceof Ast.OptionExpr option) {
            return new TypeDefKind.OptionType(use(option.type()));
        }
        if (type instanceof Ast.ResultExpr result) {
            return new TypeDefKind.ResultType(optional(result.ok()), optional(result.error()));
        }
        if (type instanceof Ast.FutureExpr future) {
            return new TypeDefKind.FutureType(optional(future.payload()));
        }
        Ast.StreamExpr stream = (Ast.StreamExpr) type;
        return new TypeDefKind.StreamType(optional(stream.payload()));
    }

    private Type optional(Ast.TypeExpr type) {
        return type == null ? null : use(type);
    }

    /**
     * A type in a use position (a field, parameter, element…): named types stay references, a
     * resource named here means {@code own<resource>}, and anonymous types are shared.
     */
    Type use(Ast.TypeExpr type) {
        TypeDefKind kind = kind(type);
        if (kind instanceof TypeDefKind.AliasType alias) {
            if (alias.target() instanceof TypeRef ref && builder.isResource(ref.index())) {
                return builder.ownHandle(ref.index());
            }
            return alias.target();
        }
        if (kind instanceof TypeDefKind.HandleType handle && handle.own()) {
            return builder.ownHandle(handle.resource());
        }
        Integer existing = anonymous.get(kind);
        if (existing == null) {
            existing =
                    builder.addType(
                            new TypeDef(null, kind, TypeOwner.NONE, null, Stability.UNKNOWN));
            anonymous.put(kind, existing);
        }
        return new TypeRef(existing);
    }

    /** A function of this scope; resource functions pass their resource's index, else -1. */
    Function function(Ast.FunctionDecl declaration, String name, Function.Kind kind, int resource) {
        List<Function.Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (kind.isMethod()) {
            params.add(new Function.Param("self", borrow(resource)));
            seen.add("self");
        }
        for (Ast.Param param : declaration.func().params()) {
            if (!seen.add(param.name().name())) {
                throw param.name()
                        .span()
                        .error("param `" + param.name().name() + "` is defined more than once");
            }
            params.add(new Function.Param(param.name().name(), use(param.type())));
        }
        Type result;
        Ast.TypeExpr declared = declaration.func().result();
        if (kind == Function.Kind.CONSTRUCTOR) {
            result = constructorResult(resource, declared);
        } else {
            result = declared == null ? null : use(declared);
        }
        Function function =
                new Function(
                        name,
                        kind,
                        resource,
                        params,
                        result,
                        Attributes.docs(declaration.docs()),
                        Attributes.stability(declaration.attributes()));
        builder.checkResult(function, declaration.name().span());
        return function;
    }

    private Type borrow(int resource) {
        TypeDefKind kind = new TypeDefKind.HandleType(false, resource);
        Integer existing = anonymous.get(kind);
        if (existing == null) {
            existing =
                    builder.addType(
                            new TypeDef(null, kind, TypeOwner.NONE, null, Stability.UNKNOWN));
            anonymous.put(kind, existing);
        }
        return new TypeRef(existing);
    }

    private Type constructorResult(int resource, Ast.TypeExpr declared) {
        if (declared == null) {
            return builder.ownHandle(resource);
        }
        if (!(declared instanceof Ast.ResultExpr result)) {
            throw declared.span()
                    .error("if a constructor return type is declared it must be a `result`");
        }
        Type resolved = use(declared);
        TypeDefKind.ResultType kind = (TypeDefKind.ResultType) builder.type(resolved).kind();
        Type own = builder.ownHandle(resource);
        if (!own.equals(kind.ok())) {
            Ast.TypeExpr at = result.ok() != null ? result.ok() : declared;
            throw at.span().error("the `ok` type must be the resource being constructed");
        }
        return resolved;
    }

    /** The resource functions of a resource declaration, named as components name them. */
    List<Function> resourceFunctions(Ast.TypeDecl declaration) {
        List<Function> functions = new ArrayList<>();
        Integer resource = types.get(declaration.name().name());
        if (resource == null || resource == GATED) {
            return functions;
        }
        String name = declaration.name().name();
        for (Ast.ResourceFunc function : ((Ast.ResourceExpr) declaration.type()).functions()) {
            Ast.FunctionDecl decl = function.function();
            boolean async = decl.func().async();
            String item = decl.name().name();
            if (!enabled(Attributes.stability(decl.attributes()), decl.name().span())) {
                continue;
            }
            functions.add(
                    switch (function.kind()) {
                        case CONSTRUCTOR ->
                                function(
                                        decl,
                                        "[constructor]" + name,
                                        Function.Kind.CONSTRUCTOR,
                                        resource);
                        case METHOD ->
                                function(
                                        decl,
                                        "[method]" + name + "." + item,
                                        async ? Function.Kind.ASYNC_METHOD : Function.Kind.METHOD,
                                        resource);
                        case STATIC ->
                                function(
                                        decl,
                                        "[static]" + name + "." + item,
                                        async ? Function.Kind.ASYNC_STATIC : Function.Kind.STATIC,
                                        resource);
                    });
        }
        return functions;
    }
}
