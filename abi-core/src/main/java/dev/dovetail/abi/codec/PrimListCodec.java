package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ListType;
import java.util.List;

/**
 * {@code list<T>} of a scalar {@code T}: one bulk memory access for the whole list, encoding and
 * decoding the elements in a byte array ({@code list<u8>} and {@code list<s8>} are a plain copy,
 * with shared element values on lift).
 */
final class PrimListCodec extends RangeShape<Val> {
    private final PrimCodec elem;
    private final int elemSize;
    private final int elemAlign;

    PrimListCodec(ListType type, PrimCodec elem) {
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
        long byteLength = (long) n * elemSize;
        if (byteLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("list of " + byteLength + " bytes is too large");
        }
        byte[] bytes = new byte[(int) byteLength];
        for (int i = 0; i < n; i++) {
            try {
                elem.encode(es.get(i), bytes, i * elemSize);
            } catch (ValueTypeException e) {
                throw e.within("element " + i);
            }
        }
        long ptr = Canon.allocateList(cx, elemAlign, byteLength);
        if (n > 0) {
            cx.requireMemory().write(ptr, bytes, 0, bytes.length);
        }
        return pack(ptr, n);
    }

    @Override
    protected Val liftRange(LiftLowerContext cx, long ptr, long length) {
        int byteLength = Canon.checkListRange(cx.requireMemory(), ptr, length, elemSize, elemAlign);
        int n = (int) length;
        if (n == 0) {
            return new Val.List(List.of());
        }
        byte[] bytes = cx.requireMemory().read(ptr, byteLength);
        Val[] out = new Val[n];
        for (int i = 0; i < n; i++) {
            out[i] = elem.decode(bytes, i * elemSize);
        }
        return ValCodec.listOf(out);
    }
}
