package dev.dovetail.runtime;

/**
 * A component {@code tuple} of 4 elements. Any Java record also maps to a tuple, positionally; this
 * family saves declaring one.
 */
public record Tuple4<A, B, C, D>(A a, B b, C c, D d) {
    public static <A, B, C, D> Tuple4<A, B, C, D> of(A a, B b, C c, D d) {
        return new Tuple4<>(a, b, c, d);
    }
}
