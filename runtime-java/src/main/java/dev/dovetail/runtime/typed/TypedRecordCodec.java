package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;
import java.lang.invoke.MethodHandle;

/**
 * {@code record} (fields matched by name) or {@code tuple} (positionally) as a Java record. The
 * accessors and the canonical constructor are method handles adapted to {@code Object}s once, so a
 * call neither reflects nor dispatches on types.
 */
final class TypedRecordCodec extends TypedCodec {
    private final Codec<Object>[] fields;
    private final MethodHandle[] getters; // (Object)Object, in component field order
    private final int[] javaIndex; // component field i -> constructor argument index
    private final MethodHandle ctor; // (Object[])Object
    private final long[] offsets;
    private final String[] segments;

    TypedRecordCodec(
            ValType t,
            Codec<Object>[] fields,
            MethodHandle[] getters,
            int[] javaIndex,
            MethodHandle ctor,
            String[] segments) {
        super(t);
        this.fields = fields;
        this.getters = getters;
        this.javaIndex = javaIndex;
        this.ctor = ctor;
        this.segments = segments;
        this.offsets = Layout.fieldOffsets(Layout.fieldTypes(t), AddrType.I32);
    }

    private Object get(int i, Object record) {
        try {
            return (Object) getters[i].invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Object make(Object[] args) {
        try {
            return (Object) ctor.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
        for (int i = 0; i < fields.length; i++) {
            Object f = get(i, v);
            try {
                fields[i].lowerFlat(cx, f, out);
            } catch (ClassCastException | NullPointerException e) {
                throw TypedFuncPlan.within(segments[i], e);
            }
        }
    }

    @Override
    public Object liftFlat(LiftLowerContext cx, FlatSource in) {
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            args[javaIndex[i]] = fields[i].liftFlat(cx, in);
        }
        return make(args);
    }

    @Override
    public void store(LiftLowerContext cx, Object v, long ptr) {
        for (int i = 0; i < fields.length; i++) {
            Object f = get(i, v);
            try {
                fields[i].store(cx, f, ptr + offsets[i]);
            } catch (ClassCastException | NullPointerException e) {
                throw TypedFuncPlan.within(segments[i], e);
            }
        }
    }

    @Override
    public Object load(LiftLowerContext cx, long ptr) {
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            args[javaIndex[i]] = fields[i].load(cx, ptr + offsets[i]);
        }
        return make(args);
    }
}
