package dev.dovetail.format.model;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * {@code value}: a value definition. The encoding of {@code val(t)} depends on what {@code t}
 * resolves to, which only the validator knows, so the value's bytes are kept undecoded.
 */
public record Value(ValType type, byte[] encoded) {
    public Value {
        Objects.requireNonNull(type, "type");
        encoded = encoded.clone();
    }

    /** A copy of the {@code val(t)} bytes. */
    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && type.equals(v.type) && Arrays.equals(encoded, v.encoded);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "(value " + type + " 0x" + HexFormat.of().formatHex(encoded) + ")";
    }
}
