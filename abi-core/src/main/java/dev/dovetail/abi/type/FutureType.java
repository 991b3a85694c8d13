package dev.dovetail.abi.type;

/** {@code future<T>} or, with a {@code null} payload, the payload-less {@code future}. */
public record FutureType(ValType payload) implements ValType {
    @Override
    public String toString() {
        return payload == null ? "future" : "future<" + payload + ">";
    }
}
