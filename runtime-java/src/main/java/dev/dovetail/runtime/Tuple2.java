package dev.dovetail.runtime;

/**
 * A component {@code tuple} of 2 elements. Any Java record also maps to a tuple, positionally; this
 * family saves declaring one.
 */
public record Tuple2<A, B>(A a, B b) {
    public static <A, B> Tuple2<A, B> of(A a, B b) {
        return new Tuple2<>(a, b);
    }
}
