package dev.dovetail.wit.model;

import java.util.List;
import java.util.Optional;

/**
 * A set of resolved WIT packages, in the spirit of wit-parser's {@code Resolve}: arenas of packages
 * (in topological order: a package comes after those it uses), interfaces, worlds and type
 * definitions, which refer to each other by index.
 */
public record Resolve(
        List<Package> packages,
        List<Interface> interfaces,
        List<World> worlds,
        List<TypeDef> types) {

    public Resolve {
        packages = List.copyOf(packages);
        interfaces = List.copyOf(interfaces);
        worlds = List.copyOf(worlds);
        types = List.copyOf(types);
    }

    public TypeDef type(TypeRef ref) {
        return types.get(ref.index());
    }

    /** The package with this name, if present. */
    public Optional<Integer> packageIndex(PackageName name) {
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i).name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The fully qualified identifier of a named interface ({@code ns:pkg/name@v}), else null. */
    public String interfaceId(int index) {
        Interface value = interfaces.get(index);
        if (value.name() == null || value.packageIndex() < 0) {
            return null;
        }
        return packages.get(value.packageIndex()).name().qualify(value.name());
    }

    /** How a world key is written in a component's import or export name. */
    public String keyName(WorldKey key) {
        if (key instanceof WorldKey.Name name) {
            return name.name();
        }
        return interfaceId(((WorldKey.OfInterface) key).index());
    }
}
