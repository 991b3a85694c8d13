package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code defvaltype}: a defined value type. */
public sealed interface DefValType extends DefType
        permits PrimValType,
                DefValType.Record,
                DefValType.Variant,
                DefValType.ListType,
                DefValType.FixedListType,
                DefValType.Tuple,
                DefValType.Flags,
                DefValType.Enum,
                DefValType.Option,
                DefValType.Result,
                DefValType.Own,
                DefValType.Borrow,
                DefValType.Stream,
                DefValType.Future,
                DefValType.MapType {

    /** {@code 0x72}: {@code (record (field l t)*)}. Emptiness is a validation error. */
    record Record(List<LabeledValType> fields) implements DefValType {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** {@code 0x71}: {@code (variant case*)}. */
    record Variant(List<Case> cases) implements DefValType {
        public Variant {
            cases = List.copyOf(cases);
        }
    }

    /** A variant {@code case}: label and optional payload. */
    record Case(String label, Optional<ValType> type) {
        public Case {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x70}: {@code (list t)}. */
    record ListType(ValType element) implements DefValType {
        public ListType {
            Objects.requireNonNull(element, "element");
        }
    }

    /** {@code 0x67}: {@code (list t len)}, a fixed-length list. */
    record FixedListType(ValType element, long length) implements DefValType {
        public FixedListType {
            Objects.requireNonNull(element, "element");
        }
    }

    /** {@code 0x6f}: {@code (tuple t*)}. */
    record Tuple(List<ValType> types) implements DefValType {
        public Tuple {
            types = List.copyOf(types);
        }
    }

    /** {@code 0x6e}: {@code (flags l*)}. */
    record Flags(List<String> labels) implements DefValType {
        public Flags {
            labels = List.copyOf(labels);
        }
    }

    /** {@code 0x6d}: {@code (enum l*)}. */
    record Enum(List<String> labels) implements DefValType {
        public Enum {
            labels = List.copyOf(labels);
        }
    }

    /** {@code 0x6b}: {@code (option t)}. */
    record Option(ValType type) implements DefValType {
        public Option {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x6a}: {@code (result t? (error u)?)}. */
    record Result(Optional<ValType> ok, Optional<ValType> error) implements DefValType {
        public Result {
            Objects.requireNonNull(ok, "ok");
            Objects.requireNonNull(error, "error");
        }
    }

    /** {@code 0x69}: {@code (own i)}. */
    record Own(long resource) implements DefValType {}

    /** {@code 0x68}: {@code (borrow i)}. */
    record Borrow(long resource) implements DefValType {}

    /** {@code 0x66}: {@code (stream t?)}. */
    record Stream(Optional<ValType> element) implements DefValType {
        public Stream {
            Objects.requireNonNull(element, "element");
        }
    }

    /** {@code 0x65}: {@code (future t?)}. */
    record Future(Optional<ValType> element) implements DefValType {
        public Future {
            Objects.requireNonNull(element, "element");
        }
    }

    /** {@code 0x63}: {@code (map k v)}. */
    record MapType(ValType key, ValType value) implements DefValType {
        public MapType {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
