package dev.dovetail.format.model;

import java.util.Objects;

/** {@code import}: {@code (import na et)}. */
public record Import(ExternName name, ExternType type) {
    public Import {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
