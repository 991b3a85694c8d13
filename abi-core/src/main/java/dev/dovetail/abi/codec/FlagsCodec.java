package dev.dovetail.abi.codec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FlagsType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code flags}: a bit vector of 1, 2 or 4 bytes, flat as one {@code i32}. Bits beyond the last
 * label are ignored on lift, as the specification says. For up to 8 labels every possible value is
 * cached, so lifting allocates nothing.
 */
final class FlagsCodec extends FlagsShape<Val> {
    private final String[] labels;
    private final Map<String, Integer> index;
    private final Val.Flags[] cache;

    FlagsCodec(FlagsType type) {
        super(type, type.labels().size());
        this.labels = type.labels().toArray(new String[0]);
        this.index = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            index.put(labels[i], i);
        }
        this.cache = labels.length <= 8 ? new Val.Flags[1 << labels.length] : null;
    }

    @Override
    protected int pack(Val v) {
        if (!(v instanceof Val.Flags f)) {
            throw ValueTypeException.expected(type(), v);
        }
        int bits = 0;
        for (String name : f.set()) {
            Integer i = index.get(name);
            if (i == null) {
                throw new ValueTypeException("unknown flag `" + name + "` for " + type());
            }
            bits |= 1 << i;
        }
        return bits;
    }

    @Override
    protected Val.Flags unpack(int bits) {
        if (cache != null) {
            Val.Flags f = cache[bits];
            if (f == null) {
                f = build(bits);
                cache[bits] = f; // benign race: equal immutable values
            }
            return f;
        }
        return build(bits);
    }

    private Val.Flags build(int bits) {
        String[] set = new String[Integer.bitCount(bits)];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if ((bits & (1 << i)) != 0) {
                set[k++] = labels[i];
            }
        }
        return new Val.Flags(Set.of(set));
    }
}
