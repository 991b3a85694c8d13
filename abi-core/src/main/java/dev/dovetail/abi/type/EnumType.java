package dev.dovetail.abi.type;

import java.util.List;

/** {@code enum { a, b, ... }}: at least one label. */
public record EnumType(List<String> labels) implements ValType {
    public EnumType {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("enum type must have at least one label");
        }
    }

    public static EnumType of(String... labels) {
        return new EnumType(List.of(labels));
    }

    @Override
    public String toString() {
        return "enum { " + String.join(", ", labels) + " }";
    }
}
