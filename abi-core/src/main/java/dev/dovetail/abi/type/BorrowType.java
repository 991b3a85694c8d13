package dev.dovetail.abi.type;

import java.util.Objects;

/** {@code borrow<R>}: a handle lent for the duration of a call. */
public record BorrowType(ResourceType resource) implements ValType {
    public BorrowType {
        Objects.requireNonNull(resource, "resource");
    }

    @Override
    public String toString() {
        return "borrow<" + resource + ">";
    }
}
