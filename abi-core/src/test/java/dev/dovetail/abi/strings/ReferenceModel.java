package dev.dovetail.abi.strings;

import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;

/**
 * A deliberately naive model of the Canonical ABI's {@code store_string_into_range}, written step
 * by step after the reference: code point loops, byte-at-a-time memory access, its own encoders.
 * Slow and obvious, so that {@link StringCodec} can be checked against it.
 */
final class ReferenceModel {
    static final long TAG = 1L << 31;

    private final LinearMemory mem;
    private final Realloc realloc;
    private final StringEncoding dst;

    ReferenceModel(LinearMemory mem, Realloc realloc, StringEncoding dst) {
        this.mem = mem;
        this.realloc = realloc;
        this.dst = dst;
    }

    /** Returns {ptr, taggedCodeUnits}. */
    long[] store(String s, StringEncoding srcEncoding, long srcTagged) {
        String simple;
        long units;
        if (srcEncoding == StringEncoding.LATIN1_UTF16) {
            if ((srcTagged & TAG) != 0) {
                simple = "utf16";
                units = srcTagged ^ TAG;
            } else {
                simple = "latin1";
                units = srcTagged;
            }
        } else {
            simple = srcEncoding == StringEncoding.UTF8 ? "utf8" : "utf16";
            units = srcTagged;
        }
        int[] cps = s.codePoints().toArray();
        switch (dst) {
            case UTF8:
                switch (simple) {
                    case "utf8":
                        return copy(cps, units, 1, 1, "utf8");
                    case "utf16":
                        return toUtf8(cps, units, units * 3);
                    default:
                        return toUtf8(cps, units, units * 2);
                }
            case UTF16:
                if (simple.equals("utf8")) {
                    return utf8ToUtf16(cps, units);
                }
                return copy(cps, units, 2, 2, "utf16");
            default:
                if (srcEncoding != StringEncoding.LATIN1_UTF16) {
                    return toLatin1OrUtf16(cps, units);
                }
                if (simple.equals("latin1")) {
                    return copy(cps, units, 1, 2, "latin1");
                }
                return probablyUtf16(cps, units);
        }
    }

    private long reallocate(long old, long oldSize, int align, long newSize) {
        long ptr = realloc.realloc(old, oldSize, align, newSize);
        if (ptr % align != 0) {
            throw new Trap(StringCodec.MSG_REALLOC_UNALIGNED);
        }
        if (ptr < 0 || ptr + newSize > mem.byteSize()) {
            throw new Trap(StringCodec.MSG_REALLOC_OUT_OF_BOUNDS);
        }
        return ptr;
    }

    private void put(long addr, int b) {
        mem.writeI8(addr, (byte) b);
    }

    private int get(long addr) {
        return mem.readI8(addr) & 0xFF;
    }

    static byte[] encode(int[] cps, String encoding) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int cp : cps) {
            switch (encoding) {
                case "utf8":
                    if (cp < 0x80) {
                        out.write(cp);
                    } else if (cp < 0x800) {
                        out.write(0xC0 | cp >> 6);
                        out.write(0x80 | cp & 0x3F);
                    } else if (cp < 0x10000) {
                        out.write(0xE0 | cp >> 12);
                        out.write(0x80 | cp >> 6 & 0x3F);
                        out.write(0x80 | cp & 0x3F);
                    } else {
                        out.write(0xF0 | cp >> 18);
                        out.write(0x80 | cp >> 12 & 0x3F);
                        out.write(0x80 | cp >> 6 & 0x3F);
                        out.write(0x80 | cp & 0x3F);
                    }
                    break;
                case "utf16":
                    if (cp < 0x10000) {
                        out.write(cp & 0xFF);
                        out.write(cp >> 8);
                    } else {
                        int v = cp - 0x10000;
                        int hi = 0xD800 + (v >> 10);
                        int lo = 0xDC00 + (v & 0x3FF);
                        out.write(hi & 0xFF);
                        out.write(hi >> 8);
                        out.write(lo & 0xFF);
                        out.write(lo >> 8);
                    }
                    break;
                default:
                    if (cp > 0xFF) {
                        throw new AssertionError("not latin-1");
                    }
                    out.write(cp);
            }
        }
        return out.toByteArray();
    }

    private long[] copy(int[] cps, long units, int unitSize, int align, String encoding) {
        long byteLength = unitSize * units;
        long ptr = reallocate(0, 0, align, byteLength);
        byte[] enc = encode(cps, encoding);
        if (enc.length != byteLength) {
            throw new AssertionError("inconsistent source");
        }
        for (int i = 0; i < enc.length; i++) {
            put(ptr + i, enc[i]);
        }
        return new long[] {ptr, units};
    }

    private long[] toUtf8(int[] cps, long units, long worst) {
        long ptr = reallocate(0, 0, 1, units);
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] < 0x80) {
                put(ptr + i, cps[i]);
            } else {
                ptr = reallocate(ptr, units, 1, worst);
                byte[] enc = encode(cps, "utf8");
                for (int j = i; j < enc.length; j++) {
                    put(ptr + j, enc[j]);
                }
                if (worst > enc.length) {
                    ptr = reallocate(ptr, worst, 1, enc.length);
                }
                return new long[] {ptr, enc.length};
            }
        }
        return new long[] {ptr, units};
    }

    private long[] utf8ToUtf16(int[] cps, long units) {
        long worst = 2 * units;
        long ptr = reallocate(0, 0, 2, worst);
        byte[] enc = encode(cps, "utf16");
        for (int i = 0; i < enc.length; i++) {
            put(ptr + i, enc[i]);
        }
        if (enc.length < worst) {
            ptr = reallocate(ptr, worst, 2, enc.length);
        }
        return new long[] {ptr, enc.length / 2};
    }

    private long[] toLatin1OrUtf16(int[] cps, long units) {
        long ptr = reallocate(0, 0, 2, units);
        int dstLen = 0;
        for (int cp : cps) {
            if (cp < 0x100) {
                put(ptr + dstLen, cp);
                dstLen++;
            } else {
                long worst = 2 * units;
                ptr = reallocate(ptr, units, 2, worst);
                for (int j = dstLen - 1; j >= 0; j--) {
                    put(ptr + 2L * j, get(ptr + j));
                    put(ptr + 2L * j + 1, 0);
                }
                byte[] enc = encode(cps, "utf16");
                for (int k = 2 * dstLen; k < enc.length; k++) {
                    put(ptr + k, enc[k]);
                }
                if (worst > enc.length) {
                    ptr = reallocate(ptr, worst, 2, enc.length);
                }
                return new long[] {ptr, (enc.length / 2) | TAG};
            }
        }
        if (dstLen < units) {
            ptr = reallocate(ptr, units, 2, dstLen);
        }
        return new long[] {ptr, dstLen};
    }

    private long[] probablyUtf16(int[] cps, long units) {
        long srcByteLength = 2 * units;
        long ptr = reallocate(0, 0, 2, srcByteLength);
        byte[] enc = encode(cps, "utf16");
        for (int i = 0; i < enc.length; i++) {
            put(ptr + i, enc[i]);
        }
        for (int cp : cps) {
            if (cp >= 0x100) {
                return new long[] {ptr, (enc.length / 2) | TAG};
            }
        }
        int latin1Size = enc.length / 2;
        for (int i = 0; i < latin1Size; i++) {
            put(ptr + i, get(ptr + 2L * i));
        }
        ptr = reallocate(ptr, srcByteLength, 1, latin1Size);
        return new long[] {ptr, latin1Size};
    }
}
