package dev.dovetail.abi.type;

import java.util.Objects;

/** A case of a {@link VariantType}; {@code type} is {@code null} when the case has no payload. */
public record Case(String name, ValType type) {
    public Case {
        Objects.requireNonNull(name, "name");
    }

    /** A case without payload. */
    public static Case of(String name) {
        return new Case(name, null);
    }

    public boolean hasPayload() {
        return type != null;
    }

    @Override
    public String toString() {
        return type == null ? name : name + "(" + type + ")";
    }
}
