package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.ValType;

/**
 * Base of the codecs whose value lives in a separately allocated range of memory and is passed as a
 * {@code (pointer, length)} pair: {@code string}, {@code list<T>} and {@code map<K, V>}. Flat, the
 * pair is two {@code i32}s; in memory, two consecutive {@code i32}s.
 */
abstract class RangeCodec extends ValCodec {
    RangeCodec(ValType type) {
        super(type);
    }

    /**
     * Allocates and fills the range for {@code v}; returns {@code (ptr << 32) | length} with {@code
     * length} in the type's unit (elements, or tagged code units for strings).
     */
    abstract long lowerRange(LiftLowerContext cx, Val v);

    /** Checks and reads the range {@code (ptr, length)} given by the guest (unsigned values). */
    abstract Val liftRange(LiftLowerContext cx, long ptr, long length);

    @Override
    public final void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        long packed = lowerRange(cx, v);
        out.putI32((int) (packed >>> 32));
        out.putI32((int) packed);
    }

    @Override
    public final Val liftFlat(LiftLowerContext cx, FlatSource in) {
        long ptr = in.u32();
        long length = in.u32();
        return liftRange(cx, ptr, length);
    }

    @Override
    public final void store(LiftLowerContext cx, Val v, long ptr) {
        long packed = lowerRange(cx, v);
        LinearMemory memory = cx.requireMemory();
        memory.writeI32(ptr, (int) (packed >>> 32));
        memory.writeI32(ptr + 4, (int) packed);
    }

    @Override
    public final Val load(LiftLowerContext cx, long ptr) {
        LinearMemory memory = cx.requireMemory();
        long begin = memory.readI32(ptr) & 0xFFFF_FFFFL;
        long length = memory.readI32(ptr + 4) & 0xFFFF_FFFFL;
        return liftRange(cx, begin, length);
    }

    static long pack(long ptr, long length) {
        return (ptr << 32) | (length & 0xFFFF_FFFFL);
    }

    static Val.List listOf(Val[] elements) {
        return new Val.List(java.util.List.of(elements));
    }
}
