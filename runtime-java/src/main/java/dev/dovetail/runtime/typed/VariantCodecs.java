package dev.dovetail.runtime.typed;

import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.codec.FlagsShape;
import dev.dovetail.abi.codec.VariantShape;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.Result;
import java.lang.invoke.MethodHandle;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variant-like codecs (sealed interface of records, {@link Optional}, {@link Result}, Java
 * enum) over the despecialized variant layout, exactly as abi-core's {@code VariantCodec}: a 1, 2
 * or 4 byte discriminant, the payload at the largest case alignment, flat payloads joined, {@code
 * i32}/{@code f32} zero-extended into {@code i64} slots, unused slots zero. And {@code flags} as an
 * {@link EnumSet}.
 */
final class VariantCodecs {
    private VariantCodecs() {}

    /** The Java side of abi-core's {@link VariantShape}: wrong classes and nulls name the case. */
    abstract static class VariantC extends VariantShape<Object> {
        VariantC(ValType type, Codec<Object>[] cases, String[] caseNames) {
            super(type, cases, caseNames);
        }

        @Override
        protected final void checkPayload(String segment, Codec<Object> c, Object payload) {
            if (c == null && payload != null) {
                throw new IllegalArgumentException(
                        segment + ": expected no payload, found " + payload);
            }
        }

        @Override
        protected final RuntimeException within(String segment, RuntimeException e) {
            return e instanceof ClassCastException || e instanceof NullPointerException
                    ? TypedFuncPlan.within(segment, e)
                    : e;
        }
    }

    /** {@code variant} as a sealed interface whose permitted records are the cases. */
    static final class SealedC extends VariantC {
        private final Map<Class<?>, Integer> index;
        private final MethodHandle[] getters; // (Object)Object or null
        private final MethodHandle[] ctors; // (Object)Object or null
        private final Object[] singletons;

        SealedC(
                ValType type,
                Codec<Object>[] cases,
                String[] names,
                Class<?>[] classes,
                MethodHandle[] getters,
                MethodHandle[] ctors,
                Object[] singletons) {
            super(type, cases, names);
            this.index = new IdentityHashMap<>();
            for (int i = 0; i < classes.length; i++) {
                index.put(classes[i], i);
            }
            this.getters = getters;
            this.ctors = ctors;
            this.singletons = singletons;
        }

        @Override
        protected int caseIndex(Object v) {
            Integer i = index.get(v.getClass());
            if (i == null) {
                throw new IllegalArgumentException(
                        "expected a case of " + type() + ", found " + v.getClass().getName());
            }
            return i;
        }

        @Override
        protected Object payload(Object v, int index) {
            MethodHandle g = getters[index];
            if (g == null) {
                return null;
            }
            try {
                return (Object) g.invokeExact(v);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Object make(int index, Object payload) {
            if (singletons[index] != null) {
                return singletons[index];
            }
            try {
                return (Object) ctors[index].invokeExact(payload);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code option<T>} as {@link Optional}. */
    static final class OptionC extends VariantC {
        OptionC(ValType type, Codec<Object> some) {
            super(type, TypedCodec.arrayOf(null, some), new String[] {"none", "some"});
        }

        @Override
        protected int caseIndex(Object v) {
            return ((Optional<?>) v).isPresent() ? 1 : 0;
        }

        @Override
        protected Object payload(Object v, int index) {
            return index == 0 ? null : ((Optional<?>) v).get();
        }

        @Override
        protected Object make(int index, Object payload) {
            return index == 0 ? Optional.empty() : Optional.of(payload);
        }
    }

    /** {@code result<T, E>} as {@link Result}; a missing payload is {@code null} ({@code Void}). */
    static final class ResultC extends VariantC {
        private static final Result<?, ?> OK = new Result.Ok<>(null);
        private static final Result<?, ?> ERR = new Result.Err<>(null);

        ResultC(ValType type, Codec<Object> ok, Codec<Object> err) {
            super(type, TypedCodec.arrayOf(ok, err), new String[] {"ok", "error"});
        }

        @Override
        protected int caseIndex(Object v) {
            return ((Result<?, ?>) v) instanceof Result.Ok ? 0 : 1;
        }

        @Override
        protected Object payload(Object v, int index) {
            return index == 0 ? ((Result.Ok<?, ?>) v).value() : ((Result.Err<?, ?>) v).error();
        }

        @Override
        protected Object make(int index, Object payload) {
            if (payload == null) {
                return index == 0 ? OK : ERR;
            }
            return index == 0 ? new Result.Ok<>(payload) : new Result.Err<>(payload);
        }
    }

    /** {@code enum} as a Java enum; constants matched to labels by name. */
    static final class EnumC extends VariantC {
        private final Object[] constants; // by case index
        private final int[] caseOfOrdinal;

        EnumC(ValType type, String[] labels, Enum<?>[] constants, int[] caseOfOrdinal) {
            super(type, TypedCodec.array(labels.length), labels);
            this.constants = constants;
            this.caseOfOrdinal = caseOfOrdinal;
        }

        @Override
        protected int caseIndex(Object v) {
            return caseOfOrdinal[((Enum<?>) v).ordinal()];
        }

        @Override
        protected Object payload(Object v, int index) {
            return null;
        }

        @Override
        protected Object make(int index, Object payload) {
            return constants[index];
        }
    }

    /** {@code flags} as a {@link Set} of Java enum constants; lifted as an {@link EnumSet}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class FlagsC extends FlagsShape<Object> {
        private final Class enumClass;
        private final Enum<?>[] constants; // by bit
        private final int[] bitOfOrdinal;

        FlagsC(ValType type, Class<?> enumClass, Enum<?>[] constants, int[] bitOfOrdinal) {
            super(type, constants.length);
            this.enumClass = enumClass;
            this.constants = constants;
            this.bitOfOrdinal = bitOfOrdinal;
        }

        @Override
        protected int pack(Object v) {
            int bits = 0;
            for (Object e : (Set<?>) v) {
                Enum<?> c = (Enum<?>) enumClass.cast(e);
                bits |= 1 << bitOfOrdinal[c.ordinal()];
            }
            return bits;
        }

        @Override
        protected Object unpack(int bits) {
            EnumSet set = EnumSet.noneOf(enumClass);
            for (int i = 0; i < constants.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    set.add(constants[i]);
                }
            }
            return set;
        }
    }
}
