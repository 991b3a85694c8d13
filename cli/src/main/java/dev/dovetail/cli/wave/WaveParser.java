package dev.dovetail.cli.wave;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads WAVE tokens as a value of a known type. The type decides how ambiguous forms read: {@code
 * {}} is empty flags or a record whose fields are all options, a bare label is a bool, an enum
 * label or a variant case, and a value that is not {@code some(..)}/{@code none} (or {@code
 * ok(..)}/{@code err(..)}) is the payload of an option (a result's {@code ok}) when that payload is
 * not itself an option or result.
 */
final class WaveParser {
    /** Deeper nesting is refused, so that hostile input cannot overflow the stack. */
    static final int MAX_DEPTH = 100;

    private final String src;
    private final List<Token> tokens;
    private int i;
    private int depth;

    WaveParser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    // ---- token access ---------------------------------------------------------------------

    private Token peek() {
        return tokens.get(i);
    }

    private Token take() {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.EOF) {
            i++;
        }
        return t;
    }

    private boolean at(Token.Kind kind) {
        return peek().kind() == kind;
    }

    private Token expect(Token.Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw syntax("expected " + kind.text + " " + what + ", found " + t.describe(), t);
        }
        return take();
    }

    WaveException syntax(String reason, Token at) {
        return new WaveException(WaveException.Kind.SYNTAX, reason, null, src, at.start());
    }

    WaveException type(String reason, ValType expected, int at) {
        return new WaveException(WaveException.Kind.TYPE, reason, expected.toString(), src, at);
    }

    private WaveException mismatch(ValType expected, Token found) {
        String hint = "";
        if (found.isAnyKeyword()) {
            boolean isLabel =
                    (expected instanceof EnumType e && e.labels().contains(found.value()))
                            || (expected instanceof VariantType v && v.indexOf(found.value()) >= 0);
            if (isLabel) {
                hint = " (a label that is a keyword is written `%" + found.value() + "`)";
            }
        }
        // Running into the end or a closing bracket is a syntax error; any other value is a
        // well-formed value of the wrong type.
        WaveException.Kind kind =
                switch (found.kind()) {
                    case EOF, RPAREN, RBRACKET, RBRACE, COMMA, COLON -> WaveException.Kind.SYNTAX;
                    default -> WaveException.Kind.TYPE;
                };
        return new WaveException(
                kind,
                "expected " + expected + ", found " + found.describe() + hint,
                expected.toString(),
                src,
                found.start());
    }

    /** Fails unless every token has been read. */
    void finish() {
        if (!at(Token.Kind.EOF)) {
            throw syntax("unexpected " + peek().describe() + " after the value", peek());
        }
    }

    boolean atEnd() {
        return at(Token.Kind.EOF);
    }

    // ---- values ---------------------------------------------------------------------------

    Val value(ValType type) {
        if (depth >= MAX_DEPTH) {
            throw syntax("values nested more than " + MAX_DEPTH + " deep", peek());
        }
        depth++;
        try {
            return valueInner(type);
        } finally {
            depth--;
        }
    }

    private Val valueInner(ValType type) {
        if (type instanceof PrimType p) {
            return prim(p);
        } else if (type instanceof ListType l) {
            return list(l);
        } else if (type instanceof TupleType t) {
            return tuple(t);
        } else if (type instanceof RecordType r) {
            return record(r);
        } else if (type instanceof FlagsType f) {
            return flags(f);
        } else if (type instanceof VariantType v) {
            return variant(v);
        } else if (type instanceof EnumType e) {
            return enumValue(e);
        } else if (type instanceof OptionType o) {
            return option(o);
        } else if (type instanceof ResultType r) {
            return result(r);
        } else if (type instanceof MapType m) {
            return map(m);
        } else if (type instanceof OwnType
                || type instanceof BorrowType
                || type instanceof StreamType
                || type instanceof FutureType) {
            throw type(
                    "values of type " + type + " cannot be written in WAVE", type, peek().start());
        }
        throw new IllegalStateException("unknown type " + type);
    }

    private Val prim(PrimType p) {
        Token t = peek();
        switch (p) {
            case BOOL:
                if (t.isKeyword("true") || t.isKeyword("false")) {
                    take();
                    return new Val.Bool(t.value().equals("true"));
                }
                throw mismatch(p, t);
            case CHAR:
                if (t.kind() == Token.Kind.CHAR) {
                    take();
                    return new Val.Char(t.value().codePointAt(0));
                }
                throw mismatch(p, t);
            case STRING:
                if (t.kind() == Token.Kind.STRING) {
                    take();
                    return new Val.Str(t.value());
                }
                throw mismatch(p, t);
            case F32:
            case F64:
                return floatValue(p, t);
            case ERROR_CONTEXT:
                throw type("values of type error-context cannot be written in WAVE", p, t.start());
            default:
                return integer(p, t);
        }
    }

    private Val floatValue(PrimType p, Token t) {
        double d;
        if (t.isKeyword("nan")) {
            d = Double.NaN;
        } else if (t.isKeyword("inf")) {
            d = Double.POSITIVE_INFINITY;
        } else if (t.kind() == Token.Kind.NUMBER) {
            d = t.value().equals("-inf") ? Double.NEGATIVE_INFINITY : 0;
        } else {
            throw mismatch(p, t);
        }
        take();
        boolean literal = t.kind() == Token.Kind.NUMBER && !t.value().equals("-inf");
        if (p == PrimType.F32) {
            return new Val.F32(literal ? Float.parseFloat(t.value()) : (float) d);
        }
        return new Val.F64(literal ? Double.parseDouble(t.value()) : d);
    }

    private static final Map<PrimType, BigInteger[]> RANGES =
            Map.of(
                    PrimType.S8,
                    range(Byte.MIN_VALUE, Byte.MAX_VALUE),
                    PrimType.U8,
                    range(0, 0xFF),
                    PrimType.S16,
                    range(Short.MIN_VALUE, Short.MAX_VALUE),
                    PrimType.U16,
                    range(0, 0xFFFF),
                    PrimType.S32,
                    range(Integer.MIN_VALUE, Integer.MAX_VALUE),
                    PrimType.U32,
                    range(0, 0xFFFF_FFFFL),
                    PrimType.S64,
                    range(Long.MIN_VALUE, Long.MAX_VALUE),
                    PrimType.U64,
                    new BigInteger[] {
                        BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)
                    });

    private static BigInteger[] range(long min, long max) {
        return new BigInteger[] {BigInteger.valueOf(min), BigInteger.valueOf(max)};
    }

    private Val integer(PrimType p, Token t) {
        if (t.kind() != Token.Kind.NUMBER
                || t.value().equals("-inf")
                || t.value().indexOf('.') >= 0
                || t.value().indexOf('e') >= 0
                || t.value().indexOf('E') >= 0) {
            throw mismatch(p, t);
        }
        BigInteger v = new BigInteger(t.value());
        BigInteger[] r = RANGES.get(p);
        boolean negativeZero = t.value().equals("-0") && r[0].signum() == 0;
        if (v.compareTo(r[0]) < 0 || v.compareTo(r[1]) > 0 || negativeZero) {
            throw type(
                    "number `"
                            + t.value()
                            + "` is out of range for "
                            + p
                            + " ["
                            + r[0]
                            + ", "
                            + r[1]
                            + "]",
                    p,
                    t.start());
        }
        take();
        long l = v.longValue(); // same bits for u64 above Long.MAX_VALUE
        return switch (p) {
            case S8 -> new Val.S8((byte) l);
            case U8 -> new Val.U8((byte) l);
            case S16 -> new Val.S16((short) l);
            case U16 -> new Val.U16((short) l);
            case S32 -> new Val.S32((int) l);
            case U32 -> new Val.U32((int) l);
            case S64 -> new Val.S64(l);
            case U64 -> new Val.U64(l);
            default -> throw new IllegalStateException(p.toString());
        };
    }

    /** Reads {@code open value, value, ... close} with an optional trailing comma. */
    private List<Val> sequence(
            Token.Kind close, String what, java.util.function.IntFunction<ValType> typeOf) {
        List<Val> out = new ArrayList<>();
        while (!at(close)) {
            ValType t = typeOf.apply(out.size());
            if (t == null) {
                return out; // the caller reports the extra element
            }
            out.add(value(t));
            if (at(Token.Kind.COMMA)) {
                take();
            } else if (!at(close)) {
                throw syntax(
                        "expected `,` or "
                                + close.text
                                + " in "
                                + what
                                + ", found "
                                + peek().describe(),
                        peek());
            }
        }
        return out;
    }

    private Val list(ListType l) {
        Token open = peek();
        if (open.kind() != Token.Kind.LBRACKET) {
            throw mismatch(l, open);
        }
        take();
        List<Val> elems = sequence(Token.Kind.RBRACKET, "list", n -> l.element());
        expect(Token.Kind.RBRACKET, "to close the list");
        if (l.isFixed() && elems.size() != l.length()) {
            throw type(
                    "expected " + l.length() + " elements for " + l + ", found " + elems.size(),
                    l,
                    open.start());
        }
        return new Val.List(elems);
    }

    private Val tuple(TupleType t) {
        Token open = peek();
        if (open.kind() != Token.Kind.LPAREN) {
            throw mismatch(t, open);
        }
        take();
        int n = t.types().size();
        List<Val> elems =
                sequence(Token.Kind.RPAREN, "tuple", k -> k < n ? t.types().get(k) : null);
        if (!at(Token.Kind.RPAREN)) {
            throw type("too many elements for " + t + ": expected " + n, t, peek().start());
        }
        take();
        if (elems.size() != n) {
            throw type(
                    "expected " + n + " elements for " + t + ", found " + elems.size(),
                    t,
                    open.start());
        }
        return new Val.Tuple(elems);
    }

    private Val map(MapType m) {
        Token open = peek();
        if (open.kind() != Token.Kind.LBRACKET) {
            throw mismatch(m, open);
        }
        take();
        TupleType entry = TupleType.of(m.key(), m.value());
        List<Val> pairs = sequence(Token.Kind.RBRACKET, "map", n -> entry);
        expect(Token.Kind.RBRACKET, "to close the map");
        List<Val.Entry> entries = new ArrayList<>();
        for (Val p : pairs) {
            List<Val> kv = ((Val.Tuple) p).elements();
            entries.add(new Val.Entry(kv.get(0), kv.get(1)));
        }
        return new Val.Map(entries);
    }

    private Val record(RecordType r) {
        Token open = peek();
        if (open.kind() != Token.Kind.LBRACE) {
            throw mismatch(r, open);
        }
        take();
        Map<String, Val> given = new HashMap<>();
        if (at(Token.Kind.COLON)) { // `{:}`: every field omitted
            take();
            expect(Token.Kind.RBRACE, "to close the empty record `{:}`");
        } else {
            while (!at(Token.Kind.RBRACE)) {
                Token label = peek();
                if (label.kind() != Token.Kind.LABEL) {
                    throw syntax("expected a field name, found " + label.describe(), label);
                }
                take();
                Field field = null;
                for (Field f : r.fields()) {
                    if (f.name().equals(label.value())) {
                        field = f;
                    }
                }
                if (field == null) {
                    throw type("unknown field `" + label.value() + "` for " + r, r, label.start());
                }
                if (given.containsKey(field.name())) {
                    throw syntax("duplicate field `" + field.name() + "`", label);
                }
                expect(Token.Kind.COLON, "after field name `" + field.name() + "`");
                given.put(field.name(), value(field.type()));
                if (at(Token.Kind.COMMA)) {
                    take();
                } else if (!at(Token.Kind.RBRACE)) {
                    throw syntax(
                            "expected `,` or `}` in record, found " + peek().describe(), peek());
                }
            }
            take();
        }
        List<Val.Field> fields = new ArrayList<>();
        for (Field f : r.fields()) {
            Val v = given.get(f.name());
            if (v == null) {
                if (!(f.type() instanceof OptionType)) {
                    throw type(
                            "missing field `" + f.name() + ": " + f.type() + "` of " + r,
                            r,
                            open.start());
                }
                v = Val.Option.NONE;
            }
            fields.add(new Val.Field(f.name(), v));
        }
        return new Val.Record(fields);
    }

    private Val flags(FlagsType f) {
        Token open = peek();
        if (open.kind() != Token.Kind.LBRACE) {
            throw mismatch(f, open);
        }
        take();
        Set<String> set = new LinkedHashSet<>();
        while (!at(Token.Kind.RBRACE)) {
            Token label = peek();
            if (label.kind() != Token.Kind.LABEL) {
                throw syntax("expected a flag name, found " + label.describe(), label);
            }
            take();
            if (f.indexOf(label.value()) < 0) {
                throw type("unknown flag `" + label.value() + "` for " + f, f, label.start());
            }
            if (!set.add(label.value())) {
                throw syntax("duplicate flag `" + label.value() + "`", label);
            }
            if (at(Token.Kind.COMMA)) {
                take();
            } else if (!at(Token.Kind.RBRACE)) {
                throw syntax("expected `,` or `}` in flags, found " + peek().describe(), peek());
            }
        }
        take();
        return new Val.Flags(set);
    }

    private Val variant(VariantType v) {
        Token label = peek();
        if (label.kind() != Token.Kind.LABEL || label.isAnyKeyword()) {
            throw mismatch(v, label);
        }
        int idx = v.indexOf(label.value());
        if (idx < 0) {
            throw type("unknown case `" + label.value() + "` for " + v, v, label.start());
        }
        take();
        Case c = v.cases().get(idx);
        return new Val.Variant(c.name(), payload(c.name(), c.type(), v, label));
    }

    /** Reads {@code (payload)} after a case label when {@code payloadType} is not null. */
    private Val payload(String caseName, ValType payloadType, ValType whole, Token label) {
        if (payloadType == null) {
            if (at(Token.Kind.LPAREN)) {
                throw type(
                        "case `" + caseName + "` of " + whole + " has no payload",
                        whole,
                        peek().start());
            }
            return null;
        }
        if (!at(Token.Kind.LPAREN)) {
            throw type(
                    "case `"
                            + caseName
                            + "` of "
                            + whole
                            + " needs a payload: `"
                            + caseName
                            + "(...)`",
                    whole,
                    label.start());
        }
        take();
        Val v = value(payloadType);
        expect(Token.Kind.RPAREN, "to close the payload of `" + caseName + "`");
        return v;
    }

    private Val enumValue(EnumType e) {
        Token label = peek();
        if (label.kind() != Token.Kind.LABEL || label.isAnyKeyword()) {
            throw mismatch(e, label);
        }
        if (!e.labels().contains(label.value())) {
            throw type("unknown case `" + label.value() + "` for " + e, e, label.start());
        }
        take();
        return new Val.Enum(label.value());
    }

    /** Whether a value of {@code t} may stand for {@code some(v)} or {@code ok(v)} on its own. */
    static boolean flattenable(ValType t) {
        return !(t instanceof OptionType) && !(t instanceof ResultType);
    }

    private Val option(OptionType o) {
        Token t = peek();
        if (t.isKeyword("none")) {
            take();
            if (at(Token.Kind.LPAREN)) {
                throw type("`none` has no payload", o, peek().start());
            }
            return Val.Option.NONE;
        }
        if (t.isKeyword("some")) {
            take();
            return new Val.Option(payload("some", o.type(), o, t));
        }
        if (flattenable(o.type())) {
            try {
                return new Val.Option(value(o.type()));
            } catch (WaveException e) {
                if (e.kind() == WaveException.Kind.TYPE
                        && e.offset() == t.start()
                        && e.reason().startsWith("expected " + o.type() + ", found")) {
                    throw mismatch(o, t); // name the whole option type
                }
                throw e;
            }
        }
        throw mismatch(o, t);
    }

    private Val result(ResultType r) {
        Token t = peek();
        if (t.isKeyword("ok") || t.isKeyword("err")) {
            take();
            boolean ok = t.value().equals("ok");
            return new Val.Result(ok, payload(t.value(), ok ? r.ok() : r.err(), r, t));
        }
        if (r.ok() != null && flattenable(r.ok())) {
            try {
                return Val.Result.ok(value(r.ok()));
            } catch (WaveException e) {
                if (e.kind() == WaveException.Kind.TYPE
                        && e.offset() == t.start()
                        && e.reason().startsWith("expected " + r.ok() + ", found")) {
                    throw mismatch(r, t);
                }
                throw e;
            }
        }
        throw mismatch(r, t);
    }

    // ---- function calls -------------------------------------------------------------------

    /**
     * Reads {@code (arg, ...)} for {@code type}'s parameters; trailing option parameters may be
     * left out and read as {@code none}.
     */
    List<Val> arguments(String funcName, FuncType type) {
        Token open = peek();
        if (open.kind() == Token.Kind.EOF) {
            return missing(funcName, type, List.of(), open);
        }
        expect(Token.Kind.LPAREN, "to start the arguments of `" + funcName + "`");
        List<FuncType.Param> params = type.params();
        List<Val> args = new ArrayList<>();
        while (!at(Token.Kind.RPAREN)) {
            if (args.size() == params.size()) {
                throw new WaveException(
                        WaveException.Kind.TYPE,
                        "too many arguments: `"
                                + funcName
                                + "` takes "
                                + params.size()
                                + " "
                                + signature(type),
                        signature(type),
                        src,
                        peek().start());
            }
            args.add(value(params.get(args.size()).type()));
            if (at(Token.Kind.COMMA)) {
                take();
            } else if (!at(Token.Kind.RPAREN)) {
                throw syntax(
                        "expected `,` or `)` in the arguments, found " + peek().describe(), peek());
            }
        }
        Token close = take();
        finish();
        return missing(funcName, type, args, close);
    }

    private List<Val> missing(String funcName, FuncType type, List<Val> given, Token at) {
        List<Val> args = new ArrayList<>(given);
        List<FuncType.Param> params = type.params();
        for (int k = args.size(); k < params.size(); k++) {
            FuncType.Param p = params.get(k);
            if (!(p.type() instanceof OptionType)) {
                throw new WaveException(
                        WaveException.Kind.TYPE,
                        "missing argument `" + p + "`: `" + funcName + "` takes " + signature(type),
                        p.type().toString(),
                        src,
                        at.start());
            }
            args.add(Val.Option.NONE);
        }
        return args;
    }

    static String signature(FuncType type) {
        StringBuilder sb = new StringBuilder("(");
        for (FuncType.Param p : type.params()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(p);
        }
        return sb.append(')').toString();
    }
}
