package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.ListType;
import java.util.List;

/** {@code list<T, N>}: {@code N} elements inline, flat as {@code N} copies of T's flattening. */
final class FixedListCodec extends ValCodec {
    private final Codec<Val> elem;
    private final int length;
    private final int elemSize;

    FixedListCodec(ListType type, Codec<Val> elem) {
        super(type);
        this.elem = elem;
        this.length = type.length();
        this.elemSize = elem.size();
    }

    private List<Val> check(Val v) {
        if (!(v instanceof Val.List list)) {
            throw mismatch(v);
        }
        List<Val> es = list.elements();
        if (es.size() != length) {
            throw new ValueTypeException(
                    "expected " + type() + " with " + length + " elements, found " + es.size());
        }
        return es;
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        List<Val> es = check(v);
        for (int i = 0; i < length; i++) {
            try {
                elem.lowerFlat(cx, es.get(i), out);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
    }

    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource in) {
        Val[] out = new Val[length];
        for (int i = 0; i < length; i++) {
            out[i] = elem.liftFlat(cx, in);
        }
        return ValCodec.listOf(out);
    }

    @Override
    public void store(LiftLowerContext cx, Val v, long ptr) {
        List<Val> es = check(v);
        for (int i = 0; i < length; i++) {
            try {
                elem.store(cx, es.get(i), ptr + (long) i * elemSize);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
    }

    @Override
    public Val load(LiftLowerContext cx, long ptr) {
        Val[] out = new Val[length];
        for (int i = 0; i < length; i++) {
            out[i] = elem.load(cx, ptr + (long) i * elemSize);
        }
        return ValCodec.listOf(out);
    }
}
