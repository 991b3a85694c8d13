package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.TupleType;
import java.util.List;

/** {@code tuple}: laid out as a record of its element types. */
final class TupleCodec extends ValCodec {
    private final Codec<Val>[] elems;
    private final int[] offsets;

    TupleCodec(TupleType type, Codec<Val>[] elems) {
        super(type);
        this.elems = elems;
        long[] offs = Layout.fieldOffsets(type.types(), AddrType.I32);
        this.offsets = new int[elems.length];
        for (int i = 0; i < elems.length; i++) {
            offsets[i] = (int) offs[i];
        }
    }

    private List<Val> check(Val v) {
        if (!(v instanceof Val.Tuple t)) {
            throw mismatch(v);
        }
        List<Val> es = t.elements();
        if (es.size() != elems.length) {
            throw new ValueTypeException(
                    "expected " + type() + ", found a tuple of " + es.size() + " elements");
        }
        return es;
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        List<Val> es = check(v);
        for (int i = 0; i < elems.length; i++) {
            try {
                elems[i].lowerFlat(cx, es.get(i), out);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
    }

    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource in) {
        Val[] out = new Val[elems.length];
        for (int i = 0; i < elems.length; i++) {
            out[i] = elems[i].liftFlat(cx, in);
        }
        return new Val.Tuple(List.of(out));
    }

    @Override
    public void store(LiftLowerContext cx, Val v, long ptr) {
        List<Val> es = check(v);
        for (int i = 0; i < elems.length; i++) {
            try {
                elems[i].store(cx, es.get(i), ptr + offsets[i]);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
    }

    @Override
    public Val load(LiftLowerContext cx, long ptr) {
        Val[] out = new Val[elems.length];
        for (int i = 0; i < elems.length; i++) {
            out[i] = elems[i].load(cx, ptr + offsets[i]);
        }
        return new Val.Tuple(List.of(out));
    }
}
