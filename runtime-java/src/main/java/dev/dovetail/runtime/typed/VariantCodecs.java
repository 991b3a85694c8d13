package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.Result;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
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

    abstract static class VariantC extends TypedCodec {
        private final TypedCodec[] cases;
        private final String[] segments;
        private final int discSize;
        private final int payloadOffset;
        private final int[][] zeroExtend;

        VariantC(ValType type, TypedCodec[] cases, String[] caseNames) {
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
            List<CoreType> joined =
                    flatCount() < 0 ? null : Flattening.variantPayload(caseTypes, AddrType.I32);
            for (int i = 0; i < cases.length; i++) {
                List<Integer> ext = new ArrayList<>();
                if (joined != null && caseTypes.get(i) != null) {
                    List<CoreType> own = Flattening.flatten(caseTypes.get(i), AddrType.I32);
                    for (int k = 0; k < own.size(); k++) {
                        if (own.get(k).is32() && joined.get(k) == CoreType.I64) {
                            ext.add(k);
                        }
                    }
                }
                zeroExtend[i] = ext.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        abstract int caseIndex(Object v);

        /** The payload of {@code v} in case {@code index}; anything when the case has none. */
        abstract Object payload(Object v, int index);

        abstract Object make(int index, Object payload);

        private TypedCodec checked(int index, Object payload) {
            TypedCodec c = cases[index];
            if (c == null && payload != null) {
                throw new IllegalArgumentException(
                        segments[index] + ": expected no payload, found " + payload);
            }
            return c;
        }

        @Override
        public final void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            int index = caseIndex(v);
            Object payload = payload(v, index);
            TypedCodec c = checked(index, payload);
            out.putI32(index);
            int start = out.position();
            if (c != null) {
                try {
                    c.lowerFlat(cx, payload, out);
                } catch (ClassCastException | NullPointerException e) {
                    throw TypedFuncPlan.within(segments[index], e);
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
        public final Object liftFlat(LiftLowerContext cx, FlatSource in) {
            int start = in.position();
            int index = Canon.checkDiscriminant(in.u32(), cases.length);
            TypedCodec c = cases[index];
            Object payload = c == null ? null : c.liftFlat(cx, in);
            in.position(start + flatCount());
            return make(index, payload);
        }

        @Override
        public final void store(LiftLowerContext cx, Object v, long ptr) {
            int index = caseIndex(v);
            Object payload = payload(v, index);
            TypedCodec c = checked(index, payload);
            LinearMemory memory = cx.requireMemory();
            Canon.storeUnsigned(memory, ptr, discSize, index);
            if (c != null) {
                try {
                    c.store(cx, payload, ptr + payloadOffset);
                } catch (ClassCastException | NullPointerException e) {
                    throw TypedFuncPlan.within(segments[index], e);
                }
            }
        }

        @Override
        public final Object load(LiftLowerContext cx, long ptr) {
            LinearMemory memory = cx.requireMemory();
            long d = Canon.loadUnsigned(memory, ptr, discSize);
            int index = Canon.checkDiscriminant(d, cases.length);
            TypedCodec c = cases[index];
            return make(index, c == null ? null : c.load(cx, ptr + payloadOffset));
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
                TypedCodec[] cases,
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
        int caseIndex(Object v) {
            Integer i = index.get(v.getClass());
            if (i == null) {
                throw new IllegalArgumentException(
                        "expected a case of " + type() + ", found " + v.getClass().getName());
            }
            return i;
        }

        @Override
        Object payload(Object v, int index) {
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
        Object make(int index, Object payload) {
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
        OptionC(ValType type, TypedCodec some) {
            super(type, new TypedCodec[] {null, some}, new String[] {"none", "some"});
        }

        @Override
        int caseIndex(Object v) {
            return ((Optional<?>) v).isPresent() ? 1 : 0;
        }

        @Override
        Object payload(Object v, int index) {
            return index == 0 ? null : ((Optional<?>) v).get();
        }

        @Override
        Object make(int index, Object payload) {
            return index == 0 ? Optional.empty() : Optional.of(payload);
        }
    }

    /** {@code result<T, E>} as {@link Result}; a missing payload is {@code null} ({@code Void}). */
    static final class ResultC extends VariantC {
        private static final Result<?, ?> OK = new Result.Ok<>(null);
        private static final Result<?, ?> ERR = new Result.Err<>(null);

        ResultC(ValType type, TypedCodec ok, TypedCodec err) {
            super(type, new TypedCodec[] {ok, err}, new String[] {"ok", "error"});
        }

        @Override
        int caseIndex(Object v) {
            return ((Result<?, ?>) v) instanceof Result.Ok ? 0 : 1;
        }

        @Override
        Object payload(Object v, int index) {
            return index == 0 ? ((Result.Ok<?, ?>) v).value() : ((Result.Err<?, ?>) v).error();
        }

        @Override
        Object make(int index, Object payload) {
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
            super(type, new TypedCodec[labels.length], labels);
            this.constants = constants;
            this.caseOfOrdinal = caseOfOrdinal;
        }

        @Override
        int caseIndex(Object v) {
            return caseOfOrdinal[((Enum<?>) v).ordinal()];
        }

        @Override
        Object payload(Object v, int index) {
            return null;
        }

        @Override
        Object make(int index, Object payload) {
            return constants[index];
        }
    }

    /** {@code flags} as a {@link Set} of Java enum constants; lifted as an {@link EnumSet}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class FlagsC extends TypedCodec {
        private final Class enumClass;
        private final Enum<?>[] constants; // by bit
        private final int[] bitOfOrdinal;
        private final int mask;

        FlagsC(ValType type, Class<?> enumClass, Enum<?>[] constants, int[] bitOfOrdinal) {
            super(type);
            this.enumClass = enumClass;
            this.constants = constants;
            this.bitOfOrdinal = bitOfOrdinal;
            this.mask = constants.length == 32 ? -1 : (1 << constants.length) - 1;
        }

        private int pack(Object v) {
            int bits = 0;
            for (Object e : (Set<?>) v) {
                Enum<?> c = (Enum<?>) enumClass.cast(e);
                bits |= 1 << bitOfOrdinal[c.ordinal()];
            }
            return bits;
        }

        private Object unpack(int bits) {
            bits &= mask;
            EnumSet set = EnumSet.noneOf(enumClass);
            for (int i = 0; i < constants.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    set.add(constants[i]);
                }
            }
            return set;
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32(pack(v));
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return unpack(in.i32());
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            int bits = pack(v);
            LinearMemory memory = cx.requireMemory();
            Canon.storeUnsigned(memory, ptr, size(), bits);
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            LinearMemory memory = cx.requireMemory();
            int bits = (int) Canon.loadUnsigned(memory, ptr, size());
            return unpack(bits);
        }
    }
}
