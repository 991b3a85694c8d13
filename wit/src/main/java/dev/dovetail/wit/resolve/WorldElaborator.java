package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import dev.dovetail.wit.syntax.Ast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a world's dependencies explicit: every interface that an imported item uses is imported
 * before it, and an exported interface's dependencies are imported unless they are exported too.
 */
final class WorldElaborator {
    private final ResolveBuilder builder;

    WorldElaborator(ResolveBuilder builder) {
        this.builder = builder;
    }

    void elaborate(
            Map<WorldKey, WorldItem> imports,
            Map<WorldKey, WorldItem> exports,
            Map<WorldKey, WorldItem> newImports,
            Map<WorldKey, WorldItem> newExports,
            Ast.Id world) {
        List<Map.Entry<WorldKey, WorldItem>> sorted = new ArrayList<>(imports.entrySet());
        sorted.sort(Comparator.comparingInt((entry) -> sortKey(entry.getValue())));
        for (Map.Entry<WorldKey, WorldItem> entry : sorted) {
            WorldItem item = entry.getValue();
            if (item instanceof WorldItem.InterfaceItem iface) {
                importInterface(newImports, entry.getKey(), iface);
            } else if (item instanceof WorldItem.TypeItem type) {
                int dependency = interfaceDependency(type.index());
                if (dependency >= 0) {
                    importInterface(
                            newImports,
                            new WorldKey.OfInterface(dependency),
                            new WorldItem.InterfaceItem(
                                    dependency, builder.types.get(type.index()).stability(), null));
                }
                newImports.put(entry.getKey(), item);
            } else {
                newImports.put(entry.getKey(), item);
            }
        }
        Map<WorldKey, WorldItem> exportedInterfaces = new LinkedHashMap<>();
        exports.forEach(
                (key, item) -> {
                    if (item instanceof WorldItem.InterfaceItem) {
                        exportedInterfaces.put(key, item);
                    } else {
                        newExports.put(key, item);
                    }
                });
        Set<Integer> required = new HashSet<>();
        for (Map.Entry<WorldKey, WorldItem> entry : exportedInterfaces.entrySet()) {
            if (!addExport(
                    newImports,
                    newExports,
                    exportedInterfaces,
                    required,
                    entry.getKey(),
                    (WorldItem.InterfaceItem) entry.getValue(),
                    true)) {
                String name =
                        entry.getKey() instanceof WorldKey.Name n
                                ? n.name()
                                : qualifiedName(((WorldKey.OfInterface) entry.getKey()).index());
                throw world.span()
                        .error(
                                "interface `"
                                        + name
                                        + "` transitively depends on an interface in incompatible"
                                        + " ways");
            }
        }
        List<Map.Entry<WorldKey, WorldItem>> ordered = new ArrayList<>(newImports.entrySet());
        ordered.sort(Comparator.comparingInt((entry) -> sortKey(entry.getValue())));
        newImports.clear();
        ordered.forEach((entry) -> newImports.put(entry.getKey(), entry.getValue()));
    }

    private String qualifiedName(int index) {
        Interface iface = builder.interfaces.get(index);
        return builder.packageNames.get(iface.packageIndex()).qualify(iface.name());
    }

    private int sortKey(WorldItem item) {
        if (item instanceof WorldItem.InterfaceItem) {
            return 0;
        }
        if (item instanceof WorldItem.TypeItem type) {
            TypeDef def = builder.types.get(type.index());
            if (def.kind() instanceof TypeDefKind.AliasType alias
                    && alias.target() instanceof TypeRef ref
                    && !builder.types.get(ref.index()).owner().equals(def.owner())) {
                return 1;
            }
            return 2;
        }
        return ((WorldItem.FunctionItem) item).function().resource() < 0 ? 3 : 4;
    }

    private void importInterface(
            Map<WorldKey, WorldItem> imports, WorldKey key, WorldItem.InterfaceItem item) {
        if (imports.containsKey(key)) {
            return;
        }
        for (int dependency : directDependencies(item.index())) {
            importInterface(
                    imports,
                    new WorldKey.OfInterface(dependency),
                    new WorldItem.InterfaceItem(dependency, item.stability(), null));
        }
        imports.put(key, item);
    }

    private boolean addExport(
            Map<WorldKey, WorldItem> imports,
            Map<WorldKey, WorldItem> exports,
            Map<WorldKey, WorldItem> exportedInterfaces,
            Set<Integer> required,
            WorldKey key,
            WorldItem.InterfaceItem item,
            boolean export) {
        if (exports.containsKey(key)) {
            return export;
        }
        if (!export && required.contains(item.index())) {
            return true;
        }
        for (int dependency : directDependencies(item.index())) {
            WorldKey dependencyKey = new WorldKey.OfInterface(dependency);
            boolean exportDependency = export && exportedInterfaces.containsKey(dependencyKey);
            WorldItem.InterfaceItem dependencyItem =
                    new WorldItem.InterfaceItem(dependency, item.stability(), null);
            if (!addExport(
                    imports,
                    exports,
                    exportedInterfaces,
                    required,
                    dependencyKey,
                    dependencyItem,
                    exportDependency)) {
                return false;
            }
        }
        if (export) {
            if (required.contains(item.index())) {
                return false;
            }
            exports.put(key, item);
        } else {
            required.add(item.index());
            imports.putIfAbsent(key, item);
        }
        return true;
    }

    /** The interface a type aliases into from another owner, or -1. */
    int interfaceDependency(int type) {
        TypeDef def = builder.types.get(type);
        if (!(def.kind() instanceof TypeDefKind.AliasType alias)
                || !(alias.target() instanceof TypeRef ref)) {
            return -1;
        }
        TypeOwner other = builder.types.get(ref.index()).owner();
        if (other.equals(def.owner()) || !(other instanceof TypeOwner.OfInterface iface)) {
            return -1;
        }
        return iface.index();
    }

    List<Integer> directDependencies(int iface) {
        List<Integer> dependencies = new ArrayList<>();
        for (int type : builder.interfaces.get(iface).types().values()) {
            int dependency = interfaceDependency(type);
            if (dependency >= 0) {
                dependencies.add(dependency);
            }
        }
        return dependencies;
    }
}
