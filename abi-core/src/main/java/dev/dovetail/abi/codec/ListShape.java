package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * The shape of {@code list<T>} for any element type: the elements stored one by one through the
 * element codec in a range allocated with the element's alignment. Subclasses only say how their
 * value representation {@code V} holds a list of elements and how a failure inside an element is
 * reported.
 *
 * @param <V> the value representation
 */
public abstract class ListShape<V> extends RangeShape<V> {
    private final Codec<V> elem;
    private final int elemSize;
    private final int elemAlign;

    protected ListShape(ValType type, Codec<V> elem) {
        super(type);
        this.elem = elem;
        this.elemSize = elem.size();
        this.elemAlign = elem.alignment();
    }

    /** The elements of {@code v}; throws if {@code v} is not a list. */
    protected abstract List<? extends V> elements(V v);

    /** The list of the lifted {@code elements} (each a {@code V}). */
    protected abstract V make(Object[] elements);

    /**
     * What to throw when lowering an element failed with {@code e}: {@code e}, or {@code e} placed.
     */
    protected abstract RuntimeException within(String segment, RuntimeException e);

    @Override
    protected final long lowerRange(LiftLowerContext cx, V v) {
        List<? extends V> list = elements(v);
        int n = list.size();
        long ptr = Canon.allocateList(cx, elemAlign, (long) n * elemSize);
        int i = 0;
        for (V e : list) {
            if (i >= n) {
                throw new IllegalArgumentException("list changed size while being lowered");
            }
            try {
                elem.store(cx, e, ptr + (long) i * elemSize);
            } catch (RuntimeException ex) {
                throw within("element " + i, ex);
            }
            i++;
        }
        return pack(ptr, n);
    }

    @Override
    protected final V liftRange(LiftLowerContext cx, long ptr, long length) {
        Canon.checkListRange(cx.requireMemory(), ptr, length, elemSize, elemAlign);
        int n = (int) length;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = elem.load(cx, ptr + (long) i * elemSize);
        }
        return make(out);
    }
}
