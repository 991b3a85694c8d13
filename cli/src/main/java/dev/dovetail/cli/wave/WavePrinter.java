package dev.dovetail.cli.wave;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a value as WAVE text, checking it against its type on the way. The output is the canonical
 * form the WAVE reference writer produces: {@code some(..)}/{@code ok(..)} spelled out, {@code
 * none} record fields left out ({@code {:}} when every field is), labels that are keywords prefixed
 * with {@code %}, flags in the type's order, floats in plain decimal ({@code nan}, {@code inf},
 * {@code -inf}). Maps, which WAVE does not cover, are written as lists of key/value tuples, the
 * shape the Canonical ABI gives them. Resource handles, streams, futures and error contexts have no
 * WAVE form; they print as {@code <own r>}, {@code <borrow r>}, {@code <stream>}, {@code <future>}
 * and {@code <error-context>}, which the parser refuses.
 */
final class WavePrinter {
    private final StringBuilder out = new StringBuilder();

    private WavePrinter() {}

    static String print(Val v, ValType t) {
        WavePrinter p = new WavePrinter();
        p.write(v, t);
        return p.out.toString();
    }

    private static WaveException mismatch(Val v, ValType t) {
        return new WaveException(
                WaveException.Kind.TYPE, "value " + v + " does not match type " + t, t.toString());
    }

    private void write(Val v, ValType t) {
        if (t instanceof PrimType p) {
            prim(v, p);
        } else if (t instanceof ListType l && v instanceof Val.List list) {
            if (l.isFixed() && list.elements().size() != l.length()) {
                throw mismatch(v, t);
            }
            out.append('[');
            seq(list.elements(), i -> l.element());
            out.append(']');
        } else if (t instanceof TupleType tt && v instanceof Val.Tuple tuple) {
            if (tuple.elements().size() != tt.types().size()) {
                throw mismatch(v, t);
            }
            out.append('(');
            seq(tuple.elements(), i -> tt.types().get(i));
            out.append(')');
        } else if (t instanceof RecordType r && v instanceof Val.Record rec) {
            record(rec, r);
        } else if (t instanceof FlagsType f && v instanceof Val.Flags flags) {
            if (!f.labels().containsAll(flags.set())) {
                throw mismatch(v, t);
            }
            out.append('{');
            boolean first = true;
            for (String label : f.labels()) {
                if (flags.set().contains(label)) {
                    out.append(first ? "" : ", ").append(label);
                    first = false;
                }
            }
            out.append('}');
        } else if (t instanceof VariantType vt && v instanceof Val.Variant var) {
            int idx = vt.indexOf(var.caseName());
            if (idx < 0) {
                throw mismatch(v, t);
            }
            Case c = vt.cases().get(idx);
            label(c.name());
            payload(var.payload(), c.type(), v, t);
        } else if (t instanceof EnumType e && v instanceof Val.Enum en) {
            if (!e.labels().contains(en.label())) {
                throw mismatch(v, t);
            }
            label(en.label());
        } else if (t instanceof OptionType o && v instanceof Val.Option opt) {
            if (opt.isSome()) {
                out.append("some");
                payload(opt.value(), o.type(), v, t);
            } else {
                out.append("none");
            }
        } else if (t instanceof ResultType r && v instanceof Val.Result res) {
            out.append(res.ok() ? "ok" : "err");
            payload(res.payload(), res.ok() ? r.ok() : r.err(), v, t);
        } else if (t instanceof MapType m && v instanceof Val.Map map) {
            out.append('[');
            boolean first = true;
            for (Val.Entry e : map.entries()) {
                out.append(first ? "(" : ", (");
                first = false;
                write(e.key(), m.key());
                out.append(", ");
                write(e.value(), m.value());
                out.append(')');
            }
            out.append(']');
        } else if (t instanceof OwnType o && v instanceof Val.Resource) {
            out.append("<own ").append(o.resource().name()).append('>');
        } else if (t instanceof BorrowType b && v instanceof Val.Resource) {
            out.append("<borrow ").append(b.resource().name()).append('>');
        } else if (t instanceof StreamType && v instanceof Val.Stream) {
            out.append("<stream>");
        } else if (t instanceof FutureType && v instanceof Val.Future) {
            out.append("<future>");
        } else {
            throw mismatch(v, t);
        }
    }

    private void seq(List<Val> vals, java.util.function.IntFunction<ValType> typeOf) {
        for (int i = 0; i < vals.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(vals.get(i), typeOf.apply(i));
        }
    }

    private void record(Val.Record rec, RecordType r) {
        if (rec.fields().size() != r.fields().size()) {
            throw mismatch(rec, r);
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < r.fields().size(); i++) {
            Field f = r.fields().get(i);
            Val.Field vf = rec.fields().get(i);
            if (!vf.name().equals(f.name())) {
                throw mismatch(rec, r);
            }
            if (vf.value() instanceof Val.Option o
                    && !o.isSome()
                    && f.type() instanceof OptionType) {
                continue; // WAVE leaves out fields that are none
            }
            out.append(first ? "" : ", ").append(f.name()).append(": ");
            first = false;
            write(vf.value(), f.type());
        }
        out.append(first ? ":}" : "}");
    }

    private void payload(Val payload, ValType type, Val whole, ValType wholeType) {
        if ((payload == null) != (type == null)) {
            throw mismatch(whole, wholeType);
        }
        if (payload != null) {
            out.append('(');
            write(payload, type);
            out.append(')');
        }
    }

    private void label(String label) {
        if (Token.KEYWORDS.contains(label)) {
            out.append('%');
        }
        out.append(label);
    }

    private void prim(Val v, PrimType p) {
        switch (p) {
            case BOOL -> out.append(cast(v, Val.Bool.class, p).value());
            case S8 -> out.append(cast(v, Val.S8.class, p).value());
            case U8 -> out.append(cast(v, Val.U8.class, p).intValue());
            case S16 -> out.append(cast(v, Val.S16.class, p).value());
            case U16 -> out.append(cast(v, Val.U16.class, p).intValue());
            case S32 -> out.append(cast(v, Val.S32.class, p).value());
            case U32 -> out.append(cast(v, Val.U32.class, p).longValue());
            case S64 -> out.append(cast(v, Val.S64.class, p).value());
            case U64 -> out.append(Long.toUnsignedString(cast(v, Val.U64.class, p).value()));
            case F32 -> {
                float f = cast(v, Val.F32.class, p).value();
                out.append(
                        Float.isFinite(f)
                                ? decimal(Float.toString(f), f == 0 && 1 / f < 0)
                                : nonFinite(f));
            }
            case F64 -> {
                double d = cast(v, Val.F64.class, p).value();
                out.append(
                        Double.isFinite(d)
                                ? decimal(Double.toString(d), d == 0 && 1 / d < 0)
                                : nonFinite(d));
            }
            case CHAR -> {
                out.append('\'');
                escape(cast(v, Val.Char.class, p).codePoint(), '\'');
                out.append('\'');
            }
            case STRING -> {
                out.append('"');
                cast(v, Val.Str.class, p).value().codePoints().forEach(cp -> escape(cp, '"'));
                out.append('"');
            }
            case ERROR_CONTEXT -> {
                cast(v, Val.ErrorContext.class, p);
                out.append("<error-context>");
            }
        }
    }

    private static <V extends Val> V cast(Val v, Class<V> c, PrimType p) {
        if (!c.isInstance(v)) {
            throw mismatch(v, p);
        }
        return c.cast(v);
    }

    private static String nonFinite(double d) {
        return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
    }

    /**
     * The shortest decimal that reads back as the same float ({@code Float/Double.toString}),
     * without exponent or trailing zeros: {@code 1}, {@code 0.5}, {@code 100000000000000000000}.
     */
    private static String decimal(String javaText, boolean negativeZero) {
        if (negativeZero) {
            return "-0";
        }
        BigDecimal bd = new BigDecimal(javaText).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }

    private void escape(int cp, char quote) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> {
                if (cp == quote) {
                    out.append('\\').append(quote);
                } else if (Character.isISOControl(cp)) {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }
}
