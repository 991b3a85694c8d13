package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Component values of scripts ({@code (u32.const 1)}, {@code (record.const ...)}, ...). */
public final class WastValues {
    private WastValues() {}

    /** An expected result: a value, or {@code (f32.const nan:canonical)}-style NaN classes. */
    public static ValPattern pattern(SExpr e) {
        if (e instanceof SList l
                && (l.isList("f32.const") || l.isList("f64.const"))
                && l.size() == 2) {
            SExpr v = l.get(1);
            boolean f64 = l.isList("f64.const");
            if (v.isKeyword("nan:canonical")) {
                return new ValPattern.Nan(f64, true);
            }
            if (v.isKeyword("nan:arithmetic")) {
                return new ValPattern.Nan(f64, false);
            }
        }
        return new ValPattern.Exact(value(e));
    }

    /** One value. */
    public static Val value(SExpr e) {
        if (!(e instanceof SList l) || l.head() == null) {
            throw WatException.at(e, "expected a [type].const expression");
        }
        Cursor c = l.cursor(1);
        Val v =
                switch (l.head()) {
                    case "bool.const" -> {
                        if (c.acceptKeyword("true")) {
                            yield new Val.Bool(true);
                        }
                        c.expectKeyword("false");
                        yield new Val.Bool(false);
                    }
                    case "u8.const" -> new Val.U8((byte) integer(c, 8, false));
                    case "s8.const" -> new Val.S8((byte) integer(c, 8, true));
                    case "u16.const" -> new Val.U16((short) integer(c, 16, false));
                    case "s16.const" -> new Val.S16((short) integer(c, 16, true));
                    case "u32.const" -> new Val.U32((int) integer(c, 32, false));
                    case "s32.const" -> new Val.S32((int) integer(c, 32, true));
                    case "u64.const" -> new Val.U64(integer(c, 64, false));
                    case "s64.const" -> new Val.S64(integer(c, 64, true));
                    case "f32.const" ->
                            new Val.F32(Float.intBitsToFloat(NumberLiterals.f32(floatAtom(c))));
                    case "f64.const" ->
                            new Val.F64(Double.longBitsToDouble(NumberLiterals.f64(floatAtom(c))));
                    case "char.const" -> {
                        SAtom s = c.expectAtom(TokenKind.STRING, "string");
                        String str = s.token().utf8();
                        if (str.isEmpty() || str.codePointCount(0, str.length()) != 1) {
                            throw WatException.at(s, "expected exactly one character");
                        }
                        yield new Val.Char(str.codePointAt(0));
                    }
                    case "str.const" -> new Val.Str(c.expectName());
                    case "list.const" -> new Val.List(values(c));
                    case "tuple.const" -> new Val.Tuple(values(c));
                    case "record.const" -> {
                        List<Val.Field> fields = new ArrayList<>();
                        while (!c.atEnd()) {
                            SList field = c.expectList("field");
                            Cursor fc = field.cursor(1);
                            String name = fc.expectName();
                            Val fv;
                            if (fc.peek() instanceof SList) {
                                fv = value(fc.next());
                                fc.expectEnd();
                            } else {
                                // the reference syntax: (field "name" u8.const 2), unparenthesized
                                List<SExpr> rest =
                                        field.items().subList(fc.position(), field.size());
                                SExpr first = fc.peek() != null ? fc.peek() : field;
                                fv =
                                        value(
                                                new SList(
                                                        rest,
                                                        first.line(),
                                                        first.column(),
                                                        field.endLine(),
                                                        field.endColumn()));
                            }
                            fields.add(new Val.Field(name, fv));
                        }
                        yield new Val.Record(fields);
                    }
                    case "variant.const" -> {
                        String name = c.expectName();
                        Val payload = c.atEnd() ? null : value(c.next());
                        yield new Val.Variant(name, payload);
                    }
                    case "enum.const" -> new Val.Enum(c.expectName());
                    case "option.none" -> Val.Option.NONE;
                    case "option.some" -> new Val.Option(value(c.next()));
                    case "result.ok" -> Val.Result.ok(c.atEnd() ? null : value(c.next()));
                    case "result.err" -> Val.Result.err(c.atEnd() ? null : value(c.next()));
                    case "flags.const" -> {
                        Set<String> set = new LinkedHashSet<>();
                        while (!c.atEnd()) {
                            set.add(c.expectName());
                        }
                        yield new Val.Flags(set);
                    }
                    default -> throw WatException.at(e, "expected a [type].const expression");
                };
        c.expectEnd();
        return v;
    }

    private static List<Val> values(Cursor c) {
        List<Val> out = new ArrayList<>();
        while (!c.atEnd()) {
            out.add(value(c.next()));
        }
        return out;
    }

    private static SAtom floatAtom(Cursor c) {
        SExpr e = c.next();
        if (!(e instanceof SAtom a)) {
            throw WatException.at(e, "expected a float literal");
        }
        return a;
    }

    /** An integer literal in the range of a {@code bits}-wide signed or unsigned type. */
    private static long integer(Cursor c, int bits, boolean signed) {
        SAtom a = c.expectAtom(TokenKind.NUMBER, "integer");
        String t = a.text().replace("_", "");
        boolean neg = t.startsWith("-");
        if (neg || t.startsWith("+")) {
            t = t.substring(1);
        }
        BigInteger v;
        try {
            v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
        } catch (NumberFormatException ex) {
            throw WatException.at(a, "expected an integer");
        }
        if (neg) {
            v = v.negate();
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max =
                signed
                        ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw WatException.at(a, "constant out of range");
        }
        return v.longValue();
    }
}
