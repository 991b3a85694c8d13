package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.strings.StringCodec;
import dev.dovetail.abi.type.PrimType;

/**
 * {@code string}: delegates to {@link StringCodec}, which implements {@code load_string_from_range}
 * and {@code store_string_into_range} (all string traps and the exact {@code realloc} sequence). A
 * {@link Val.Str} is lowered as a host string, or as a string of the context's {@code stringSource}
 * encoding when it comes from another component.
 */
final class StrCodec extends RangeShape<Val> {
    StrCodec() {
        super(PrimType.STRING);
    }

    @Override
    protected long lowerRange(LiftLowerContext cx, Val v) {
        if (!(v instanceof Val.Str s)) {
            throw ValueTypeException.expected(type(), v);
        }
        StringEncoding source = cx.stringSource();
        if (source == null) {
            return StringCodec.store(cx, s.value());
        }
        // from another component: the source encoding decides the realloc sequence
        return StringCodec.store(
                cx, s.value(), source, StringCodec.taggedCodeUnitsIn(s.value(), source));
    }

    @Override
    protected Val liftRange(LiftLowerContext cx, long ptr, long length) {
        return new Val.Str(StringCodec.load(cx, ptr, length));
    }
}
