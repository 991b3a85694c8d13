package dev.dovetail.format.model;

import java.util.Objects;

/** {@code labelvaltype}: a record field or a function parameter. */
public record LabeledValType(String label, ValType type) {
    public LabeledValType {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return "\"" + label + "\" " + type;
    }
}
