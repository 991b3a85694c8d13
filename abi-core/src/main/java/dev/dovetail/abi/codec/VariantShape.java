package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * The shape of the variant-like types ({@code variant}, {@code enum}, {@code option}, {@code
 * result}), all laid out as the despecialized variant: a discriminant of 1, 2 or 4 bytes, then the
 * payload at the largest case alignment. Subclasses only map their value representation {@code V}
 * to and from {@code (case index, payload)} and say how a failure inside a payload is reported.
 *
 * <p>Flat, the payload occupies the joined slots of all cases ({@link Flattening#variantPayload});
 * lowering writes the case's own core values, zero-extends the {@code i32}/{@code f32} values that
 * land in an {@code i64} slot (the specification passes them as unsigned 32-bit values) and fills
 * the unused slots with zeros. Lifting needs no conversion: {@link FlatSource} reads {@code i32}
 * and {@code f32} from the low 32 bits, which is exactly the wrap and reinterpretation of the
 * reference's {@code CoerceValueIter}.
 *
 * @param <V> the value representation
 */
public abstract class VariantShape<V> extends Codec<V> {
    private final Codec<V>[] cases;
    private final String[] segments;
    private final int discSize;
    private final int payloadOffset;
    private final int[][] zeroExtend;

    /** {@code cases[i]} is the payload codec of case {@code i}, {@code null} when it has none. */
    protected VariantShape(ValType type, Codec<V>[] cases, String[] caseNames) {
        super(type);
        this.cases = cases;
        this.segments = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            segments[i] = "case `" + caseNames[i] + "`";
        }
        List<ValType> caseTypes = Layout.caseTypes(type);
        this.discSize = Layout.discriminantSize(cases.length);
        this.payloadOffset = (int) Layout.payloadOffset(caseTypes, AddrType.I32);
        this.zeroExtend = new int[cases.length][];
        for (int i = 0; i < cases.length; i++) {
            zeroExtend[i] =
                    flatCount() < 0
                            ? new int[0]
                            : Flattening.widenedSlots(caseTypes, i, AddrType.I32);
        }
    }

    /** The case index of {@code v}; throws if it is not a value of this type. */
    protected abstract int caseIndex(V v);

    /** The payload of {@code v} in case {@code index}, or {@code null}. */
    protected abstract V payload(V v, int index);

    /** The value of case {@code index} with {@code payload} ({@code null} when none). */
    protected abstract V make(int index, V payload);

    /**
     * Checks that {@code payload} fits case {@code c} ({@code null} when the case has none) before
     * anything is written; {@code segment} names the case for the message.
     */
    protected abstract void checkPayload(String segment, Codec<V> c, V payload);

    /**
     * What to throw when lowering the payload failed with {@code e}: {@code e}, or {@code e}
     * placed.
     */
    protected abstract RuntimeException within(String segment, RuntimeException e);

    /** Byte offset of the payload from the start of the value. */
    protected final int payloadOffset() {
        return payloadOffset;
    }

    private Codec<V> checked(int index, V payload) {
        Codec<V> c = cases[index];
        checkPayload(segments[index], c, payload);
        return c;
    }

    @Override
    public final void lowerFlat(LiftLowerContext cx, V v, FlatSink out) {
        int index = caseIndex(v);
        V payload = payload(v, index);
        Codec<V> c = checked(index, payload);
        out.putI32(index);
        int start = out.position();
        if (c != null) {
            try {
                c.lowerFlat(cx, payload, out);
            } catch (RuntimeException e) {
                throw within(segments[index], e);
            }
            for (int k : zeroExtend[index]) {
                out.set(start + k, out.get(start + k) & 0xFFFF_FFFFL);
            }
        }
        int end = start + flatCount() - 1;
        while (out.position() < end) {
            out.putI64(0);
        }
    }

    @Override
    public final V liftFlat(LiftLowerContext cx, FlatSource in) {
        int start = in.position();
        int index = Canon.checkDiscriminant(in.u32(), cases.length);
        Codec<V> c = cases[index];
        V payload = c == null ? null : c.liftFlat(cx, in);
        in.position(start + flatCount());
        return make(index, payload);
    }

    @Override
    public final void store(LiftLowerContext cx, V v, long ptr) {
        int index = caseIndex(v);
        V payload = payload(v, index);
        Codec<V> c = checked(index, payload);
        LinearMemory memory = cx.requireMemory();
        Canon.storeUnsigned(memory, ptr, discSize, index);
        if (c != null) {
            try {
                c.store(cx, payload, ptr + payloadOffset);
            } catch (RuntimeException e) {
                throw within(segments[index], e);
            }
        }
    }

    @Override
    public final V load(LiftLowerContext cx, long ptr) {
        LinearMemory memory = cx.requireMemory();
        long d = Canon.loadUnsigned(memory, ptr, discSize);
        int index = Canon.checkDiscriminant(d, cases.length);
        Codec<V> c = cases[index];
        return make(index, c == null ? null : c.load(cx, ptr + payloadOffset));
    }
}
