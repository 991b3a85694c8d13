package dev.dovetail.format.model;

/** A GC {@code storagetype}: a value type or a packed type. */
public sealed interface CoreStorageType permits CoreValType, CoreStorageType.Packed {
    /** Packed field types. */
    enum Packed implements CoreStorageType {
        I8,
        I16;

        @Override
        public String toString() {
            return this == I8 ? "i8" : "i16";
        }
    }
}
