package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.World;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves a world: its types, imports and exports, then its includes, then elaborates it. */
final class WorldResolver {
    private final PackageResolver owner;
    private final ResolveBuilder builder;

    WorldResolver(PackageResolver owner) {
        this.owner = owner;
        this.builder = owner.builder();
    }

    int resolve(Ast.WorldDecl decl) {
        Stability stability = Attributes.stability(decl.attributes());
        if (!Attributes.enabled(stability, owner.name(), builder.features, decl.name().span())) {
            for (Ast.WorldMember member : decl.members()) {
                if (member instanceof Ast.TypeDecl type) {
                    PackageResolver.requireGate(type.attributes(), type.name(), "world");
                }
            }
            return TypeScope.GATED;
        }
        int index = builder.worlds.size();
        builder.worlds.add(null);
        TypeScope scope =
                new TypeScope(builder, owner.anonymous, owner.name(), new TypeOwner.OfWorld(index));
        List<Ast.TypeDecl> declarations = new ArrayList<>();
        List<Ast.IncludeDecl> includes = new ArrayList<>();
        for (Ast.WorldMember member : decl.members()) {
            if (member instanceof Ast.UseDecl use) {
                scope.use(use, owner.usedInterface(use));
            } else if (member instanceof Ast.TypeDecl declaration) {
                declarations.add(declaration);
            } else if (member instanceof Ast.IncludeDecl include) {
                includes.add(include);
            }
        }
        scope.declare(declarations);
        Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
        scope.types.forEach(
                (name, type) -> {
                    if (type != TypeScope.GATED) {
                        imports.put(new WorldKey.Name(name), new WorldItem.TypeItem(type));
                    }
                });
        Set<Integer> imported = new HashSet<>();
        Set<Integer> exported = new HashSet<>();
        for (Ast.WorldMember member : decl.members()) {
            if (member instanceof Ast.TypeDecl declaration
                    && declaration.type() instanceof Ast.ResourceExpr) {
                for (Function function : scope.resourceFunctions(declaration)) {
                    imports.put(
                            new WorldKey.Name(function.name()),
                            new WorldItem.FunctionItem(function));
                }
            } else if (member instanceof Ast.ImportDecl item) {
                add(
                        scope,
                        item.docs(),
                        item.attributes(),
                        item.extern(),
                        imports,
                        imported,
                        "import");
            } else if (member instanceof Ast.ExportDecl item) {
                add(
                        scope,
                        item.docs(),
                        item.attributes(),
                        item.extern(),
                        exports,
                        exported,
                        "export");
            }
        }
        for (Ast.IncludeDecl include : includes) {
            Stability gate = Attributes.stability(include.attributes());
            if (!scope.enabled(gate, include.path().name().span())) {
                continue;
            }
            int included = owner.worldPath(include.path());
            if (included == TypeScope.GATED) {
                throw PackageResolver.gatedReference(include.path().name().span(), "world");
            }
            include(index, included, include, imports, exports);
        }
        checkCaseInsensitive(decl.name(), imports, "import");
        checkCaseInsensitive(decl.name(), exports, "export");
        WorldElaborator elaborator = new WorldElaborator(builder);
        Map<WorldKey, WorldItem> elaboratedImports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> elaboratedExports = new LinkedHashMap<>();
        elaborator.elaborate(imports, exports, elaboratedImports, elaboratedExports, decl.name());
        builder.worlds.set(
                index,
                new World(
                        decl.name().name(),
                        elaboratedImports,
                        elaboratedExports,
                        Attributes.docs(decl.docs()),
                        stability,
                        owner.packageIndex));
        return index;
    }

    private void add(
            TypeScope scope,
            Ast.Docs docs,
            List<Ast.Attribute> attributes,
            Ast.Extern extern,
            Map<WorldKey, WorldItem> items,
            Set<Integer> interfaces,
            String direction) {
        Stability stability = Attributes.stability(attributes);
        if (!scope.enabled(stability, extern.span())) {
            return;
        }
        WorldKey key;
        WorldItem item;
        if (extern instanceof Ast.InlineInterface inline) {
            key = new WorldKey.Name(inline.name().name());
            int index = owner.anInterface(null, inline.members(), Attributes.docs(docs), stability);
            item = new WorldItem.InterfaceItem(index, stability, null);
        } else if (extern instanceof Ast.FunctionExtern function) {
            key = new WorldKey.Name(function.name().name());
            Ast.FunctionDecl declaration =
                    new Ast.FunctionDecl(docs, attributes, function.name(), function.func());
            Function resolved =
                    scope.function(
                            declaration,
                            function.name().name(),
                            function.func().async()
                                    ? Function.Kind.ASYNC_FREESTANDING
                                    : Function.Kind.FREESTANDING,
                            -1);
            item = new WorldItem.FunctionItem(resolved);
        } else {
            Ast.UsePath path =
                    extern instanceof Ast.PathExtern plain
                            ? plain.path()
                            : ((Ast.NamedPathExtern) extern).path();
            int index = owner.interfacePath(path);
            if (index == TypeScope.GATED) {
                throw PackageResolver.gatedReference(path.name().span(), "interface");
            }
            item = new WorldItem.InterfaceItem(index, stability, Attributes.docs(docs));
            if (extern instanceof Ast.PathExtern) {
                key = new WorldKey.OfInterface(index);
                if (!interfaces.add(index)) {
                    throw extern.span()
                            .error("interface cannot be " + direction + "ed more than once");
                }
            } else {
                key = new WorldKey.Name(((Ast.NamedPathExtern) extern).name().name());
            }
        }
        WorldItem previous = items.put(key, item);
        if (previous != null) {
            String kind =
                    previous instanceof WorldItem.InterfaceItem
                            ? "interface"
                            : previous instanceof WorldItem.FunctionItem ? "func" : "type";
            throw extern.span()
                    .error(
                            direction
                                    + " `"
                                    + ((WorldKey.Name) key).name()
                                    + "` conflicts with prior "
                                    + kind
                                    + " of same name");
        }
    }

    private void include(
            int into,
            int from,
            Ast.IncludeDecl include,
            Map<WorldKey, WorldItem> imports,
            Map<WorldKey, WorldItem> exports) {
        World source = builder.worlds.get(from);
        List<Ast.IncludeName> unmatched = new ArrayList<>(include.names());
        for (WorldKey key : source.imports().keySet()) {
            unmatched.removeIf(
                    (n) -> key instanceof WorldKey.Name name && rename(name.name(), n) != null);
        }
        for (WorldKey key : source.exports().keySet()) {
            unmatched.removeIf(
                    (n) -> key instanceof WorldKey.Name name && rename(name.name(), n) != null);
        }
        Span span = include.path().name().span();
        if (!unmatched.isEmpty()) {
            throw span.error(
                    "no import or export kebab-name `"
                            + unmatched.get(0).name().name()
                            + "`. Note that an ID does not support renaming");
        }
        IncludeCloner cloner =
                new IncludeCloner(
                        builder,
                        new TypeOwner.OfWorld(from),
                        new TypeOwner.OfWorld(into),
                        owner.packageIndex);
        boolean external = source.packageIndex() != owner.packageIndex;
        copy(source.imports(), imports, include, cloner, span, "import", external);
        copy(source.exports(), exports, include, cloner, span, "export", external);
    }

    private void copy(
            Map<WorldKey, WorldItem> source,
            Map<WorldKey, WorldItem> target,
            Ast.IncludeDecl include,
            IncludeCloner cloner,
            Span span,
            String direction,
            boolean external) {
        for (Map.Entry<WorldKey, WorldItem> entry : source.entrySet()) {
            if (entry.getKey() instanceof WorldKey.Name name) {
                String renamed = name.name();
                for (Ast.IncludeName n : include.names()) {
                    String candidate = rename(name.name(), n);
                    if (candidate != null) {
                        renamed = candidate;
                        break;
                    }
                }
                WorldItem item = cloner.item(entry.getValue(), renamed);
                if (target.put(new WorldKey.Name(renamed), item) != null) {
                    throw span.error(
                            direction
                                    + " of `"
                                    + renamed
                                    + "` shadows previously "
                                    + direction
                                    + "ed items");
                }
            } else {
                WorldItem.InterfaceItem from = (WorldItem.InterfaceItem) entry.getValue();
                target.putIfAbsent(entry.getKey(), from);
                WorldItem.InterfaceItem into = (WorldItem.InterfaceItem) target.get(entry.getKey());
                target.put(entry.getKey(), mergeStability(from, into, external, span));
            }
        }
    }

    /**
     * An interface reached through several includes keeps one gate: a stable gate coming from
     * another package is dropped, an ungated include leaves the gate as it is, and two different
     * gates are an error.
     */
    private static WorldItem.InterfaceItem mergeStability(
            WorldItem.InterfaceItem from,
            WorldItem.InterfaceItem into,
            boolean external,
            Span span) {
        Stability merged;
        if (external && from.stability() instanceof Stability.Stable) {
            merged = Stability.UNKNOWN;
        } else if (from.stability().equals(into.stability())
                || from.stability() instanceof Stability.Unknown) {
            merged = into.stability();
        } else if (into.stability() instanceof Stability.Unknown) {
            merged = from.stability();
        } else {
            throw span.error(
                    "mismatch in stability from '"
                            + from.stability()
                            + "' to '"
                            + into.stability()
                            + "'");
        }
        return new WorldItem.InterfaceItem(into.index(), merged, into.docs());
    }

    /**
     * The new name of an item under {@code with { name as alias }}, or null if it does not apply.
     */
    private static String rename(String original, Ast.IncludeName include) {
        String from = include.name().name();
        String to = include.alias().name();
        if (original.equals(from)) {
            return to;
        }
        int close = original.indexOf(']');
        if (close < 0) {
            return null;
        }
        String kind = original.substring(0, close);
        String rest = original.substring(close + 1);
        int dot = rest.indexOf('.');
        if (dot >= 0 && rest.substring(0, dot).equals(from)) {
            return kind + "]" + to + rest.substring(dot);
        }
        if (rest.equals(from)) {
            return kind + "]" + to;
        }
        return null;
    }

    private static void checkCaseInsensitive(
            Ast.Id world, Map<WorldKey, WorldItem> items, String direction) {
        Map<String, String> seen = new HashMap<>();
        for (WorldKey key : items.keySet()) {
            if (key instanceof WorldKey.Name name) {
                String previous =
                        seen.put(name.name().toLowerCase(java.util.Locale.ROOT), name.name());
                if (previous != null && !previous.equals(name.name())) {
                    throw world.span()
                            .error(
                                    direction
                                            + " `"
                                            + name.name()
                                            + "` in world `"
                                            + world.name()
                                            + "` conflicts with "
                                            + direction
                                            + " `"
                                            + previous
                                            + "` (kebab-case identifiers are case-insensitive)");
                }
            }
        }
    }
}
