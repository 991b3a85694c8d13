package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ListType;
import java.util.List;

/** {@code list<T>} for any element type: elements stored one by one through the element codec. */
final class ListCodec extends RangeShape<Val> {
    private final Codec<Val> elem;
    private final int elemSize;
    private final int elemAlign;

    ListCodec(ListType type, Codec<Val> elem) {
        super(type);
        this.elem = elem;
        this.elemSize = elem.size();
        this.elemAlign = elem.alignment();
    }

    @Override
    protected long lowerRange(LiftLowerContext cx, Val v) {
        if (!(v instanceof Val.List list)) {
            throw ValueTypeException.expected(type(), v);
        }
        List<Val> es = list.elements();
        int n = es.size();
        long ptr = Canon.allocateList(cx, elemAlign, (long) n * elemSize);
        for (int i = 0; i < n; i++) {
            try {
                elem.store(cx, es.get(i), ptr + (long) i * elemSize);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
        return pack(ptr, n);
    }

    @Override
    protected Val liftRange(LiftLowerContext cx, long ptr, long length) {
        Canon.checkListRange(cx.requireMemory(), ptr, length, elemSize, elemAlign);
        int n = (int) length;
        Val[] out = new Val[n];
        for (int i = 0; i < n; i++) {
            out[i] = elem.load(cx, ptr + (long) i * elemSize);
        }
        return ValCodec.listOf(out);
    }
}
