package dev.dovetail.format.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Core table/memory limits. With {@code index64} the bounds are u64 (held as unsigned longs),
 * otherwise u32.
 */
public record Limits(long min, OptionalLong max, boolean shared, boolean index64) {
    public Limits {
        Objects.requireNonNull(max, "max");
    }

    public static Limits of(long min) {
        return new Limits(min, OptionalLong.empty(), false, false);
    }
}
