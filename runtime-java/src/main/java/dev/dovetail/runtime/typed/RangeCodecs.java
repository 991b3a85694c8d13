package dev.dovetail.runtime.typed;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.codec.ListShape;
import dev.dovetail.abi.codec.RangeShape;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.strings.StringCodec;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/** {@code string}, {@code list<u8>}/{@code list<s8>} as {@code byte[]}, and {@code list<T>}. */
final class RangeCodecs {
    private RangeCodecs() {}

    /** {@code string} through abi-core's {@link StringCodec} (all encodings, all traps). */
    static final class StringC extends RangeShape<Object> {
        StringC(ValType t) {
            super(t);
        }

        @Override
        protected long lowerRange(LiftLowerContext cx, Object v) {
            return StringCodec.store(cx, (String) v);
        }

        @Override
        protected Object liftRange(LiftLowerContext cx, long ptr, long length) {
            return StringCodec.load(cx, ptr, length);
        }
    }

    /** {@code list<u8>} or {@code list<s8>} as {@code byte[]}: one bulk copy each way. */
    static final class BytesC extends RangeShape<Object> {
        BytesC(ValType t) {
            super(t);
        }

        @Override
        protected long lowerRange(LiftLowerContext cx, Object v) {
            byte[] bytes = (byte[]) v;
            long ptr = Canon.allocateList(cx, 1, bytes.length);
            if (bytes.length > 0) {
                cx.requireMemory().write(ptr, bytes, 0, bytes.length);
            }
            return pack(ptr, bytes.length);
        }

        @Override
        protected Object liftRange(LiftLowerContext cx, long ptr, long length) {
            LinearMemory memory = cx.requireMemory();
            int n = Canon.checkListRange(memory, ptr, length, 1, 1);
            return n == 0 ? new byte[0] : memory.read(ptr, n);
        }
    }

    /** {@code list<T>} as {@link List}: lifted lists are immutable. */
    static final class ListC extends ListShape<Object> {
        ListC(ValType t, Codec<Object> elem) {
            super(t, elem);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected List<Object> elements(Object v) {
            return (List<Object>) v;
        }

        @Override
        protected Object make(Object[] elements) {
            return List.of(elements);
        }

        @Override
        protected RuntimeException within(String segment, RuntimeException e) {
            return e instanceof ClassCastException || e instanceof NullPointerException
                    ? TypedFuncPlan.within(segment, e)
                    : e;
        }
    }

    /** {@code list<T, N>} as a {@link List} of exactly {@code N} elements, stored inline. */
    static final class FixedListC extends TypedCodec {
        private final Codec<Object> elem;
        private final int length;

        FixedListC(ValType t, Codec<Object> elem, int length) {
            super(t);
            this.elem = elem;
            this.length = length;
        }

        private List<?> check(Object v) {
            List<?> list = (List<?>) v;
            if (list.size() != length) {
                throw new IllegalArgumentException(
                        "expected a list of " + length + " elements, found " + list.size());
            }
            return list;
        }

        @Override
        public void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            for (Object e : check(v)) {
                elem.lowerFlat(cx, e, out);
            }
        }

        @Override
        public Object liftFlat(LiftLowerContext cx, FlatSource in) {
            Object[] out = new Object[length];
            for (int i = 0; i < length; i++) {
                out[i] = elem.liftFlat(cx, in);
            }
            return List.of(out);
        }

        @Override
        public void store(LiftLowerContext cx, Object v, long ptr) {
            int i = 0;
            for (Object e : check(v)) {
                elem.store(cx, e, ptr + (long) i++ * elem.size());
            }
        }

        @Override
        public Object load(LiftLowerContext cx, long ptr) {
            Object[] out = new Object[length];
            for (int i = 0; i < length; i++) {
                out[i] = elem.load(cx, ptr + (long) i * elem.size());
            }
            return List.of(out);
        }
    }
}
