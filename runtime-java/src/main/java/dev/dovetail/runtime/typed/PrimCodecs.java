package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.PrimType;

/**
 * Scalar codecs. Unsigned integers travel in the signed Java type of the same width with the same
 * bits ({@code u32} 0xFFFFFFFF is {@code int} -1), as {@link dev.dovetail.abi.Val.U32} does.
 */
final class PrimCodecs {
    private PrimCodecs() {}

    static Codec<Object> of(PrimType t) {
        return switch (t) {
            case BOOL -> new BoolC();
            case S8 -> new I8C(t, false);
            case U8 -> new I8C(t, true);
            case S16 -> new I16C(t, false);
            case U16 -> new I16C(t, true);
            case S32, U32 -> new I32C(t);
            case S64, U64 -> new I64C(t);
            case F32 -> new F32C();
            case F64 -> new F64C();
            case CHAR -> new CharC();
            default -> throw new IllegalArgumentException("not a scalar type: " + t);
        };
    }

    static final class BoolC extends TypedCodec {
        BoolC() {
            super(PrimType.BOOL);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32((Boolean) v ? 1 : 0);
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return in.i32() != 0;
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI8(ptr, (byte) ((Boolean) v ? 1 : 0));
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return cx.requireMemory().readI8(ptr) != 0;
        }
    }

    static final class I8C extends TypedCodec {
        private final int mask;

        I8C(PrimType t, boolean unsigned) {
            super(t);
            this.mask = unsigned ? 0xFF : -1;
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32((Byte) v & mask);
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return (byte) in.i32();
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI8(ptr, (Byte) v);
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return cx.requireMemory().readI8(ptr);
        }
    }

    static final class I16C extends TypedCodec {
        private final int mask;

        I16C(PrimType t, boolean unsigned) {
            super(t);
            this.mask = unsigned ? 0xFFFF : -1;
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32((Short) v & mask);
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return (short) in.i32();
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI16(ptr, (Short) v);
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return cx.requireMemory().readI16(ptr);
        }
    }

    static final class I32C extends TypedCodec {
        I32C(PrimType t) {
            super(t);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32((Integer) v);
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return in.i32();
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI32(ptr, (Integer) v);
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return cx.requireMemory().readI32(ptr);
        }
    }

    static final class I64C extends TypedCodec {
        I64C(PrimType t) {
            super(t);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI64((Long) v);
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return in.i64();
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI64(ptr, (Long) v);
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return cx.requireMemory().readI64(ptr);
        }
    }

    static final class F32C extends TypedCodec {
        F32C() {
            super(PrimType.F32);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32(Canon.encodeF32((Float) v));
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return Canon.canonicalizeNan32(in.f32());
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI32(ptr, Canon.encodeF32((Float) v));
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return Canon.decodeF32(cx.requireMemory().readI32(ptr));
        }
    }

    static final class F64C extends TypedCodec {
        F64C() {
            super(PrimType.F64);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI64(Canon.encodeF64((Double) v));
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return Canon.canonicalizeNan64(in.f64());
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI64(ptr, Canon.encodeF64((Double) v));
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return Canon.decodeF64(cx.requireMemory().readI64(ptr));
        }
    }

    /** {@code char} as an {@code int} code point, validated as a Unicode scalar on lowering. */
    static final class CharC extends TypedCodec {
        CharC() {
            super(PrimType.CHAR);
        }

        static int check(Object v) {
            int c = (Integer) v;
            if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
                throw new IllegalArgumentException(
                        "expected a Unicode scalar value for char, found 0x"
                                + Integer.toHexString(c));
            }
            return c;
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32(check(v));
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return Canon.liftChar(in.i32());
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI32(ptr, check(v));
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            return Canon.liftChar(cx.requireMemory().readI32(ptr));
        }
    }
}
