package dev.dovetail.abi.flat;

/**
 * A read cursor over an array of flat core values; see {@link FlatSink} for the flat-value rule.
 * {@code i32} and {@code f32} reads use only the low 32 bits of a slot, which also performs the
 * specification's {@code wrap_i64_to_i32} when a variant payload shares an {@code i64} slot.
 *
 * <p>Not thread-safe; reuse one per thread with {@link #reset}.
 */
public final class FlatSource {
    private long[] slots;
    private int pos;

    public FlatSource() {
        this(new long[0]);
    }

    public FlatSource(long[] slots) {
        this.slots = slots;
    }

    /** Points this source at {@code slots}, reading from {@code position}. */
    public FlatSource reset(long[] slots, int position) {
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

    /** Moves the cursor to {@code position} (absolute). */
    public void position(int position) {
        this.pos = position;
    }

    /** Number of slots not yet read. */
    public int remaining() {
        return slots.length - pos;
    }

    /** The low 32 bits of the next slot. */
    public int i32() {
        return (int) slots[pos++];
    }

    /** The next slot as an unsigned 32-bit value (an {@code i32} pointer or length). */
    public long u32() {
        return slots[pos++] & 0xFFFF_FFFFL;
    }

    public long i64() {
        return slots[pos++];
    }

    /** The float whose raw bits are the low 32 bits of the next slot (not canonicalized). */
    public float f32() {
        return Float.intBitsToFloat((int) slots[pos++]);
    }

    /** The double whose raw bits are the next slot (not canonicalized). */
    public double f64() {
        return Double.longBitsToDouble(slots[pos++]);
    }
}
