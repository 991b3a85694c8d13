package dev.dovetail.format.model;

import java.util.Objects;
import java.util.OptionalLong;

/** {@code resourcetype} ({@code 0x3f}): representation type and optional destructor core func. */
public record ResourceType(CoreValType rep, OptionalLong destructor) implements DefType {
    public ResourceType {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(destructor, "destructor");
    }
}
