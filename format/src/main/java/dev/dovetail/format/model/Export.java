package dev.dovetail.format.model;

import java.util.Objects;
import java.util.Optional;

/** {@code export}: {@code (export na si et?)}, with an optional ascribed type. */
public record Export(ExternName name, SortIdx target, Optional<ExternType> type) {
    public Export {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
    }
}
