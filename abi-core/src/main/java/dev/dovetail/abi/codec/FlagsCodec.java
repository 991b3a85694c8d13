package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.FlagsType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code flags}: a bit vector of 1, 2 or 4 bytes, flat as one {@code i32}. Bits beyond the last
 * label are ignored on lift, as the specification says. For up to 8 labels every possible value is
 * cached, so lifting allocates nothing.
 */
final class FlagsCodec extends ValCodec {
    private final String[] labels;
    private final Map<String, Integer> index;
    private final int mask;
    private final Val.Flags[] cache;

    FlagsCodec(FlagsType type) {
        super(type);
        this.labels = type.labels().toArray(new String[0]);
        this.index = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            index.put(labels[i], i);
        }
        this.mask = labels.length == 32 ? -1 : (1 << labels.length) - 1;
        this.cache = labels.length <= 8 ? new Val.Flags[1 << labels.length] : null;
    }

    /** Packs the set flags of {@code v} into bits ({@code pack_flags_into_int}). */
    int pack(Val v) {
        if (!(v instanceof Val.Flags f)) {
            throw mismatch(v);
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

    /** {@code unpack_flags_from_int}, ignoring unknown bits. */
    Val.Flags unpack(int bits) {
        bits &= mask;
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

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        out.putI32(pack(v));
    }

    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource in) {
        return unpack(in.i32());
    }

    @Override
    public void store(LiftLowerContext cx, Val v, long ptr) {
        int bits = pack(v);
        LinearMemory memory = cx.requireMemory();
        Canon.storeUnsigned(memory, ptr, size(), bits);
    }

    @Override
    public Val load(LiftLowerContext cx, long ptr) {
        LinearMemory memory = cx.requireMemory();
        int bits = (int) Canon.loadUnsigned(memory, ptr, size());
        return unpack(bits);
    }
}
