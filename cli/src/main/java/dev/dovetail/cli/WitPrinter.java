package dev.dovetail.cli;

import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WIT text of one function signature, for messages ({@code add(a: u32, b: u32) -> u32}). Whole
 * components are printed by {@code dev.dovetail.wit.component.ComponentWit}.
 */
final class WitPrinter {
    private WitPrinter() {}

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
}
