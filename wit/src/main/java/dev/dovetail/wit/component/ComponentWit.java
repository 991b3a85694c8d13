package dev.dovetail.wit.component;

import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.types.InstanceType;
import dev.dovetail.wit.model.Package;
import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.Version;
import dev.dovetail.wit.model.World;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import dev.dovetail.wit.print.WitPrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component's type as WIT: a world {@code root} in package {@code root:component}, whose imports
 * and exports are the component's, with every interface named {@code ns:pkg/iface@v} placed in its
 * own package. Types exported by an instance become that interface's named types; an interface or
 * world that uses another's type gets a {@code use} for it.
 */
public final class ComponentWit {
    private static final Pattern INTERFACE_ID =
            Pattern.compile("([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)/([a-z][a-z0-9-]*)(?:@(.+))?");

    private final Arenas arenas = new Arenas();
    private final Map<PackageName, Map<String, Integer>> packageInterfaces = new LinkedHashMap<>();

    private ComponentWit() {}

    /** The resolved WIT of a component's type; the main package is the last one. */
    public static Resolve resolve(ComponentType type, String worldName) {
        return new ComponentWit().convert(type, worldName);
    }

    /**
     * A WIT package encoded as a component (as wit-component encodes it): every export is a
     * component type holding one interface ({@code ns:pkg/iface} → instance) or one world ({@code
     * ns:pkg/world} → component); their imports are the interfaces they use. The package is the
     * last one of the result.
     */
    public static Resolve decodePackage(ComponentType encoded) {
        return new ComponentWit().decode(encoded);
    }

    /** The WIT text of a component's type. */
    public static String print(ComponentType type, String worldName) {
        return WitPrinter.printAll(resolve(type, worldName));
    }

    private Resolve convert(ComponentType type, String worldName) {
        int world = arenas.worlds.size();
        arenas.worlds.add(null);
        // The main package goes last: packages come after those they use.
        Scope worldScope = new Scope(arenas, new TypeOwner.OfWorld(world));
        Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
        items(type.imports(), imports, worldScope);
        items(type.exports(), exports, worldScope);
        worldScope.types.forEach(
                (name, index) ->
                        imports.put(new WorldKey.Name(name), new WorldItem.TypeItem(index)));
        List<Package> packages = new ArrayList<>();
        packageInterfaces.forEach(
                (name, interfaces) -> packages.add(new Package(name, null, interfaces, Map.of())));
        int main = packages.size();
        reorderTypeImports(imports);
        arenas.worlds.set(
                world, new World(worldName, imports, exports, null, Stability.UNKNOWN, main));
        packages.add(
                new Package(
                        new PackageName("root", "component", null),
                        null,
                        Map.of(),
                        Map.of(worldName, world)));
        arenas.setPackages(packageInterfaces, main);
        return new Resolve(packages, arenas.interfaces(), arenas.worlds, arenas.types);
    }

    private Resolve decode(ComponentType encoded) {
        PackageName main = null;
        Map<String, Integer> worlds = new LinkedHashMap<>();
        List<Runnable> worldBodies = new ArrayList<>();
        for (Map.Entry<String, ComponentItem> entry : encoded.exports().entrySet()) {
            if (!(entry.getValue() instanceof ComponentItem.Component wrapper)
                    || wrapper.type().exports().size() != 1) {
                throw new dev.dovetail.wit.WitException(
                        "export `" + entry.getKey() + "` is not an encoded WIT interface or world");
            }
            Map.Entry<String, ComponentItem> inner =
                    wrapper.type().exports().entrySet().iterator().next();
            Matcher id = INTERFACE_ID.matcher(inner.getKey());
            if (!id.matches()) {
                throw new dev.dovetail.wit.WitException(
                        "`" + inner.getKey() + "` is not a qualified WIT name");
            }
            Version version = id.group(4) == null ? null : Version.parse(id.group(4));
            PackageName name = new PackageName(id.group(1), id.group(2), version);
            main = main == null ? name : main;
            Scope scratch = new Scope(arenas, TypeOwner.NONE);
            items(wrapper.type().imports(), new LinkedHashMap<>(), scratch);
            if (inner.getValue() instanceof ComponentItem.ComponentInstance instance) {
                namedInterface(id, instance.type());
            } else if (inner.getValue() instanceof ComponentItem.Component world) {
                int index = arenas.worlds.size();
                arenas.worlds.add(null);
                worlds.put(id.group(3), index);
                ComponentType worldType = world.type();
                worldBodies.add(() -> worldBody(index, id.group(3), worldType));
            }
        }
        if (main == null) {
            throw new dev.dovetail.wit.WitException("the component holds no encoded WIT package");
        }
        // The encoded package goes last, after the packages it uses.
        Map<String, Integer> own = packageInterfaces.remove(main);
        packageInterfaces.put(main, own == null ? new LinkedHashMap<>() : own);
        List<PackageName> order = new ArrayList<>(packageInterfaces.keySet());
        int mainIndex = order.size() - 1;
        worldBodies.forEach(Runnable::run);
        List<Package> packages = new ArrayList<>();
        for (PackageName name : order) {
            packages.add(
                    new Package(
                            name,
                            null,
                            packageInterfaces.get(name),
                            name.equals(main) ? worlds : Map.of()));
        }
        List<World> fixed = new ArrayList<>();
        for (World world : arenas.worlds) {
            fixed.add(
                    new World(
                            world.name(),
                            world.imports(),
                            world.exports(),
                            null,
                            Stability.UNKNOWN,
                            mainIndex));
        }
        arenas.setPackages(packageInterfaces, mainIndex);
        arenas.renumberPackages(order, packageInterfaces);
        return new Resolve(packages, arenas.interfaces(), fixed, arenas.types);
    }

    private void worldBody(int index, String name, ComponentType type) {
        Scope scope = new Scope(arenas, new TypeOwner.OfWorld(index));
        Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
        Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
        items(type.imports(), imports, scope);
        items(type.exports(), exports, scope);
        scope.types.forEach(
                (typeName, type2) ->
                        imports.put(new WorldKey.Name(typeName), new WorldItem.TypeItem(type2)));
        reorderTypeImports(imports);
        arenas.worlds.set(index, new World(name, imports, exports, null, Stability.UNKNOWN, -1));
    }

    /** Types first, as an elaborated world lists them. */
    private static void reorderTypeImports(Map<WorldKey, WorldItem> imports) {
        Map<WorldKey, WorldItem> ordered = new LinkedHashMap<>();
        imports.forEach(
                (key, item) -> {
                    if (item instanceof WorldItem.InterfaceItem) {
                        ordered.put(key, item);
                    }
                });
        imports.forEach(
                (key, item) -> {
                    if (item instanceof WorldItem.TypeItem) {
                        ordered.put(key, item);
                    }
                });
        imports.forEach(ordered::putIfAbsent);
        imports.clear();
        imports.putAll(ordered);
    }

    private void items(
            Map<String, ComponentItem> items, Map<WorldKey, WorldItem> target, Scope world) {
        items.forEach(
                (name, item) -> {
                    if (item instanceof ComponentItem.Type
                            || item instanceof ComponentItem.Resource) {
                        world.declare(name, item);
                    }
                });
        items.forEach(
                (name, item) -> {
                    if (item instanceof ComponentItem.ComponentFunc function) {
                        target.put(
                                new WorldKey.Name(name),
                                new WorldItem.FunctionItem(world.function(name, function.type())));
                    } else if (item instanceof ComponentItem.ComponentInstance instance) {
                        Matcher id = INTERFACE_ID.matcher(name);
                        if (id.matches()) {
                            int index = namedInterface(id, instance.type());
                            target.put(
                                    new WorldKey.OfInterface(index),
                                    new WorldItem.InterfaceItem(index, Stability.UNKNOWN, null));
                        } else {
                            int index = arenas.anInterface(null, instance.type(), -1);
                            target.put(
                                    new WorldKey.Name(name),
                                    new WorldItem.InterfaceItem(index, Stability.UNKNOWN, null));
                        }
                    }
                });
    }

    private int namedInterface(Matcher id, InstanceType type) {
        Version version = id.group(4) == null ? null : Version.parse(id.group(4));
        PackageName name = new PackageName(id.group(1), id.group(2), version);
        Map<String, Integer> interfaces =
                packageInterfaces.computeIfAbsent(name, (key) -> new LinkedHashMap<>());
        Integer existing = interfaces.get(id.group(3));
        if (existing != null) {
            return existing;
        }
        int packageIndex = new ArrayList<>(packageInterfaces.keySet()).indexOf(name);
        int index = arenas.anInterface(id.group(3), type, packageIndex);
        interfaces.put(id.group(3), index);
        return index;
    }
}
