package dev.dovetail.abi.codec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.HashMap;
import java.util.Map;

/**
 * The variant-like types over {@link Val}s: {@link VariantShape} holds the layout and the canonical
 * ABI's steps; each kind here maps its {@link Val} to and from {@code (case index, payload)}. A
 * host value that does not fit is a {@link ValueTypeException} naming the case.
 */
abstract class VariantCodec extends VariantShape<Val> {

    VariantCodec(ValType type, Codec<Val>[] cases, String[] caseNames) {
        super(type, cases, caseNames);
    }

    @Override
    protected final void checkPayload(String segment, Codec<Val> c, Val payload) {
        if (c == null && payload != null) {
            throw new ValueTypeException(
                            "expected no payload, found " + payload.getClass().getSimpleName())
                    .within(segment);
        }
        if (c != null && payload == null) {
            throw new ValueTypeException("expected a payload of type " + c.type() + ", found none")
                    .within(segment);
        }
    }

    @Override
    protected final RuntimeException within(String segment, RuntimeException e) {
        return e instanceof ValueTypeException v ? v.within(segment) : e;
    }

    /** {@code variant}. */
    static final class Variant extends VariantCodec {
        private final String[] names;
        private final Map<String, Integer> index;
        private final Val.Variant[] bare;

        Variant(VariantType type, Codec<Val>[] cases) {
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
        protected int caseIndex(Val v) {
            if (!(v instanceof Val.Variant x)) {
                throw ValueTypeException.expected(type(), v);
            }
            Integer i = index.get(x.caseName());
            if (i == null) {
                throw new ValueTypeException("unknown case `" + x.caseName() + "` of " + type());
            }
            return i;
        }

        @Override
        protected Val payload(Val v, int index) {
            return ((Val.Variant) v).payload();
        }

        @Override
        protected Val make(int index, Val payload) {
            return payload == null ? bare[index] : new Val.Variant(names[index], payload);
        }
    }

    /** {@code enum}: cases without payload; lifting returns shared values. */
    static final class Enum extends VariantCodec {
        private final Map<String, Integer> index;
        private final Val.Enum[] values;

        Enum(EnumType type) {
            super(type, ValCodec.array(type.labels().size()), type.labels().toArray(new String[0]));
            this.index = new HashMap<>();
            this.values = new Val.Enum[type.labels().size()];
            for (int i = 0; i < values.length; i++) {
                index.putIfAbsent(type.labels().get(i), i);
                values[i] = new Val.Enum(type.labels().get(i));
            }
        }

        @Override
        protected int caseIndex(Val v) {
            if (!(v instanceof Val.Enum x)) {
                throw ValueTypeException.expected(type(), v);
            }
            Integer i = index.get(x.label());
            if (i == null) {
                throw new ValueTypeException("unknown label `" + x.label() + "` of " + type());
            }
            return i;
        }

        @Override
        protected Val payload(Val v, int index) {
            return null;
        }

        @Override
        protected Val make(int index, Val payload) {
            return values[index];
        }
    }

    /** {@code option<T>} = {@code variant { none, some(T) }}. */
    static final class Option extends VariantCodec {
        Option(OptionType type, Codec<Val> some) {
            super(type, ValCodec.arrayOf(null, some), new String[] {"none", "some"});
        }

        @Override
        protected int caseIndex(Val v) {
            if (!(v instanceof Val.Option x)) {
                throw ValueTypeException.expected(type(), v);
            }
            return x.isSome() ? 1 : 0;
        }

        @Override
        protected Val payload(Val v, int index) {
            return ((Val.Option) v).value();
        }

        @Override
        protected Val make(int index, Val payload) {
            return index == 0 ? Val.Option.NONE : new Val.Option(payload);
        }
    }

    /** {@code result<T, E>} = {@code variant { ok(T?), error(E?) }}. */
    static final class Result extends VariantCodec {
        private static final Val.Result OK = new Val.Result(true, null);
        private static final Val.Result ERR = new Val.Result(false, null);

        Result(ResultType type, Codec<Val> ok, Codec<Val> err) {
            super(type, ValCodec.arrayOf(ok, err), new String[] {"ok", "error"});
        }

        @Override
        protected int caseIndex(Val v) {
            if (!(v instanceof Val.Result x)) {
                throw ValueTypeException.expected(type(), v);
            }
            return x.ok() ? 0 : 1;
        }

        @Override
        protected Val payload(Val v, int index) {
            return ((Val.Result) v).payload();
        }

        @Override
        protected Val make(int index, Val payload) {
            if (payload == null) {
                return index == 0 ? OK : ERR;
            }
            return new Val.Result(index == 0, payload);
        }
    }
}
