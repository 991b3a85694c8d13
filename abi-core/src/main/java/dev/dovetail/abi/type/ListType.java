package dev.dovetail.abi.type;

import java.util.Objects;

/**
 * {@code list<T>} or, when {@code length > 0}, the fixed-length {@code list<T, N>}. A fixed length
 * of zero is not a valid type, so zero stands for "variable length".
 */
public record ListType(ValType element, int length) implements ValType {
    public ListType {
        Objects.requireNonNull(element, "element");
        if (length < 0) {
            throw new IllegalArgumentException("list length must not be negative: " + length);
        }
    }

    /** A variable-length {@code list<element>}. */
    public static ListType of(ValType element) {
        return new ListType(element, 0);
    }

    /** A fixed-length {@code list<element, length>}; {@code length} must be positive. */
    public static ListType fixed(ValType element, int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("fixed list length must be positive: " + length);
        }
        return new ListType(element, length);
    }

    public boolean isFixed() {
        return length > 0;
    }

    @Override
    public String toString() {
        return isFixed() ? "list<" + element + ", " + length + ">" : "list<" + element + ">";
    }
}
