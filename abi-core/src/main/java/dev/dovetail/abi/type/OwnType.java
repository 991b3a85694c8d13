package dev.dovetail.abi.type;

import java.util.Objects;

/** {@code own<R>}: an owned handle of resource type {@code resource}. */
public record OwnType(ResourceType resource) implements ValType {
    public OwnType {
        Objects.requireNonNull(resource, "resource");
    }

    @Override
    public String toString() {
        return "own<" + resource + ">";
    }
}
