package dev.dovetail.abi.type;

import java.util.Objects;

/** A named field of a {@link RecordType}. */
public record Field(String name, ValType type) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
