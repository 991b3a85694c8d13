package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.RecordType;
import java.util.List;

/**
 * {@code record}: fields at precomputed offsets. A {@link Val.Record} is matched by position with a
 * name check; when the names are not in the type's order it falls back to lookup by name.
 */
final class RecordCodec extends ValCodec {
    private final String[] names;
    private final String[] segments;
    private final Codec<Val>[] fields;
    private final int[] offsets;

    RecordCodec(RecordType type, Codec<Val>[] fields) {
        super(type);
        this.fields = fields;
        int n = fields.length;
        this.names = new String[n];
        this.segments = new String[n];
        for (int i = 0; i < n; i++) {
            Field f = type.fields().get(i);
            names[i] = f.name();
            segments[i] = "field `" + f.name() + "`";
        }
        long[] offs = Layout.fieldOffsets(Layout.fieldTypes(type), AddrType.I32);
        this.offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = (int) offs[i];
        }
    }

    /** Field offsets in memory, in field order. */
    int[] offsets() {
        return offsets.clone();
    }

    private List<Val.Field> check(Val v) {
        if (!(v instanceof Val.Record r)) {
            throw mismatch(v);
        }
        List<Val.Field> fs = r.fields();
        if (fs.size() != names.length) {
            throw new ValueTypeException(
                    "expected "
                            + type()
                            + " with "
                            + names.length
                            + " fields, found "
                            + fs.size()
                            + " fields");
        }
        return fs;
    }

    /** The value of field {@code i}, by position when the name matches, else by name. */
    private Val field(Val v, List<Val.Field> fs, int i) {
        Val.Field f = fs.get(i);
        if (f.name().equals(names[i])) {
            return f.value();
        }
        Val byName = ((Val.Record) v).get(names[i]);
        if (byName == null) {
            throw new ValueTypeException("missing field `" + names[i] + "` of " + type());
        }
        return byName;
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        List<Val.Field> fs = check(v);
        for (int i = 0; i < fields.length; i++) {
            Val fv = field(v, fs, i);
            try {
                fields[i].lowerFlat(cx, fv, out);
            } catch (ValueTypeException e) {
                throw e.within(segments[i]);
            }
        }
    }

    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource in) {
        Val.Field[] out = new Val.Field[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = new Val.Field(names[i], fields[i].liftFlat(cx, in));
        }
        return new Val.Record(List.of(out));
    }

    @Override
    public void store(LiftLowerContext cx, Val v, long ptr) {
        List<Val.Field> fs = check(v);
        for (int i = 0; i < fields.length; i++) {
            Val fv = field(v, fs, i);
            try {
                fields[i].store(cx, fv, ptr + offsets[i]);
            } catch (ValueTypeException e) {
                throw e.within(segments[i]);
            }
        }
    }

    @Override
    public Val load(LiftLowerContext cx, long ptr) {
        Val.Field[] out = new Val.Field[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = new Val.Field(names[i], fields[i].load(cx, ptr + offsets[i]));
        }
        return new Val.Record(List.of(out));
    }
}
