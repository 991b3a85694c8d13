package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.PrimType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Codecs of the scalar types ({@code bool}, integers, floats, {@code char}). Besides the four
 * operations each can encode and decode its value to and from a little-endian byte array, which
 * {@link PrimListCodec} uses to move a whole list with one bulk memory access.
 *
 * <p>Lifting {@code bool}, {@code s8} and {@code u8} returns shared instances.
 */
abstract class PrimCodec extends ValCodec {
    static final VarHandle I16 =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I32 =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I64 =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static final Val.Bool TRUE = new Val.Bool(true);
    static final Val.Bool FALSE = new Val.Bool(false);
    private static final Val.S8[] S8_VALUES = new Val.S8[256];
    private static final Val.U8[] U8_VALUES = new Val.U8[256];

    static {
        for (int i = 0; i < 256; i++) {
            S8_VALUES[i] = new Val.S8((byte) i);
            U8_VALUES[i] = new Val.U8((byte) i);
        }
    }

    static Val.Bool bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Val.S8 s8(byte b) {
        return S8_VALUES[b & 0xFF];
    }

    static Val.U8 u8(byte b) {
        return U8_VALUES[b & 0xFF];
    }

    PrimCodec(PrimType type) {
        super(type);
    }

    /** Decodes the value whose {@link #size()} bytes are at {@code bytes[offset..]}. */
    abstract Val decode(byte[] bytes, int offset);

    /** Encodes {@code v} (type-checked) into {@code bytes[offset..]}. */
    abstract void encode(Val v, byte[] bytes, int offset);

    static PrimCodec of(PrimType t) {
        return switch (t) {
            case BOOL -> new BoolCodec();
            case S8 -> new S8Codec();
            case U8 -> new U8Codec();
            case S16 -> new S16Codec();
            case U16 -> new U16Codec();
            case S32 -> new S32Codec();
            case U32 -> new U32Codec();
            case S64 -> new S64Codec();
            case U64 -> new U64Codec();
            case F32 -> new F32Codec();
            case F64 -> new F64Codec();
            case CHAR -> new CharCodec();
            default -> throw new IllegalArgumentException("not a scalar type: " + t);
        };
    }

    static final class BoolCodec extends PrimCodec {
        BoolCodec() {
            super(PrimType.BOOL);
        }

        private boolean check(Val v) {
            if (v instanceof Val.Bool b) {
                return b.value();
            }
            throw mismatch(v);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
            out.putI32(check(v) ? 1 : 0);
        }

        @Override
        public Val liftFlat(LiftLowerContext cx, FlatSource in) {
            return bool(in.i32() != 0);
        }

        @Override
        public void store(LiftLowerContext cx, Val v, long ptr) {
            cx.requireMemory().writeI8(ptr, (byte) (check(v) ? 1 : 0));
        }

        @Override
        public Val load(LiftLowerContext cx, long ptr) {
            return bool(cx.requireMemory().readI8(ptr) != 0);
        }

        @Override
        Val decode(byte[] bytes, int offset) {
            return bool(bytes[offset] != 0);
        }

        @Override
        void encode(Val v, byte[] bytes, int offset) {
            bytes[offset] = (byte) (check(v) ? 1 : 0);
        }
    }

    /**
     * The integer types: one width-driven implementation of the six operations; each type only says
     * how to take its bits out of a {@link Val} ({@link #bits}: sign-extended for signed types,
     * zero-extended for unsigned ones) and how to make one from raw bits ({@link #make}, which
     * keeps the low {@code width} bytes).
     */
    abstract static class IntCodec extends PrimCodec {
        private final int width;

        IntCodec(PrimType type, int width) {
            super(type);
            this.width = width;
        }

        /** The type-checked bits of {@code v}, extended to 64 bits as the type's sign says. */
        abstract long bits(Val v);

        /** The value whose low {@code width} bytes are {@code raw}. */
        abstract Val make(long raw);

        @Override
        public final void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
            if (width == 8) {
                out.putI64(bits(v));
            } else {
                out.putI32((int) bits(v));
            }
        }

        @Override
        public final Val liftFlat(LiftLowerContext cx, FlatSource in) {
            return make(width == 8 ? in.i64() : in.i32());
        }

        @Override
        public final void store(LiftLowerContext cx, Val v, long ptr) {
            long b = bits(v);
            var memory = cx.requireMemory();
            switch (width) {
                case 1 -> memory.writeI8(ptr, (byte) b);
                case 2 -> memory.writeI16(ptr, (short) b);
                case 4 -> memory.writeI32(ptr, (int) b);
                default -> memory.writeI64(ptr, b);
            }
        }

        @Override
        public final Val load(LiftLowerContext cx, long ptr) {
            var memory = cx.requireMemory();
            return make(
                    switch (width) {
                        case 1 -> memory.readI8(ptr);
                        case 2 -> memory.readI16(ptr);
                        case 4 -> memory.readI32(ptr);
                        default -> memory.readI64(ptr);
                    });
        }

        @Override
        final Val decode(byte[] bytes, int offset) {
            return make(
                    switch (width) {
                        case 1 -> bytes[offset];
                        case 2 -> (short) I16.get(bytes, offset);
                        case 4 -> (int) I32.get(bytes, offset);
                        default -> (long) I64.get(bytes, offset);
                    });
        }

        @Override
        final void encode(Val v, byte[] bytes, int offset) {
            long b = bits(v);
            switch (width) {
                case 1 -> bytes[offset] = (byte) b;
                case 2 -> I16.set(bytes, offset, (short) b);
                case 4 -> I32.set(bytes, offset, (int) b);
                default -> I64.set(bytes, offset, b);
            }
        }
    }

    static final class S8Codec extends IntCodec {
        S8Codec() {
            super(PrimType.S8, 1);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.S8 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return s8((byte) raw);
        }
    }

    static final class U8Codec extends IntCodec {
        U8Codec() {
            super(PrimType.U8, 1);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.U8 x) {
                return x.value() & 0xFF;
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return u8((byte) raw);
        }
    }

    static final class S16Codec extends IntCodec {
        S16Codec() {
            super(PrimType.S16, 2);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.S16 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.S16((short) raw);
        }
    }

    static final class U16Codec extends IntCodec {
        U16Codec() {
            super(PrimType.U16, 2);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.U16 x) {
                return x.value() & 0xFFFF;
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.U16((short) raw);
        }
    }

    static final class S32Codec extends IntCodec {
        S32Codec() {
            super(PrimType.S32, 4);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.S32 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.S32((int) raw);
        }
    }

    static final class U32Codec extends IntCodec {
        U32Codec() {
            super(PrimType.U32, 4);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.U32 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.U32((int) raw);
        }
    }

    static final class S64Codec extends IntCodec {
        S64Codec() {
            super(PrimType.S64, 8);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.S64 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.S64(raw);
        }
    }

    static final class U64Codec extends IntCodec {
        U64Codec() {
            super(PrimType.U64, 8);
        }

        @Override
        long bits(Val v) {
            if (v instanceof Val.U64 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        Val make(long raw) {
            return new Val.U64(raw);
        }
    }

    static final class F32Codec extends PrimCodec {
        F32Codec() {
            super(PrimType.F32);
        }

        private float check(Val v) {
            if (v instanceof Val.F32 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
            out.putI32(Canon.encodeF32(check(v)));
        }

        @Override
        public Val liftFlat(LiftLowerContext cx, FlatSource in) {
            return new Val.F32(Canon.decodeF32(in.i32()));
        }

        @Override
        public void store(LiftLowerContext cx, Val v, long ptr) {
            cx.requireMemory().writeI32(ptr, Canon.encodeF32(check(v)));
        }

        @Override
        public Val load(LiftLowerContext cx, long ptr) {
            return new Val.F32(Canon.decodeF32(cx.requireMemory().readI32(ptr)));
        }

        @Override
        Val decode(byte[] bytes, int offset) {
            return new Val.F32(Canon.decodeF32((int) I32.get(bytes, offset)));
        }

        @Override
        void encode(Val v, byte[] bytes, int offset) {
            I32.set(bytes, offset, Canon.encodeF32(check(v)));
        }
    }

    static final class F64Codec extends PrimCodec {
        F64Codec() {
            super(PrimType.F64);
        }

        private double check(Val v) {
            if (v instanceof Val.F64 x) {
                return x.value();
            }
            throw mismatch(v);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
            out.putI64(Canon.encodeF64(check(v)));
        }

        @Override
        public Val liftFlat(LiftLowerContext cx, FlatSource in) {
            return new Val.F64(Canon.decodeF64(in.i64()));
        }

        @Override
        public void store(LiftLowerContext cx, Val v, long ptr) {
            cx.requireMemory().writeI64(ptr, Canon.encodeF64(check(v)));
        }

        @Override
        public Val load(LiftLowerContext cx, long ptr) {
            return new Val.F64(Canon.decodeF64(cx.requireMemory().readI64(ptr)));
        }

        @Override
        Val decode(byte[] bytes, int offset) {
            return new Val.F64(Canon.decodeF64((long) I64.get(bytes, offset)));
        }

        @Override
        void encode(Val v, byte[] bytes, int offset) {
            I64.set(bytes, offset, Canon.encodeF64(check(v)));
        }
    }

    static final class CharCodec extends PrimCodec {
        CharCodec() {
            super(PrimType.CHAR);
        }

        private int check(Val v) {
            if (v instanceof Val.Char x) {
                return x.codePoint();
            }
            throw mismatch(v);
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
            out.putI32(check(v));
        }

        @Override
        public Val liftFlat(LiftLowerContext cx, FlatSource in) {
            return new Val.Char(Canon.liftChar(in.i32()));
        }

        @Override
        public void store(LiftLowerContext cx, Val v, long ptr) {
            cx.requireMemory().writeI32(ptr, check(v));
        }

        @Override
        public Val load(LiftLowerContext cx, long ptr) {
            return new Val.Char(Canon.liftChar(cx.requireMemory().readI32(ptr)));
        }

        @Override
        Val decode(byte[] bytes, int offset) {
            return new Val.Char(Canon.liftChar((int) I32.get(bytes, offset)));
        }

        @Override
        void encode(Val v, byte[] bytes, int offset) {
            I32.set(bytes, offset, check(v));
        }
    }
}
