package dev.dovetail.abi.type;

import java.util.List;

/** {@code flags { a, b, ... }}: between 1 and 32 labels. */
public record FlagsType(List<String> labels) implements ValType {
    /** The most flags a type may have. */
    public static final int MAX_FLAGS = 32;

    public FlagsType {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("flags type must have at least one label");
        }
        if (labels.size() > MAX_FLAGS) {
            throw new IllegalArgumentException(
                    "flags type has " + labels.size() + " labels, more than " + MAX_FLAGS);
        }
    }

    public static FlagsType of(String... labels) {
        return new FlagsType(List.of(labels));
    }

    /** Bit index of {@code label}, or -1. */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }

    @Override
    public String toString() {
        return "flags { " + String.join(", ", labels) + " }";
    }
}
