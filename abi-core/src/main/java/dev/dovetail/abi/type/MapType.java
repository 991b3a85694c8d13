package dev.dovetail.abi.type;

import java.util.Objects;

/** {@code map<K, V>}, represented in the ABI as {@code list<tuple<K, V>>}. */
public record MapType(ValType key, ValType value) implements ValType {
    public MapType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "map<" + key + ", " + value + ">";
    }
}
