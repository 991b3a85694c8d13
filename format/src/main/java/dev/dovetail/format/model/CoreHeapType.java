package dev.dovetail.format.model;

/** A core wasm heap type: abstract, or a concrete type index. */
public sealed interface CoreHeapType permits CoreHeapType.Abstract, CoreHeapType.Concrete {
    /** Abstract heap types (GC, exception handling and stack switching proposals included). */
    enum Abstract implements CoreHeapType {
        FUNC("func"),
        EXTERN("extern"),
        ANY("any"),
        EQ("eq"),
        I31("i31"),
        STRUCT("struct"),
        ARRAY("array"),
        EXN("exn"),
        CONT("cont"),
        NOFUNC("nofunc"),
        NOEXTERN("noextern"),
        NONE("none"),
        NOEXN("noexn"),
        NOCONT("nocont");

        private final String text;

        Abstract(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A type index. */
    record Concrete(long type) implements CoreHeapType {
        @Override
        public String toString() {
            return Long.toString(type);
        }
    }
}
