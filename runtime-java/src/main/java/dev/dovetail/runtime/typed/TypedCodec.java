package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;

/**
 * A precomputed plan to lift and lower values of one component {@link ValType} directly to and from
 * one Java type, for 32-bit memories: the Java-typed counterpart of abi-core's {@code ValCodec},
 * with the same four operations ({@code lower_flat}, {@code lift_flat}, {@code store}, {@code
 * load}), the same layout and flattening (computed by abi-core's {@link Layout} and {@link
 * Flattening}) and the same traps on invalid guest data. Built once by {@link TypeMapper}, which
 * also checks the Java type; afterwards no reflection and no type dispatch happens per value.
 *
 * <p>Lowering a Java value of the wrong class (only possible through unchecked generics) fails with
 * a {@link ClassCastException}, a {@code null} with a {@link NullPointerException}; {@link
 * TypedFuncPlan} reports both as {@link IllegalArgumentException}s naming the parameter.
 *
 * <p>Codecs are immutable and thread-safe.
 */
public abstract class TypedCodec {
    private final ValType type;
    private final int size;
    private final int alignment;
    private final int flatCount;
    private final CoreType[] flatTypes;

    protected TypedCodec(ValType type) {
        this.type = type;
        this.size = (int) Layout.elemSize(type, AddrType.I32);
        this.alignment = Layout.alignment(type, AddrType.I32);
        this.flatTypes = Flattening.flattenCapped(type, AddrType.I32, Flattening.MAX_FLAT_PARAMS);
        this.flatCount = flatTypes == null ? -1 : flatTypes.length;
    }

    /** The component type. */
    public final ValType type() {
        return type;
    }

    /** {@code elem_size(t)}. */
    public final int size() {
        return size;
    }

    /** {@code alignment(t)}. */
    public final int alignment() {
        return alignment;
    }

    /** {@code len(flatten_type(t))}, or -1 beyond {@link Flattening#MAX_FLAT_PARAMS}. */
    public final int flatCount() {
        return flatCount;
    }

    final CoreType flatType(int i) {
        return flatTypes[i];
    }

    /** Appends the flat core values of {@code v}. */
    public abstract void lowerFlat(LiftLowerContext cx, Object v, FlatSink out);

    /** Reads a value from {@link #flatCount()} flat core values. */
    public abstract Object liftFlat(LiftLowerContext cx, FlatSource in);

    /** Writes {@code v} at {@code ptr} (aligned and in bounds). */
    public abstract void store(LiftLowerContext cx, Object v, long ptr);

    /** Reads a value at {@code ptr} (aligned and in bounds). */
    public abstract Object load(LiftLowerContext cx, long ptr);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type + "]";
    }
}
