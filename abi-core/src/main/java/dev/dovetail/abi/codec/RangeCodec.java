package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
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
        Canon.lowerRangeFlat(lowerRange(cx, v), out);
    }

    @Override
    public final Val liftFlat(LiftLowerContext cx, FlatSource in) {
        long packed = Canon.liftRangeFlat(in);
        return liftRange(cx, packed >>> 32, packed & 0xFFFF_FFFFL);
    }

    @Override
    public final void store(LiftLowerContext cx, Val v, long ptr) {
        Canon.storeRange(cx.requireMemory(), ptr, lowerRange(cx, v));
    }

    @Override
    public final Val load(LiftLowerContext cx, long ptr) {
        long packed = Canon.loadRange(cx.requireMemory(), ptr);
        return liftRange(cx, packed >>> 32, packed & 0xFFFF_FFFFL);
    }

    static long pack(long ptr, long length) {
        return Canon.packRange(ptr, length);
    }

    static Val.List listOf(Val[] elements) {
        return new Val.List(java.util.List.of(elements));
    }
}
