package dev.dovetail.format.model;

/** {@code canonopt}: an immediate option of a canonical definition. */
public sealed interface CanonOpt {
    /** {@code 0x00}/{@code 0x01}/{@code 0x02}: {@code string-encoding=...}. */
    record Encoding(StringEncoding encoding) implements CanonOpt {
        public Encoding {
            java.util.Objects.requireNonNull(encoding, "encoding");
        }

        @Override
        public String toString() {
            return "string-encoding=" + encoding;
        }
    }

    /** {@code 0x03}: {@code (memory m)}. */
    record Memory(long memory) implements CanonOpt {}

    /** {@code 0x04}: {@code (realloc f)}. */
    record Realloc(long func) implements CanonOpt {}

    /** {@code 0x05}: {@code (post-return f)}. */
    record PostReturn(long func) implements CanonOpt {}

    /** {@code 0x06}: {@code async}. */
    record Async() implements CanonOpt {
        @Override
        public String toString() {
            return "async";
        }
    }

    /** {@code 0x07}: {@code (callback f)}. */
    record Callback(long func) implements CanonOpt {}

    /** {@code 0x08}: {@code (core-type t)} (GC lowering; allocated by wasmparser). */
    record CoreTypeOpt(long type) implements CanonOpt {}

    /** {@code 0x09}: {@code gc} (GC lowering; allocated by wasmparser). */
    record Gc() implements CanonOpt {
        @Override
        public String toString() {
            return "gc";
        }
    }

    /** String encodings of {@link Encoding}. */
    enum StringEncoding {
        UTF8("utf8"),
        UTF16("utf16"),
        LATIN1_UTF16("latin1+utf16");

        private final String text;

        StringEncoding(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    CanonOpt UTF8 = new Encoding(StringEncoding.UTF8);
    CanonOpt UTF16 = new Encoding(StringEncoding.UTF16);
    CanonOpt LATIN1_UTF16 = new Encoding(StringEncoding.LATIN1_UTF16);
    CanonOpt ASYNC = new Async();
}
