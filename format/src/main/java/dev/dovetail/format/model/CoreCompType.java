package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;

/** A core {@code comptype}: function, struct or array type. */
public sealed interface CoreCompType {
    /** {@code 0x60}: {@code (func (param t*) (result t*))}. */
    record Func(List<CoreValType> params, List<CoreValType> results) implements CoreCompType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }
    }

    /** {@code 0x5f}: {@code (struct field*)}. */
    record Struct(List<CoreFieldType> fields) implements CoreCompType {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** {@code 0x5e}: {@code (array field)}. */
    record Array(CoreFieldType element) implements CoreCompType {
        public Array {
            Objects.requireNonNull(element, "element");
        }
    }
}
