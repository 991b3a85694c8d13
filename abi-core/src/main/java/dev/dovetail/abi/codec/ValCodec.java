package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * A precomputed plan to lift and lower values of one {@link ValType}, for 32-bit memories: a tree
 * of codec nodes built once per type ({@link #of}), each with its size, alignment, flattening and
 * offsets resolved, so that lifting and lowering a value never inspects the type again.
 *
 * <p>The four operations follow the specification's {@code lower_flat}, {@code lift_flat}, {@code
 * store} and {@code load}. Lowering checks the {@link Val} against the type and throws {@link
 * ValueTypeException} (a host error) on a mismatch; lifting traps ({@link dev.dovetail.abi.Trap})
 * on invalid guest data. {@code store} and {@code load} expect an aligned, in-bounds address, as
 * the reference asserts; the callers that take an address from a guest check it first ({@link
 * Canon#checkPointer}, {@link Canon#checkListRange}).
 *
 * <p>Codecs are immutable and thread-safe; contexts, sinks and sources are per call.
 */
public abstract class ValCodec {
    private final ValType type;
    private final int size;
    private final int alignment;
    private final int flatCount;
    private final CoreType[] flatTypes;

    protected ValCodec(ValType type) {
        this.type = type;
        long s = Layout.elemSize(type, AddrType.I32);
        if (s >= Layout.MAX_VALUE_SIZE) {
            throw new IllegalArgumentException("type " + type + " is too large: " + s + " bytes");
        }
        this.size = (int) s;
        this.alignment = Layout.alignment(type, AddrType.I32);
        this.flatTypes = Flattening.flattenCapped(type, AddrType.I32, Flattening.MAX_FLAT_PARAMS);
        this.flatCount = flatTypes == null ? -1 : flatTypes.length;
    }

    /** The plan for {@code t}. Checks the maximum value size rule first. */
    public static ValCodec of(ValType t) {
        return Codecs.build(t);
    }

    public final ValType type() {
        return type;
    }

    /** {@code elem_size(t)} for 32-bit memories. */
    public final int size() {
        return size;
    }

    /** {@code alignment(t)} for 32-bit memories. */
    public final int alignment() {
        return alignment;
    }

    /**
     * {@code len(flatten_type(t))}, or -1 when it exceeds {@link Flattening#MAX_FLAT_PARAMS}: such
     * a type is never passed flat and its {@link #lowerFlat}/{@link #liftFlat} must not be called.
     */
    public final int flatCount() {
        return flatCount;
    }

    /** {@code flatten_type(t)}, or {@code null} when {@link #flatCount()} is -1. */
    public final List<CoreType> flatTypes() {
        return flatTypes == null ? null : List.of(flatTypes);
    }

    final CoreType flatType(int i) {
        return flatTypes[i];
    }

    /**
     * {@code lower_flat}: appends {@link #flatCount()} core values for {@code v} to {@code out}.
     */
    public abstract void lowerFlat(LiftLowerContext cx, Val v, FlatSink out);

    /** {@code lift_flat}: reads {@link #flatCount()} core values from {@code in}. */
    public abstract Val liftFlat(LiftLowerContext cx, FlatSource in);

    /** {@code store}: writes {@code v} at {@code ptr} (aligned and in bounds). */
    public abstract void store(LiftLowerContext cx, Val v, long ptr);

    /** {@code load}: reads a value at {@code ptr} (aligned and in bounds). */
    public abstract Val load(LiftLowerContext cx, long ptr);

    final ValueTypeException mismatch(Val found) {
        return ValueTypeException.expected(type, found);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type + "]";
    }
}
