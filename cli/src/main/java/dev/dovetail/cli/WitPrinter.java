package dev.dovetail.cli;

import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.ComponentType;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a component's imports and exports as a WIT world. Named record, variant, enum and flags
 * types (type imports and exports) are declared once and referred to by name. Instances are written
 * inline as {@code import name: interface { ... }}, for package-qualified names too ({@code
 * wasi:cli/stdout@0.2.0}), where WIT proper would refer to a separately declared interface. Value
 * types are written structurally, as the binary does not keep every type's name.
 */
final class WitPrinter {
    private WitPrinter() {}

    static String print(String worldName, ComponentType type) {
        StringBuilder sb = new StringBuilder("world ").append(worldName).append(" {\n");
        Map<ValType, String> names = new HashMap<>();
        type.imports().forEach((n, item) -> name(names, n, item));
        type.exports().forEach((n, item) -> name(names, n, item));
        items(sb, "  ", "import ", type.imports(), names);
        if (!type.imports().isEmpty() && !type.exports().isEmpty()) {
            sb.append('\n');
        }
        items(sb, "  ", "export ", type.exports(), names);
        return sb.append("}\n").toString();
    }

    /** Remembers the name of a named value type, to print it instead of its structure. */
    private static void name(Map<ValType, String> names, String name, ComponentItem item) {
        if (item instanceof ComponentItem.Type t && isNominal(t.type())) {
            names.putIfAbsent(t.type(), name);
        }
    }

    private static boolean isNominal(ValType t) {
        return t instanceof RecordType
                || t instanceof VariantType
                || t instanceof EnumType
                || t instanceof FlagsType;
    }

    private static void items(
            StringBuilder sb,
            String indent,
            String verb,
            Map<String, ComponentItem> items,
            Map<ValType, String> outer) {
        Map<ValType, String> names = new HashMap<>(outer);
        items.forEach((n, item) -> name(names, n, item));
        items.forEach((name, item) -> item(sb, indent, verb, name, item, names));
    }

    private static void item(
            StringBuilder sb,
            String indent,
            String verb,
            String name,
            ComponentItem item,
            Map<ValType, String> names) {
        sb.append(indent);
        if (item instanceof ComponentItem.ComponentFunc f) {
            sb.append(verb).append(name).append(": ").append(func(f.type(), names)).append(";\n");
        } else if (item instanceof ComponentItem.ComponentInstance i) {
            sb.append(verb).append(name).append(": interface {\n");
            items(sb, indent + "  ", "", i.type().exports(), names);
            sb.append(indent).append("}\n");
        } else if (item instanceof ComponentItem.Resource) {
            sb.append("resource ").append(name).append(";\n");
        } else if (item instanceof ComponentItem.Type t) {
            Map<ValType, String> others = new HashMap<>(names);
            others.remove(t.type());
            sb.append(typeDef(name, t.type(), others)).append('\n');
        } else if (item instanceof ComponentItem.Value v) {
            sb.append("// ").append(verb).append("value ").append(name).append(": ");
            sb.append(v.type()).append('\n');
        } else if (item instanceof ComponentItem.Component c) {
            sb.append("// ").append(verb).append("component ").append(name).append(": ");
            sb.append(c.type().imports().size()).append(" imports, ");
            sb.append(c.type().exports().size()).append(" exports\n");
        } else {
            sb.append("// ").append(verb).append(item.kind()).append(' ').append(name).append('\n');
        }
    }

    /** {@code func(a: u32) -> string}. */
    static String func(FuncType f) {
        return func(f, Map.of());
    }

    private static String func(FuncType f, Map<ValType, String> names) {
        String params =
                f.params().stream()
                        .map(p -> p.name() + ": " + type(p.type(), names))
                        .collect(Collectors.joining(", "));
        String s = (f.async() ? "async func(" : "func(") + params + ")";
        return f.result() == null ? s : s + " -> " + type(f.result(), names);
    }

    /** WIT for {@code t}, using the names of named types where it has them. */
    static String type(ValType t, Map<ValType, String> names) {
        String name = names.get(t);
        if (name != null) {
            return name;
        }
        if (t instanceof ListType l) {
            return l.isFixed()
                    ? "list<" + type(l.element(), names) + ", " + l.length() + ">"
                    : "list<" + type(l.element(), names) + ">";
        } else if (t instanceof OptionType o) {
            return "option<" + type(o.type(), names) + ">";
        } else if (t instanceof ResultType r) {
            if (r.ok() == null && r.err() == null) {
                return "result";
            }
            if (r.err() == null) {
                return "result<" + type(r.ok(), names) + ">";
            }
            return "result<"
                    + (r.ok() == null ? "_" : type(r.ok(), names))
                    + ", "
                    + type(r.err(), names)
                    + ">";
        } else if (t instanceof TupleType tt) {
            return tt.types().stream()
                    .map(e -> type(e, names))
                    .collect(Collectors.joining(", ", "tuple<", ">"));
        } else if (t instanceof MapType m) {
            return "map<" + type(m.key(), names) + ", " + type(m.value(), names) + ">";
        } else if (t instanceof RecordType r) {
            return "record { " + fields(r, names) + " }";
        } else if (t instanceof VariantType v) {
            return "variant { " + cases(v, names) + " }";
        }
        return t.toString();
    }

    private static String fields(RecordType r, Map<ValType, String> names) {
        return r.fields().stream()
                .map(f -> f.name() + ": " + type(f.type(), names))
                .collect(Collectors.joining(", "));
    }

    private static String cases(VariantType v, Map<ValType, String> names) {
        return v.cases().stream()
                .map(
                        c ->
                                c.type() == null
                                        ? c.name()
                                        : c.name() + "(" + type(c.type(), names) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String typeDef(String name, ValType t, Map<ValType, String> names) {
        if (t instanceof RecordType r) {
            return "record " + name + " { " + fields(r, names) + " }";
        } else if (t instanceof VariantType v) {
            return "variant " + name + " { " + cases(v, names) + " }";
        } else if (t instanceof EnumType e) {
            return "enum " + name + " { " + String.join(", ", e.labels()) + " }";
        } else if (t instanceof FlagsType f) {
            return "flags " + name + " { " + String.join(", ", f.labels()) + " }";
        }
        return "type " + name + " = " + type(t, names) + ";";
    }
}
