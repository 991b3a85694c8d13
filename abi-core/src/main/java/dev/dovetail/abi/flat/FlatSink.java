package dev.dovetail.abi.flat;

/**
 * A write cursor over an array of flat core values ({@code long} slots, as Chicory passes them).
 *
 * <p><b>The flat-value rule.</b> An {@code i32} is written sign-extended ({@code (long) int}), an
 * {@code f32} as its raw bits {@link Float#floatToRawIntBits} sign-extended the same way, an {@code
 * i64} as is and an {@code f64} as {@link Double#doubleToRawLongBits}. This is what {@code (long)
 * intValue} and Chicory's {@code Value.floatToLong} produce. Readers ({@link FlatSource}) ignore
 * the upper 32 bits of {@code i32} and {@code f32} slots, so either extension is accepted on input.
 *
 * <p>A sink is a plain mutable object and is not thread-safe; reuse one per thread with {@link
 * #reset}.
 */
public final class FlatSink {
    private long[] slots;
    private int pos;

    public FlatSink() {
        this(new long[0]);
    }

    public FlatSink(long[] slots) {
        this.slots = slots;
    }

    /** Points this sink at {@code slots}, writing from {@code position}. */
    public FlatSink reset(long[] slots, int position) {
        this.slots = slots;
        this.pos = position;
        return this;
    }

    public long[] slots() {
        return slots;
    }

    public int position() {
        return pos;
    }

    public void putI32(int v) {
        slots[pos++] = v;
    }

    public void putI64(long v) {
        slots[pos++] = v;
    }

    public void putF32(float v) {
        slots[pos++] = Float.floatToRawIntBits(v);
    }

    public void putF64(double v) {
        slots[pos++] = Double.doubleToRawLongBits(v);
    }

    /** Writes a raw slot. */
    public void putRaw(long slot) {
        slots[pos++] = slot;
    }

    /** Overwrites slot {@code index} (absolute) with {@code slot}. */
    public void set(int index, long slot) {
        slots[index] = slot;
    }

    /** Reads back slot {@code index} (absolute). */
    public long get(int index) {
        return slots[index];
    }
}
