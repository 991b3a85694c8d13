package dev.dovetail.abi.codec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ListType;
import java.util.List;

/** {@code list<T>} over {@link Val.List}s, for any element type. */
final class ListCodec extends ListShape<Val> {

    ListCodec(ListType type, Codec<Val> elem) {
        super(type, elem);
    }

    @Override
    protected List<Val> elements(Val v) {
        if (!(v instanceof Val.List list)) {
            throw ValueTypeException.expected(type(), v);
        }
        return list.elements();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Val make(Object[] elements) {
        return new Val.List((List<Val>) (List<?>) List.of(elements));
    }

    @Override
    protected RuntimeException within(String segment, RuntimeException e) {
        return e instanceof ValueTypeException v ? v.within(segment) : e;
    }
}
