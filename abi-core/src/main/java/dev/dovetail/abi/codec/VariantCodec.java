package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variant-like types ({@code variant}, {@code enum}, {@code option}, {@code result}), all laid
 * out as the despecialized variant: a discriminant of 1, 2 or 4 bytes, then the payload at the
 * largest case alignment. Subclasses only map their {@link Val} kind to and from {@code (case
 * index, payload)}.
 *
 * <p>Flat, the payload occupies the joined slots of all cases ({@link Flattening#variantPayload});
 * lowering writes the case's own core values, zero-extends the {@code i32}/{@code f32} values that
 * land in an {@code i64} slot (the specification passes them as unsigned 32-bit values) and fills
 * the unused slots with zeros. Lifting needs no conversion: {@link FlatSource} reads {@code i32}
 * and {@code f32} from the low 32 bits, which is exactly the wrap and reinterpretation of the
 * reference's {@code CoerceValueIter}.
 */
abstract class VariantCodec extends ValCodec {
    private final ValCodec[] cases;
    private final String[] segments;
    private final int discSize;
    private final int payloadOffset;
    private final int[][] zeroExtend;

    VariantCodec(ValType type, ValCodec[] cases, String[] caseNames) {
        super(type);
        this.cases = cases;
        this.segments = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            segments[i] = "case `" + caseNames[i] + "`";
        }
        List<ValType> caseTypes = Layout.caseTypes(type);
        this.discSize = Layout.discriminantSize(cases.length);
        this.payloadOffset = (int) Layout.payloadOffset(caseTypes, AddrType.I32);
        this.zeroExtend = new int[cases.length][];
        for (int i = 0; i < cases.length; i++) {
            zeroExtend[i] =
                    flatCount() < 0
                            ? new int[0]
                            : Flattening.widenedSlots(caseTypes, i, AddrType.I32);
        }
    }

    /** The case index of {@code v}; throws {@link ValueTypeException} if it is not one. */
    abstract int caseIndex(Val v);

    /** The payload of {@code v} (already known to be of this kind), or {@code null}. */
    abstract Val payload(Val v);

    /** The value of case {@code index} with {@code payload} ({@code null} when none). */
    abstract Val make(int index, Val payload);

    /** Byte offset of the payload from the start of the value. */
    int payloadOffset() {
        return payloadOffset;
    }

    private ValCodec checkPayload(int index, Val payload) {
        ValCodec c = cases[index];
        if (c == null && payload != null) {
            throw new ValueTypeException(
                            "expected no payload, found " + payload.getClass().getSimpleName())
                    .within(segments[index]);
        }
        if (c != null && payload == null) {
            throw new ValueTypeException("expected a payload of type " + c.type() + ", found none")
                    .within(segments[index]);
        }
        return c;
    }

    @Override
    public final void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        int index = caseIndex(v);
        Val payload = payload(v);
        ValCodec c = checkPayload(index, payload);
        out.putI32(index);
        int start = out.position();
        if (c != null) {
            try {
                c.lowerFlat(cx, payload, out);
            } catch (ValueTypeException e) {
                throw e.within(segments[index]);
            }
            for (int k : zeroExtend[index]) {
                out.set(start + k, out.get(start + k) & 0xFFFF_FFFFL);
            }
        }
        int end = start + flatCount() - 1;
        while (out.position() < end) {
            out.putI64(0);
        }
    }

    @Override
    public final Val liftFlat(LiftLowerContext cx, FlatSource in) {
        int start = in.position();
        int index = Canon.checkDiscriminant(in.u32(), cases.length);
        ValCodec c = cases[index];
        Val payload = c == null ? null : c.liftFlat(cx, in);
        in.position(start + flatCount());
        return make(index, payload);
    }

    @Override
    public final void store(LiftLowerContext cx, Val v, long ptr) {
        int index = caseIndex(v);
        Val payload = payload(v);
        ValCodec c = checkPayload(index, payload);
        LinearMemory memory = cx.requireMemory();
        Canon.storeUnsigned(memory, ptr, discSize, index);
        if (c != null) {
            try {
                c.store(cx, payload, ptr + payloadOffset);
            } catch (ValueTypeException e) {
                throw e.within(segments[index]);
            }
        }
    }

    @Override
    public final Val load(LiftLowerContext cx, long ptr) {
        LinearMemory memory = cx.requireMemory();
        long d = Canon.loadUnsigned(memory, ptr, discSize);
        int index = Canon.checkDiscriminant(d, cases.length);
        ValCodec c = cases[index];
        return make(index, c == null ? null : c.load(cx, ptr + payloadOffset));
    }

    /** {@code variant}. */
    static final class Variant extends VariantCodec {
        private final String[] names;
        private final Map<String, Integer> index;
        private final Val.Variant[] bare;

        Variant(VariantType type, ValCodec[] cases) {
            super(type, cases, names(type));
            this.names = names(type);
            this.index = new HashMap<>();
            this.bare = new Val.Variant[names.length];
            for (int i = 0; i < names.length; i++) {
                index.putIfAbsent(names[i], i);
                bare[i] = new Val.Variant(names[i], null);
            }
        }

        private static String[] names(VariantType type) {
            return type.cases().stream().map(Case::name).toArray(String[]::new);
        }

        @Override
        int caseIndex(Val v) {
            if (!(v instanceof Val.Variant x)) {
                throw mismatch(v);
            }
            Integer i = index.get(x.caseName());
            if (i == null) {
                throw new ValueTypeException("unknown case `" + x.caseName() + "` of " + type());
            }
            return i;
        }

        @Override
        Val payload(Val v) {
            return ((Val.Variant) v).payload();
        }

        @Override
        Val make(int index, Val payload) {
            return payload == null ? bare[index] : new Val.Variant(names[index], payload);
        }
    }

    /** {@code enum}: cases without payload; lifting returns shared values. */
    static final class Enum extends VariantCodec {
        private final Map<String, Integer> index;
        private final Val.Enum[] values;

        Enum(EnumType type) {
            super(type, new ValCodec[type.labels().size()], type.labels().toArray(new String[0]));
            this.index = new HashMap<>();
            this.values = new Val.Enum[type.labels().size()];
            for (int i = 0; i < values.length; i++) {
                index.putIfAbsent(type.labels().get(i), i);
                values[i] = new Val.Enum(type.labels().get(i));
            }
        }

        @Override
        int caseIndex(Val v) {
            if (!(v instanceof Val.Enum x)) {
                throw mismatch(v);
            }
            Integer i = index.get(x.label());
            if (i == null) {
                throw new ValueTypeException("unknown label `" + x.label() + "` of " + type());
            }
            return i;
        }

        @Override
        Val payload(Val v) {
            return null;
        }

        @Override
        Val make(int index, Val payload) {
            return values[index];
        }
    }

    /** {@code option<T>} = {@code variant { none, some(T) }}. */
    static final class Option extends VariantCodec {
        Option(OptionType type, ValCodec some) {
            super(type, new ValCodec[] {null, some}, new String[] {"none", "some"});
        }

        @Override
        int caseIndex(Val v) {
            if (!(v instanceof Val.Option x)) {
                throw mismatch(v);
            }
            return x.isSome() ? 1 : 0;
        }

        @Override
        Val payload(Val v) {
            return ((Val.Option) v).value();
        }

        @Override
        Val make(int index, Val payload) {
            return index == 0 ? Val.Option.NONE : new Val.Option(payload);
        }
    }

    /** {@code result<T, E>} = {@code variant { ok(T?), error(E?) }}. */
    static final class Result extends VariantCodec {
        private static final Val.Result OK = new Val.Result(true, null);
        private static final Val.Result ERR = new Val.Result(false, null);

        Result(ResultType type, ValCodec ok, ValCodec err) {
            super(type, new ValCodec[] {ok, err}, new String[] {"ok", "error"});
        }

        @Override
        int caseIndex(Val v) {
            if (!(v instanceof Val.Result x)) {
                throw mismatch(v);
            }
            return x.ok() ? 0 : 1;
        }

        @Override
        Val payload(Val v) {
            return ((Val.Result) v).payload();
        }

        @Override
        Val make(int index, Val payload) {
            if (payload == null) {
                return index == 0 ? OK : ERR;
            }
            return new Val.Result(index == 0, payload);
        }
    }
}
