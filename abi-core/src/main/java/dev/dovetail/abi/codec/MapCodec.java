package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.TupleType;
import java.util.List;

/** {@code map<K, V>}: a {@code list<tuple<K, V>>} whose elements are {@link Val.Entry}s. */
final class MapCodec extends RangeShape<Val> {
    private final Codec<Val> key;
    private final Codec<Val> value;
    private final int valueOffset;
    private final int entrySize;
    private final int entryAlign;

    MapCodec(MapType type, Codec<Val> key, Codec<Val> value) {
        super(type);
        this.key = key;
        this.value = value;
        TupleType entry = Layout.mapEntryType(type);
        this.valueOffset = (int) Layout.fieldOffsets(entry.types(), AddrType.I32)[1];
        this.entrySize = (int) Layout.elemSize(entry, AddrType.I32);
        this.entryAlign = Layout.alignment(entry, AddrType.I32);
    }

    @Override
    protected long lowerRange(LiftLowerContext cx, Val v) {
        if (!(v instanceof Val.Map map)) {
            throw ValueTypeException.expected(type(), v);
        }
        List<Val.Entry> es = map.entries();
        int n = es.size();
        long ptr = Canon.allocateList(cx, entryAlign, (long) n * entrySize);
        for (int i = 0; i < n; i++) {
            Val.Entry e = es.get(i);
            long at = ptr + (long) i * entrySize;
            try {
                key.store(cx, e.key(), at);
            } catch (ValueTypeException ex) {
                throw ex.within("entry " + i + " key");
            }
            try {
                value.store(cx, e.value(), at + valueOffset);
            } catch (ValueTypeException ex) {
                throw ex.within("entry " + i + " value");
            }
        }
        return pack(ptr, n);
    }

    @Override
    protected Val liftRange(LiftLowerContext cx, long ptr, long length) {
        Canon.checkListRange(cx.requireMemory(), ptr, length, entrySize, entryAlign);
        int n = (int) length;
        Val.Entry[] out = new Val.Entry[n];
        for (int i = 0; i < n; i++) {
            long at = ptr + (long) i * entrySize;
            Val k = key.load(cx, at);
            out[i] = new Val.Entry(k, value.load(cx, at + valueOffset));
        }
        return new Val.Map(List.of(out));
    }
}
