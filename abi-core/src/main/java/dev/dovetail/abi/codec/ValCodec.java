package dev.dovetail.abi.codec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;

/**
 * The plan of one {@link ValType} over {@link Val}s: a tree of codec nodes built once per type
 * ({@link #of}), each with its size, alignment, flattening and offsets resolved, so that lifting
 * and lowering a value never inspects the type again.
 *
 * <p>Lowering checks the {@link Val} against the type and throws {@link ValueTypeException} (a host
 * error) on a mismatch; lifting traps ({@link dev.dovetail.abi.Trap}) on invalid guest data.
 */
public abstract class ValCodec extends Codec<Val> {

    protected ValCodec(ValType type) {
        super(type);
    }

    /** The plan for {@code t}. Checks the maximum value size rule first. */
    public static Codec<Val> of(ValType t) {
        return Codecs.build(t);
    }

    static Val.List listOf(Val[] elements) {
        return new Val.List(java.util.List.of(elements));
    }

    final ValueTypeException mismatch(Val found) {
        return ValueTypeException.expected(type(), found);
    }
}
