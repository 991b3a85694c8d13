package dev.dovetail.wit.print;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Package;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.World;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import java.util.Map;

/**
 * Prints resolved packages back as WIT. Worlds are printed elaborated (every implicit import
 * explicit), so that printing and parsing again gives an equal model.
 */
public final class WitPrinter {
    private final Resolve resolve;
    private final TypePrinter types;
    private final StringBuilder out = new StringBuilder();
    private int packageIndex;

    private WitPrinter(Resolve resolve) {
        this.resolve = resolve;
        this.types = new TypePrinter(resolve);
    }

    /** The package at an index, alone. */
    public static String print(Resolve resolve, int packageIndex) {
        WitPrinter printer = new WitPrinter(resolve);
        printer.packageIndex = packageIndex;
        printer.header(resolve.packages().get(packageIndex), 0, true);
        printer.body(packageIndex, 0);
        return printer.out.toString();
    }

    /**
     * Every package of a resolve in one text: the last (the main package, which comes after its
     * dependencies) at the top level, the others as nested {@code package … { … }} blocks.
     */
    public static String printAll(Resolve resolve) {
        WitPrinter printer = new WitPrinter(resolve);
        int main = resolve.packages().size() - 1;
        printer.packageIndex = main;
        printer.header(resolve.packages().get(main), 0, true);
        printer.body(main, 0);
        for (int index = 0; index < main; index++) {
            printer.packageIndex = index;
            printer.out.append('\n');
            printer.header(resolve.packages().get(index), 0, false);
            printer.body(index, 1);
            printer.out.append("}\n");
        }
        return printer.out.toString();
    }

    private void header(Package pkg, int depth, boolean topLevel) {
        docs(pkg.docs(), depth);
        out.append("package ")
                .append(Names.packageName(pkg.name()))
                .append(topLevel ? ";\n" : " {\n");
    }

    private void body(int index, int depth) {
        Package pkg = resolve.packages().get(index);
        boolean first = depth > 0;
        for (int iface : pkg.interfaces().values()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            Interface value = resolve.interfaces().get(iface);
            docs(value.docs(), depth);
            gate(value.stability(), depth);
            indent(depth).append("interface ").append(Names.id(value.name())).append(" {\n");
            interfaceBody(iface, depth + 1);
            indent(depth).append("}\n");
        }
        for (int world : pkg.worlds().values()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            world(world, depth);
        }
    }

    private void interfaceBody(int iface, int depth) {
        Interface value = resolve.interfaces().get(iface);
        TypeOwner owner = new TypeOwner.OfInterface(iface);
        for (int type : value.types().values()) {
            typeDefinition(type, owner, depth);
        }
        for (Function function : value.functions().values()) {
            if (function.resource() < 0) {
                function(function, depth);
            }
        }
    }

    private void typeDefinition(int index, TypeOwner owner, int depth) {
        TypeDef def = resolve.types().get(index);
        docs(def.docs(), depth);
        gate(def.stability(), depth);
        String name = Names.id(def.name());
        TypeDefKind kind = def.kind();
        if (kind instanceof TypeDefKind.AliasType alias && alias.target() instanceof TypeRef ref) {
            TypeDef target = resolve.type(ref);
            if (!target.owner().equals(owner)
                    && target.owner() instanceof TypeOwner.OfInterface from) {
                indent(depth)
                        .append("use ")
                        .append(interfacePath(from.index()))
                        .append(".{")
                        .append(Names.id(target.name()));
                if (!target.name().equals(def.name())) {
                    out.append(" as ").append(name);
                }
                out.append("};\n");
                return;
            }
        }
        if (kind instanceof TypeDefKind.RecordType record) {
            indent(depth).append("record ").append(name).append(" {\n");
            for (TypeDefKind.Field field : record.fields()) {
                docs(field.docs(), depth + 1);
                indent(depth + 1)
                        .append(Names.id(field.name()))
                        .append(": ")
                        .append(types.expression(field.type()))
                        .append(",\n");
            }
            indent(depth).append("}\n");
        } else if (kind instanceof TypeDefKind.VariantType variant) {
            indent(depth).append("variant ").append(name).append(" {\n");
            for (TypeDefKind.Case c : variant.cases()) {
                docs(c.docs(), depth + 1);
                indent(depth + 1).append(Names.id(c.name()));
                if (c.type() != null) {
                    out.append('(').append(types.expression(c.type())).append(')');
                }
                out.append(",\n");
            }
            indent(depth).append("}\n");
        } else if (kind instanceof TypeDefKind.EnumType enumeration) {
            cases("enum", name, enumeration.cases(), depth);
        } else if (kind instanceof TypeDefKind.FlagsType flags) {
            cases("flags", name, flags.flags(), depth);
        } else if (kind instanceof TypeDefKind.ResourceType) {
            resource(index, name, owner, depth);
        } else if (kind instanceof TypeDefKind.HandleType handle) {
            String resource = Names.id(resolve.types().get(handle.resource()).name());
            indent(depth)
                    .append("type ")
                    .append(name)
                    .append(handle.own() ? " = own<" : " = borrow<")
                    .append(resource)
                    .append(">;\n");
        } else {
            indent(depth)
                    .append("type ")
                    .append(name)
                    .append(" = ")
                    .append(types.definition(kind))
                    .append(";\n");
        }
    }

    private void cases(
            String keyword, String name, java.util.List<TypeDefKind.NamedCase> cases, int depth) {
        indent(depth).append(keyword).append(' ').append(name).append(" {\n");
        for (TypeDefKind.NamedCase c : cases) {
            docs(c.docs(), depth + 1);
            indent(depth + 1).append(Names.id(c.name())).append(",\n");
        }
        indent(depth).append("}\n");
    }

    private void resource(int index, String name, TypeOwner owner, int depth) {
        Map<String, Function> functions =
                owner instanceof TypeOwner.OfInterface iface
                        ? resolve.interfaces().get(iface.index()).functions()
                        : worldFunctions(((TypeOwner.OfWorld) owner).index());
        StringBuilder members = new StringBuilder();
        StringBuilder saved = new StringBuilder(out);
        out.setLength(0);
        for (Function function : functions.values()) {
            if (function.resource() == index) {
                function(function, depth + 1);
            }
        }
        members.append(out);
        out.setLength(0);
        out.append(saved);
        indent(depth).append("resource ").append(name);
        if (members.length() == 0) {
            out.append(";\n");
        } else {
            out.append(" {\n").append(members);
            indent(depth).append("}\n");
        }
    }

    private Map<String, Function> worldFunctions(int world) {
        Map<String, Function> functions = new java.util.LinkedHashMap<>();
        resolve.worlds()
                .get(world)
                .imports()
                .values()
                .forEach(
                        (item) -> {
                            if (item instanceof WorldItem.FunctionItem f) {
                                functions.put(f.function().name(), f.function());
                            }
                        });
        return functions;
    }

    private void function(Function function, int depth) {
        docs(function.docs(), depth);
        gate(function.stability(), depth);
        indent(depth);
        if (function.kind() == Function.Kind.CONSTRUCTOR) {
            out.append("constructor").append(types.params(function, true));
            TypeDef result = resolve.types().get(((TypeRef) function.result()).index());
            if (result.kind() instanceof TypeDefKind.ResultType) {
                out.append(" -> ").append(types.expression(function.result()));
            }
            out.append(";\n");
            return;
        }
        out.append(Names.id(function.itemName())).append(": ");
        if (function.kind().isStatic()) {
            out.append("static ");
        }
        out.append(types.signature(function)).append(";\n");
    }

    private void world(int index, int depth) {
        World world = resolve.worlds().get(index);
        docs(world.docs(), depth);
        gate(world.stability(), depth);
        indent(depth).append("world ").append(Names.id(world.name())).append(" {\n");
        TypeOwner owner = new TypeOwner.OfWorld(index);
        for (Map.Entry<WorldKey, WorldItem> entry : world.imports().entrySet()) {
            if (entry.getValue() instanceof WorldItem.TypeItem type) {
                typeDefinition(type.index(), owner, depth + 1);
            }
        }
        items("import", world.imports(), depth + 1);
        items("export", world.exports(), depth + 1);
        indent(depth).append("}\n");
    }

    private void items(String direction, Map<WorldKey, WorldItem> items, int depth) {
        for (Map.Entry<WorldKey, WorldItem> entry : items.entrySet()) {
            WorldItem item = entry.getValue();
            if (item instanceof WorldItem.TypeItem) {
                continue;
            }
            if (item instanceof WorldItem.FunctionItem function) {
                if (function.function().resource() >= 0) {
                    continue;
                }
                docs(function.function().docs(), depth);
                gate(function.function().stability(), depth);
                indent(depth)
                        .append(direction)
                        .append(' ')
                        .append(Names.id(function.function().name()))
                        .append(": ")
                        .append(types.signature(function.function()))
                        .append(";\n");
                continue;
            }
            WorldItem.InterfaceItem iface = (WorldItem.InterfaceItem) item;
            Interface value = resolve.interfaces().get(iface.index());
            docs(
                    iface.docs() != null
                            ? iface.docs()
                            : value.name() == null ? value.docs() : null,
                    depth);
            gate(iface.stability(), depth);
            indent(depth).append(direction).append(' ');
            if (entry.getKey() instanceof WorldKey.OfInterface) {
                out.append(interfacePath(iface.index())).append(";\n");
            } else if (value.name() != null) {
                out.append(Names.id(((WorldKey.Name) entry.getKey()).name()))
                        .append(": ")
                        .append(interfacePath(iface.index()))
                        .append(";\n");
            } else {
                out.append(Names.id(((WorldKey.Name) entry.getKey()).name()))
                        .append(": interface {\n");
                interfaceBody(iface.index(), depth + 1);
                indent(depth).append("}\n");
            }
        }
    }

    private String interfacePath(int index) {
        Interface value = resolve.interfaces().get(index);
        if (value.packageIndex() == packageIndex) {
            return Names.id(value.name());
        }
        return Names.qualified(resolve.packages().get(value.packageIndex()).name(), value.name());
    }

    private void gate(Stability stability, int depth) {
        if (stability instanceof Stability.Stable stable) {
            indent(depth).append("@since(version = ").append(stable.since()).append(")\n");
            if (stable.deprecated() != null) {
                indent(depth)
                        .append("@deprecated(version = ")
                        .append(stable.deprecated())
                        .append(")\n");
            }
        } else if (stability instanceof Stability.Unstable unstable) {
            indent(depth).append("@unstable(feature = ").append(unstable.feature()).append(")\n");
            if (unstable.deprecated() != null) {
                indent(depth)
                        .append("@deprecated(version = ")
                        .append(unstable.deprecated())
                        .append(")\n");
            }
        }
    }

    private void docs(String docs, int depth) {
        if (docs == null) {
            return;
        }
        for (String line : docs.split("\n", -1)) {
            indent(depth).append("///").append(line.isEmpty() ? "" : " " + line).append('\n');
        }
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }
}
