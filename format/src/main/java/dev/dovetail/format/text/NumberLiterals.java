package dev.dovetail.format.text;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Values of integer and float literals. Floats are rounded exactly (round-to-nearest, ties-to-even)
 * from the decimal or hexadecimal literal, never through an intermediate double.
 */
public final class NumberLiterals {
    private static final String NUM = "[0-9](?:_?[0-9])*";
    private static final String HEXNUM = "[0-9a-fA-F](?:_?[0-9a-fA-F])*";
    private static final Pattern INT = Pattern.compile("[+-]?(?:" + NUM + "|0x" + HEXNUM + ")");
    private static final Pattern FLOAT =
            Pattern.compile(
                    "[+-]?(?:"
                            + NUM
                            + "(?:\\."
                            + "(?:"
                            + NUM
                            + ")?)?(?:[eE][+-]?"
                            + NUM
                            + ")?"
                            + "|0x"
                            + HEXNUM
                            + "(?:\\.(?:"
                            + HEXNUM
                            + ")?)?(?:[pP][+-]?"
                            + NUM
                            + ")?"
                            + "|inf|nan|nan:0x"
                            + HEXNUM
                            + ")");

    private NumberLiterals() {}

    /** True if {@code text} is an integer or float literal of the text format. */
    public static boolean isNumber(String text) {
        return FLOAT.matcher(text).matches();
    }

    private static boolean isInteger(String text) {
        return INT.matcher(text).matches();
    }

    private static WatException error(SAtom at, String msg) {
        return WatException.at(at, msg);
    }

    private static BigInteger magnitude(String text) {
        String t = text.replace("_", "");
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
    }

    private static BigInteger integer(SAtom at, String what) {
        if (at.kind() != TokenKind.NUMBER || !isInteger(at.text())) {
            throw error(at, "expected " + what);
        }
        BigInteger m = magnitude(at.text());
        return at.text().startsWith("-") ? m.negate() : m;
    }

    /** An unsigned literal without sign (indices, limits, alignment): 0 .. 2^bits-1. */
    public static BigInteger unsigned(SAtom at, int bits) {
        if (at.kind() != TokenKind.NUMBER
                || !isInteger(at.text())
                || at.text().startsWith("+")
                || at.text().startsWith("-")) {
            throw error(at, "expected unsigned integer");
        }
        BigInteger v = magnitude(at.text());
        if (v.bitLength() > bits) {
            throw error(at, "constant out of range");
        }
        return v;
    }

    public static long u32(SAtom at) {
        return unsigned(at, 32).longValue();
    }

    public static long u64(SAtom at) {
        return unsigned(at, 64).longValue();
    }

    /** An {@code iN} literal: signed or unsigned interpretation, -2^(n-1) .. 2^n-1. */
    public static long signedOrUnsigned(SAtom at, int bits) {
        BigInteger v = integer(at, "integer");
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw error(at, "constant out of range");
        }
        return v.longValue();
    }

    public static int i32(SAtom at) {
        return (int) signedOrUnsigned(at, 32);
    }

    public static long i64(SAtom at) {
        return signedOrUnsigned(at, 64);
    }

    /** IEEE bits of an {@code f32} literal. */
    public static int f32(SAtom at) {
        return (int) floatBits(at, 24, 8);
    }

    /** IEEE bits of an {@code f64} literal. */
    public static long f64(SAtom at) {
        return floatBits(at, 53, 11);
    }

    private static long floatBits(SAtom at, int precision, int expBits) {
        if (at.kind() != TokenKind.NUMBER) {
            throw error(at, "expected float literal");
        }
        String text = at.text().replace("_", "");
        boolean negative = text.startsWith("-");
        if (negative || text.startsWith("+")) {
            text = text.substring(1);
        }
        int fracBits = precision - 1;
        long expMask = (1L << expBits) - 1;
        long sign = negative ? 1L << (fracBits + expBits) : 0;
        if (text.equals("inf")) {
            return sign | expMask << fracBits;
        }
        if (text.startsWith("nan")) {
            long payload = 1L << (fracBits - 1);
            if (text.startsWith("nan:0x")) {
                BigInteger p = new BigInteger(text.substring(6), 16);
                if (p.signum() == 0 || p.bitLength() > fracBits) {
                    throw error(at, "constant out of range");
                }
                payload = p.longValue();
            }
            return sign | expMask << fracBits | payload;
        }
        BigInteger num;
        BigInteger den = BigInteger.ONE;
        if (text.startsWith("0x")) {
            String body = text.substring(2);
            int p = body.indexOf('p') >= 0 ? body.indexOf('p') : body.indexOf('P');
            long exp = p >= 0 ? parseExponent(body.substring(p + 1)) : 0;
            String mant = p >= 0 ? body.substring(0, p) : body;
            int dot = mant.indexOf('.');
            String digits = dot >= 0 ? mant.substring(0, dot) + mant.substring(dot + 1) : mant;
            if (dot >= 0) {
                exp -= 4L * (mant.length() - dot - 1);
            }
            num = new BigInteger(digits, 16);
            if (num.signum() != 0) {
                // Far outside any float range: clamp so the shift stays small.
                long top = exp + num.bitLength();
                if (top > 5000) {
                    throw error(at, "constant out of range");
                }
                if (top < -5000) {
                    return sign;
                }
            }
            if (exp >= 0) {
                num = num.shiftLeft((int) exp);
            } else {
                den = den.shiftLeft((int) -exp);
            }
        } else {
            int e = text.indexOf('e') >= 0 ? text.indexOf('e') : text.indexOf('E');
            long exp = e >= 0 ? parseExponent(text.substring(e + 1)) : 0;
            String mant = e >= 0 ? text.substring(0, e) : text;
            int dot = mant.indexOf('.');
            String digits = dot >= 0 ? mant.substring(0, dot) + mant.substring(dot + 1) : mant;
            if (dot >= 0) {
                exp -= mant.length() - dot - 1;
            }
            num = new BigInteger(digits);
            if (num.signum() != 0) {
                long top = exp + digits.length();
                if (top > 1000) {
                    throw error(at, "constant out of range");
                }
                if (top < -1000) {
                    return sign;
                }
            }
            if (exp >= 0) {
                num = num.multiply(BigInteger.TEN.pow((int) exp));
            } else {
                den = BigInteger.TEN.pow((int) -exp);
            }
        }
        long bits = round(num, den, precision, expBits);
        if (bits < 0) {
            throw error(at, "constant out of range");
        }
        return sign | bits;
    }

    private static long parseExponent(String s) {
        // Saturate: anything beyond this is out of range (or zero) anyway.
        BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        return v.max(BigInteger.valueOf(-100_000)).min(BigInteger.valueOf(100_000)).longValue();
    }

    /**
     * Rounds the positive rational num/den to a binary float with {@code precision} significand
     * bits (including the implicit one); returns the unsigned bit pattern, or -1 on overflow.
     */
    static long round(BigInteger num, BigInteger den, int precision, int expBits) {
        if (num.signum() == 0) {
            return 0;
        }
        int bias = (1 << (expBits - 1)) - 1;
        int emin = 1 - bias;
        int emax = bias;
        // e = floor(log2(num/den))
        long e = (long) num.bitLength() - den.bitLength();
        boolean below =
                e >= 0
                        ? num.compareTo(den.shiftLeft((int) e)) < 0
                        : num.shiftLeft((int) -e).compareTo(den) < 0;
        if (below) {
            e--;
        }
        if (e < emin) {
            e = emin; // subnormal: fixed exponent, fewer significant bits
        }
        long shift = precision - 1 - e;
        BigInteger n = shift >= 0 ? num.shiftLeft((int) shift) : num;
        BigInteger d = shift >= 0 ? den : den.shiftLeft((int) -shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int cmp = qr[1].shiftLeft(1).compareTo(d);
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        if (q.bitLength() > precision) {
            q = q.shiftRight(1);
            e++;
        }
        if (e > emax) {
            return -1;
        }
        long mant = q.longValue();
        int fracBits = precision - 1;
        if (q.bitLength() < precision) {
            return mant; // subnormal (or rounded to zero)
        }
        return (e + bias) << fracBits | (mant & ((1L << fracBits) - 1));
    }
}
