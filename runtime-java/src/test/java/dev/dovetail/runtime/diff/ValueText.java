package dev.dovetail.runtime.diff;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.runtime.ResourceAny;

/**
 * The two encodings of values shared with the Python driver ({@code wasmtime_driver.py} describes
 * both): the JSON of an argument, and the canonical text of a value that both sides write so that
 * comparing values is comparing strings (any NaN is {@code nan}, since the canonical ABI lets NaN
 * payloads change).
 */
final class ValueText {
    private ValueText() {}

    /**
     * The JSON argument for {@code v} of type {@code t} (handles carry their {@code Integer} rep).
     */
    static String json(ValType t, Val v) {
        StringBuilder s = new StringBuilder();
        json(t, v, s);
        return s.toString();
    }

    private static void json(ValType t, Val v, StringBuilder s) {
        if (t instanceof PrimType p) {
            switch (p) {
                case STRING -> quoteJson(((Val.Str) v).value(), s);
                case F32 ->
                        s.append(
                                Integer.toUnsignedString(
                                        Float.floatToRawIntBits(((Val.F32) v).value())));
                case F64 ->
                        s.append(
                                Long.toUnsignedString(
                                        Double.doubleToRawLongBits(((Val.F64) v).value())));
                case CHAR -> s.append(((Val.Char) v).codePoint());
                default -> s.append(scalar(p, v));
            }
        } else if (t instanceof ListType l) {
            s.append('[');
            java.util.List<Val> es = ((Val.List) v).elements();
            for (int i = 0; i < es.size(); i++) {
                s.append(i == 0 ? "" : ",");
                json(l.element(), es.get(i), s);
            }
            s.append(']');
        } else if (t instanceof TupleType tt) {
            s.append('[');
            java.util.List<Val> es = ((Val.Tuple) v).elements();
            for (int i = 0; i < es.size(); i++) {
                s.append(i == 0 ? "" : ",");
                json(tt.types().get(i), es.get(i), s);
            }
            s.append(']');
        } else if (t instanceof RecordType r) {
            s.append('[');
            java.util.List<Val.Field> fs = ((Val.Record) v).fields();
            for (int i = 0; i < fs.size(); i++) {
                s.append(i == 0 ? "" : ",");
                json(r.fields().get(i).type(), fs.get(i).value(), s);
            }
            s.append(']');
        } else if (t instanceof VariantType vt) {
            Val.Variant x = (Val.Variant) v;
            tagged(x.caseName(), vt.cases().get(vt.indexOf(x.caseName())).type(), x.payload(), s);
        } else if (t instanceof OptionType o) {
            Val inner = ((Val.Option) v).value();
            tagged(inner == null ? "none" : "some", inner == null ? null : o.type(), inner, s);
        } else if (t instanceof ResultType r) {
            Val.Result x = (Val.Result) v;
            tagged(x.ok() ? "ok" : "err", x.ok() ? r.ok() : r.err(), x.payload(), s);
        } else if (t instanceof EnumType) {
            quoteJson(((Val.Enum) v).label(), s);
        } else if (t instanceof FlagsType f) {
            s.append('[');
            boolean first = true;
            for (String label : f.labels()) {
                if (((Val.Flags) v).set().contains(label)) {
                    s.append(first ? "" : ",");
                    quoteJson(label, s);
                    first = false;
                }
            }
            s.append(']');
        } else if (t instanceof OwnType) {
            s.append(rep(v));
        } else {
            throw new IllegalArgumentException("no JSON for " + t);
        }
    }

    private static void tagged(String name, ValType payloadType, Val payload, StringBuilder s) {
        s.append('[');
        quoteJson(name, s);
        if (payloadType != null) {
            s.append(',');
            json(payloadType, payload, s);
        }
        s.append(']');
    }

    /** {@code text} as a JSON string, ASCII only (UTF-16 escapes for everything else). */
    static void quoteJson(String text, StringBuilder s) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        s.append('"');
    }

    /** The canonical text of {@code v} of type {@code t}. */
    static String canonical(ValType t, Val v) {
        StringBuilder s = new StringBuilder();
        canonical(t, v, s);
        return s.toString();
    }

    private static void canonical(ValType t, Val v, StringBuilder s) {
        if (t instanceof PrimType p) {
            switch (p) {
                case STRING -> {
                    s.append('"');
                    ((Val.Str) v)
                            .value()
                            .codePoints()
                            .forEach(
                                    c -> {
                                        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                                            s.appendCodePoint(c);
                                        } else {
                                            s.append("\\u{")
                                                    .append(Integer.toHexString(c))
                                                    .append('}');
                                        }
                                    });
                    s.append('"');
                }
                case F32 -> {
                    float f = ((Val.F32) v).value();
                    s.append(
                            Float.isNaN(f)
                                    ? "nan"
                                    : String.format("f32:%08x", Float.floatToRawIntBits(f)));
                }
                case F64 -> {
                    double d = ((Val.F64) v).value();
                    s.append(
                            Double.isNaN(d)
                                    ? "nan"
                                    : String.format("f64:%016x", Double.doubleToRawLongBits(d)));
                }
                case CHAR ->
                        s.append("char:").append(Integer.toHexString(((Val.Char) v).codePoint()));
                default -> s.append(scalar(p, v));
            }
        } else if (t instanceof ListType l) {
            s.append('[');
            java.util.List<Val> es = ((Val.List) v).elements();
            for (int i = 0; i < es.size(); i++) {
                s.append(i == 0 ? "" : ",");
                canonical(l.element(), es.get(i), s);
            }
            s.append(']');
        } else if (t instanceof TupleType tt) {
            s.append('(');
            java.util.List<Val> es = ((Val.Tuple) v).elements();
            for (int i = 0; i < es.size(); i++) {
                s.append(i == 0 ? "" : ",");
                canonical(tt.types().get(i), es.get(i), s);
            }
            s.append(')');
        } else if (t instanceof RecordType r) {
            s.append('{');
            java.util.List<Val.Field> fs = ((Val.Record) v).fields();
            for (int i = 0; i < fs.size(); i++) {
                s.append(i == 0 ? "" : ",").append(r.fields().get(i).name()).append(':');
                canonical(r.fields().get(i).type(), fs.get(i).value(), s);
            }
            s.append('}');
        } else if (t instanceof VariantType vt) {
            Val.Variant x = (Val.Variant) v;
            Case c = vt.cases().get(vt.indexOf(x.caseName()));
            canonicalCase(x.caseName(), c.type(), x.payload(), s);
        } else if (t instanceof OptionType o) {
            Val inner = ((Val.Option) v).value();
            canonicalCase(
                    inner == null ? "none" : "some", inner == null ? null : o.type(), inner, s);
        } else if (t instanceof ResultType r) {
            Val.Result x = (Val.Result) v;
            canonicalCase(x.ok() ? "ok" : "err", x.ok() ? r.ok() : r.err(), x.payload(), s);
        } else if (t instanceof EnumType) {
            s.append(((Val.Enum) v).label());
        } else if (t instanceof FlagsType f) {
            s.append('{');
            boolean first = true;
            for (String label : f.labels()) {
                if (((Val.Flags) v).set().contains(label)) {
                    s.append(first ? "" : ",").append(label);
                    first = false;
                }
            }
            s.append('}');
        } else if (t instanceof OwnType) {
            s.append("own:").append(rep(v));
        } else {
            throw new IllegalArgumentException("no canonical text for " + t);
        }
    }

    private static void canonicalCase(
            String name, ValType payloadType, Val payload, StringBuilder s) {
        s.append(name);
        if (payloadType != null) {
            s.append('(');
            canonical(payloadType, payload, s);
            s.append(')');
        }
    }

    private static String scalar(PrimType p, Val v) {
        return switch (p) {
            case BOOL -> Boolean.toString(((Val.Bool) v).value());
            case S8 -> Byte.toString(((Val.S8) v).value());
            case U8 -> Integer.toString(Byte.toUnsignedInt(((Val.U8) v).value()));
            case S16 -> Short.toString(((Val.S16) v).value());
            case U16 -> Integer.toString(Short.toUnsignedInt(((Val.U16) v).value()));
            case S32 -> Integer.toString(((Val.S32) v).value());
            case U32 -> Integer.toUnsignedString(((Val.U32) v).value());
            case S64 -> Long.toString(((Val.S64) v).value());
            case U64 -> Long.toUnsignedString(((Val.U64) v).value());
            default -> throw new IllegalArgumentException("not a scalar: " + p);
        };
    }

    private static int rep(Val v) {
        Object h = ((Val.Resource) v).handle();
        if (h instanceof ResourceAny a) {
            return a.rep();
        }
        return (Integer) h;
    }
}
