package dev.dovetail.abi.type;

import java.util.Objects;

/**
 * A resource type. Unlike every other type it is compared by identity: each component instance (or
 * host definition) creates fresh resource types, and two with the same name are distinct.
 */
public final class ResourceType {
    private final String name;

    public ResourceType(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The name used when printing; carries no meaning for equality. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
