package dev.dovetail.format.model;

import java.util.Objects;

/** A core wasm {@code valtype}: a number/vector type or a reference type. */
public sealed interface CoreValType extends CoreStorageType
        permits CoreValType.Num, CoreValType.Ref {

    /** Number and vector types. */
    enum Num implements CoreValType {
        I32("i32"),
        I64("i64"),
        F32("f32"),
        F64("f64"),
        V128("v128");

        private final String text;

        Num(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code (ref null? ht)}. The one-byte shorthands ({@code funcref}...) are nullable refs. */
    record Ref(boolean nullable, CoreHeapType heap) implements CoreValType {
        public Ref {
            Objects.requireNonNull(heap, "heap");
        }

        @Override
        public String toString() {
            return "(ref " + (nullable ? "null " : "") + heap + ")";
        }
    }
}
