package dev.dovetail.format.model;

import java.util.Objects;

/** A GC {@code fieldtype}: storage type and mutability. */
public record CoreFieldType(CoreStorageType type, boolean mutable) {
    public CoreFieldType {
        Objects.requireNonNull(type, "type");
    }
}
