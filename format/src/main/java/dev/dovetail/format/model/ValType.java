package dev.dovetail.format.model;

/** {@code valtype}: a primitive value type or an index into the type index space. */
public sealed interface ValType permits PrimValType, ValType.Index {
    /** {@code i:<typeidx>}: refers to a defined value type, resolved by the validator. */
    record Index(long index) implements ValType {
        @Override
        public String toString() {
            return "(type " + index + ")";
        }
    }

    static ValType index(long index) {
        return new Index(index);
    }
}
