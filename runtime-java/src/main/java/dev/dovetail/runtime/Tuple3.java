package dev.dovetail.runtime;

/**
 * A component {@code tuple} of 3 elements. Any Java record also maps to a tuple, positionally; this
 * family saves declaring one.
 */
public record Tuple3<A, B, C>(A a, B b, C c) {
    public static <A, B, C> Tuple3<A, B, C> of(A a, B b, C c) {
        return new Tuple3<>(a, b, c);
    }
}
