package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Package;
import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves one package (all the files that declare it) into the arenas, after the packages it uses:
 * orders its interfaces and worlds by their {@code use}s, then resolves each in turn. Worlds are
 * handed to {@link WorldResolver}.
 */
final class PackageResolver {
    private final ResolveBuilder builder;
    private final UnresolvedPackage unresolved;
    private final PackageName name;
    final int packageIndex;
    final Map<TypeDefKind, Integer> anonymous = new HashMap<>();
    private final Map<String, Ast.Declaration> items = new LinkedHashMap<>();
    private final Map<String, Integer> itemFile = new HashMap<>();
    private final List<Map<String, Ast.TopLevelUse>> fileUses = new ArrayList<>();
    private final Map<String, Integer> resolved = new HashMap<>();
    private final Map<String, Boolean> foreignKinds = new HashMap<>();
    final Map<String, Integer> interfaceIndices = new LinkedHashMap<>();
    final Map<String, Integer> worldIndices = new LinkedHashMap<>();
    private int currentFile;

    PackageResolver(ResolveBuilder builder, UnresolvedPackage unresolved) {
        this.builder = builder;
        this.unresolved = unresolved;
        this.name = unresolved.name();
        this.packageIndex = builder.packages.size();
    }

    PackageName name() {
        return name;
    }

    ResolveBuilder builder() {
        return builder;
    }

    int resolve() {
        builder.packages.add(null);
        builder.packageNames.put(packageIndex, name);
        collectItems();
        recordForeignKinds();
        checkTopLevelUses();
        List<String> order = order();
        for (String item : order) {
            if (items.get(item) instanceof Ast.InterfaceDecl decl) {
                currentFile = itemFile.get(item);
                int index = namedInterface(decl);
                resolved.put(item, index);
                if (index != TypeScope.GATED) {
                    interfaceIndices.put(item, index);
                }
            }
        }
        for (String item : order) {
            if (items.get(item) instanceof Ast.WorldDecl decl) {
                currentFile = itemFile.get(item);
                int index = new WorldResolver(this).resolve(decl);
                resolved.put(item, index);
                if (index != TypeScope.GATED) {
                    worldIndices.put(item, index);
                }
            }
        }
        builder.packages.set(
                packageIndex, new Package(name, unresolved.docs(), interfaceIndices, worldIndices));
        return packageIndex;
    }

    private void collectItems() {
        List<List<Ast.Declaration>> files = unresolved.files();
        for (int file = 0; file < files.size(); file++) {
            for (Ast.Declaration declaration : files.get(file)) {
                Ast.Id id = itemName(declaration);
                if (id == null) {
                    continue;
                }
                if (items.put(id.name(), declaration) != null) {
                    throw id.span().error("duplicate item named `" + id.name() + "`");
                }
                itemFile.put(id.name(), file);
            }
        }
        for (List<Ast.Declaration> file : files) {
            Map<String, Ast.TopLevelUse> uses = new HashMap<>();
            Map<String, Boolean> names = new HashMap<>();
            for (Ast.Declaration declaration : file) {
                Ast.Id id = itemName(declaration);
                if (declaration instanceof Ast.TopLevelUse use) {
                    if (!use.attributes().isEmpty()) {
                        throw use.span().error("attributes not allowed on top-level use");
                    }
                    id = use.alias() != null ? use.alias() : use.path().name();
                    uses.put(id.name(), use);
                }
                if (id != null && names.put(id.name(), true) != null) {
                    throw id.span().error("duplicate name `" + id.name() + "` in this file");
                }
            }
            fileUses.add(uses);
        }
    }

    /** A foreign item is an interface or a world according to how it is first named. */
    private void recordForeignKinds() {
        for (List<Ast.Declaration> file : unresolved.files()) {
            for (Ast.Declaration declaration : file) {
                if (declaration instanceof Ast.WorldDecl world) {
                    List<Ast.Extern> externs = new ArrayList<>();
                    for (Ast.WorldMember member : world.members()) {
                        if (member instanceof Ast.UseDecl use) {
                            recordForeign(use.path(), false);
                        } else if (member instanceof Ast.IncludeDecl include) {
                            recordForeign(include.path(), true);
                        } else if (member instanceof Ast.ImportDecl item) {
                            externs.add(item.extern());
                        }
                    }
                    for (Ast.WorldMember member : world.members()) {
                        if (member instanceof Ast.ExportDecl item) {
                            externs.add(item.extern());
                        }
                    }
                    for (Ast.Extern extern : externs) {
                        for (Ast.UsePath path : Paths.ofExtern(extern)) {
                            recordForeign(path, false);
                        }
                    }
                } else {
                    for (Ast.UsePath path : Paths.of(declaration)) {
                        recordForeign(path, false);
                    }
                }
            }
        }
    }

    private void recordForeign(Ast.UsePath path, boolean world) {
        if (path instanceof Ast.QualifiedPath qualified) {
            Boolean previous = foreignKinds.putIfAbsent(foreignKey(qualified), world);
            if (previous != null && previous != world) {
                throw path.name()
                        .span()
                        .error(
                                "name `"
                                        + path.name().name()
                                        + "` is defined as "
                                        + (previous
                                                ? "a world, not an interface"
                                                : "an interface, not a world"));
            }
        }
    }

    private static String foreignKey(Ast.QualifiedPath path) {
        Ast.PackageId id = path.packageId();
        return new PackageName(id.namespace().name(), id.name().name(), id.version())
                + "/"
                + path.name().name();
    }

    private void checkTopLevelUses() {
        for (int file = 0; file < fileUses.size(); file++) {
            currentFile = file;
            for (Ast.TopLevelUse use : fileUses.get(file).values()) {
                if (use.path() instanceof Ast.QualifiedPath qualified) {
                    foreign(qualified, foreignKinds.getOrDefault(foreignKey(qualified), false));
                } else if (!items.containsKey(use.path().name().name())) {
                    throw use.path()
                            .name()
                            .span()
                            .error(
                                    "interface or world `"
                                            + use.path().name().name()
                                            + "` does not exist");
                }
            }
        }
    }

    private static Ast.Id itemName(Ast.Declaration declaration) {
        if (declaration instanceof Ast.InterfaceDecl decl) {
            return decl.name();
        }
        if (declaration instanceof Ast.WorldDecl decl) {
            return decl.name();
        }
        return null;
    }

    /**
     * Interfaces and worlds in dependency order: an interface after those it {@code use}s, a world
     * after those it includes (all interfaces are resolved before any world).
     */
    private List<String> order() {
        Map<String, List<Ast.Id>> dependencies = new LinkedHashMap<>();
        for (Map.Entry<String, Ast.Declaration> entry : items.entrySet()) {
            int file = itemFile.get(entry.getKey());
            List<Ast.Id> edges = new ArrayList<>();
            for (Ast.Id path : localDependencies(entry.getValue())) {
                Ast.Id target = localTarget(path, file);
                if (target != null) {
                    edges.add(target);
                }
            }
            dependencies.put(entry.getKey(), edges);
        }
        return Toposort.sort("interface or world", dependencies);
    }

    /** The package item a local path names in a file (as an id to report), null for foreign. */
    private Ast.Id localTarget(Ast.Id id, int file) {
        Ast.TopLevelUse use = fileUses.get(file).get(id.name());
        if (use != null) {
            return use.path() instanceof Ast.LocalPath local ? local.name() : null;
        }
        if (items.containsKey(id.name())) {
            return id;
        }
        throw id.span().error("interface or world `" + id.name() + "` does not exist");
    }

    private static List<Ast.Id> localDependencies(Ast.Declaration declaration) {
        List<Ast.Id> names = new ArrayList<>();
        if (declaration instanceof Ast.InterfaceDecl decl) {
            for (Ast.InterfaceMember member : decl.members()) {
                if (member instanceof Ast.UseDecl use) {
                    addLocal(use.path(), names);
                }
            }
        } else if (declaration instanceof Ast.WorldDecl decl) {
            for (Ast.WorldMember member : decl.members()) {
                if (member instanceof Ast.IncludeDecl include) {
                    addLocal(include.path(), names);
                }
            }
        }
        return names;
    }

    private static void addLocal(Ast.UsePath path, List<Ast.Id> names) {
        if (path instanceof Ast.LocalPath local) {
            names.add(local.name());
        }
    }

    /** The interface a path names, or {@link TypeScope#GATED}. */
    int interfacePath(Ast.UsePath path) {
        return itemPath(path, false);
    }

    /** The world a path names, or {@link TypeScope#GATED}. */
    int worldPath(Ast.UsePath path) {
        return itemPath(path, true);
    }

    private int itemPath(Ast.UsePath path, boolean world) {
        Ast.Id id = path.name();
        if (path instanceof Ast.QualifiedPath qualified) {
            return foreign(qualified, world);
        }
        Ast.TopLevelUse use = fileUses.get(currentFile).get(id.name());
        if (use != null) {
            if (use.path() instanceof Ast.QualifiedPath qualified) {
                return foreign(qualified, world);
            }
            id = use.path().name();
        }
        Ast.Declaration declaration = items.get(id.name());
        if (declaration == null) {
            throw id.span().error("interface or world `" + id.name() + "` does not exist");
        }
        boolean isWorld = declaration instanceof Ast.WorldDecl;
        if (isWorld != world) {
            throw path.name()
                    .span()
                    .error(
                            "name `"
                                    + id.name()
                                    + "` is defined as "
                                    + (isWorld
                                            ? "a world, not an interface"
                                            : "an interface, not a world"));
        }
        return resolved.get(id.name());
    }

    private int foreign(Ast.QualifiedPath path, boolean world) {
        Boolean recorded = foreignKinds.get(foreignKey(path));
        if (recorded != null && recorded != world) {
            throw path.name()
                    .span()
                    .error(
                            "name `"
                                    + path.name().name()
                                    + "` is defined as "
                                    + (recorded
                                            ? "a world, not an interface"
                                            : "an interface, not a world"));
        }
        Ast.PackageId id = path.packageId();
        PackageName wanted = new PackageName(id.namespace().name(), id.name().name(), id.version());
        Package target = null;
        for (Package candidate : builder.packages) {
            if (candidate != null && candidate.name().equals(wanted)) {
                target = candidate;
            }
        }
        if (target == null) {
            StringBuilder known = new StringBuilder();
            for (Package candidate : builder.packages) {
                if (candidate != null) {
                    known.append("\n    ").append(candidate.name());
                }
            }
            throw id.span()
                    .error(
                            "package '"
                                    + wanted
                                    + "' not found"
                                    + (known.length() == 0 ? "" : ". known packages:" + known));
        }
        Integer index = (world ? target.worlds() : target.interfaces()).get(path.name().name());
        if (index == null) {
            throw path.name()
                    .span()
                    .error(
                            (world ? "world '" : "interface '")
                                    + path.name().name()
                                    + "' not found in package '"
                                    + wanted
                                    + "'");
        }
        return index;
    }

    /** A named interface of this package, or GATED when its gate is off. */
    private int namedInterface(Ast.InterfaceDecl decl) {
        Stability stability = Attributes.stability(decl.attributes());
        if (!Attributes.enabled(stability, name, builder.features, decl.name().span())) {
            for (Ast.InterfaceMember member : decl.members()) {
                if (member instanceof Ast.TypeDecl type) {
                    requireGate(type.attributes(), type.name(), "interface");
                }
            }
            return TypeScope.GATED;
        }
        return anInterface(
                decl.name().name(), decl.members(), Attributes.docs(decl.docs()), stability);
    }

    /** Resolves an interface's members (named, or inline in a world when name is null). */
    int anInterface(
            String interfaceName,
            List<Ast.InterfaceMember> members,
            String docs,
            Stability stability) {
        int index = builder.interfaces.size();
        builder.interfaces.add(null);
        TypeScope scope = new TypeScope(builder, anonymous, name, new TypeOwner.OfInterface(index));
        List<Ast.TypeDecl> declarations = new ArrayList<>();
        for (Ast.InterfaceMember member : members) {
            if (member instanceof Ast.UseDecl use) {
                scope.use(use, usedInterface(use));
            } else if (member instanceof Ast.TypeDecl declaration) {
                declarations.add(declaration);
            }
        }
        scope.declare(declarations);
        Map<String, Function> functions = new LinkedHashMap<>();
        for (Ast.InterfaceMember member : members) {
            if (member instanceof Ast.FunctionDecl declaration) {
                scope.defineFunction(declaration.name());
                Stability gate = Attributes.stability(declaration.attributes());
                if (!scope.enabled(gate, declaration.name().span())) {
                    continue;
                }
                Function function =
                        scope.function(
                                declaration,
                                declaration.name().name(),
                                declaration.func().async()
                                        ? Function.Kind.ASYNC_FREESTANDING
                                        : Function.Kind.FREESTANDING,
                                -1);
                functions.put(function.name(), function);
            } else if (member instanceof Ast.TypeDecl declaration
                    && declaration.type() instanceof Ast.ResourceExpr) {
                for (Function function : scope.resourceFunctions(declaration)) {
                    functions.put(function.name(), function);
                }
            }
        }
        Map<String, Integer> types = new LinkedHashMap<>();
        scope.types.forEach(
                (typeName, type) -> {
                    if (type != TypeScope.GATED) {
                        types.put(typeName, type);
                    }
                });
        builder.interfaces.set(
                index,
                new Interface(interfaceName, types, functions, docs, stability, packageIndex));
        return index;
    }

    /** The interface a {@code use} reads from, GATED when the use itself is gated off. */
    int usedInterface(Ast.UseDecl use) {
        Stability stability = Attributes.stability(use.attributes());
        if (!Attributes.enabled(stability, name, builder.features, use.path().name().span())) {
            return TypeScope.GATED;
        }
        int index = interfacePath(use.path());
        if (index == TypeScope.GATED) {
            throw gatedReference(use.path().name().span(), "interface");
        }
        return index;
    }

    /** Items inside a gated-out item must be gated too. */
    static void requireGate(List<Ast.Attribute> attributes, Ast.Id name, String container) {
        if (Attributes.stability(attributes) instanceof Stability.Unknown) {
            String reason =
                    "found a reference to a "
                            + container
                            + " which is excluded due to its feature not being activated";
            if (!container.equals("type")) {
                reason += "; this type is not gated by a feature but its " + container + " is";
            }
            throw name.span().error(reason);
        }
    }

    static RuntimeException gatedReference(Span span, String what) {
        return span.error(
                "found a reference to a "
                        + what
                        + " which is excluded due to its feature not being activated");
    }
}
