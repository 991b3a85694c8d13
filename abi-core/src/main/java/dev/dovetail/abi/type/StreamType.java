package dev.dovetail.abi.type;

/** {@code stream<T>} or, with a {@code null} element, the element-less {@code stream}. */
public record StreamType(ValType element) implements ValType {
    @Override
    public String toString() {
        return element == null ? "stream" : "stream<" + element + ">";
    }
}
