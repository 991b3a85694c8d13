package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * One node of a lifting and lowering plan for one {@link ValType}, for 32-bit memories, over a
 * value representation {@code V}: {@link dev.dovetail.abi.Val} for dynamic calls ({@link
 * ValCodec}), Java objects for typed calls (runtime-java's {@code typed} package). Size, alignment
 * and flattening are resolved once here from abi-core's {@link Layout} and {@link Flattening}; the
 * shapes shared by both representations ({@link RangeShape}, {@link VariantShape}) hold the
 * canonical ABI's logic, and subclasses only map their values in and out.
 *
 * <p>The four operations follow the specification's {@code lower_flat}, {@code lift_flat}, {@code
 * store} and {@code load}. {@code store} and {@code load} expect an aligned, in-bounds address, as
 * the reference asserts; the callers that take an address from a guest check it first ({@link
 * Canon#checkPointer}, {@link Canon#checkListRange}). Lifting traps ({@link dev.dovetail.abi.Trap})
 * on invalid guest data.
 *
 * <p>Codecs are immutable and thread-safe; contexts, sinks and sources are per call.
 *
 * @param <V> the value representation
 */
public abstract class Codec<V> {
    private final ValType type;
    private final int size;
    private final int alignment;
    private final int flatCount;
    private final CoreType[] flatTypes;

    /** Resolves the layout of {@code type}; checks the maximum value size rule. */
    protected Codec(ValType type) {
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

    /** The component type. */
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

    /** The {@code i}-th core type of {@code flatten_type(t)}. */
    public final CoreType flatType(int i) {
        return flatTypes[i];
    }

    /**
     * {@code lower_flat}: appends {@link #flatCount()} core values for {@code v} to {@code out}.
     */
    public abstract void lowerFlat(LiftLowerContext cx, V v, FlatSink out);

    /** {@code lift_flat}: reads {@link #flatCount()} core values from {@code in}. */
    public abstract V liftFlat(LiftLowerContext cx, FlatSource in);

    /** {@code store}: writes {@code v} at {@code ptr} (aligned and in bounds). */
    public abstract void store(LiftLowerContext cx, V v, long ptr);

    /** {@code load}: reads a value at {@code ptr} (aligned and in bounds). */
    public abstract V load(LiftLowerContext cx, long ptr);

    /** An array for the child codecs of a node ({@code null} where a case has no payload). */
    @SuppressWarnings("unchecked")
    public static <V> Codec<V>[] array(int length) {
        return (Codec<V>[]) new Codec<?>[length];
    }

    /** The two child codecs of an {@code option} ({@code null}, some) or a {@code result}. */
    public static <V> Codec<V>[] arrayOf(Codec<V> first, Codec<V> second) {
        Codec<V>[] codecs = array(2);
        codecs[0] = first;
        codecs[1] = second;
        return codecs;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type + "]";
    }
}
