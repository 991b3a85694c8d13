package dev.dovetail.format.types;

import java.util.function.Supplier;

/** Helpers for type dispatch chains (Java 17 has no pattern matching in switch). */
final class Sw {
    private Sw() {}

    static <T> T of(Supplier<T> body) {
        return body.get();
    }

    static <T> T unreachable() {
        throw new IllegalStateException("unreachable: unexpected variant");
    }

    static <T> T raise(RuntimeException e) {
        throw e;
    }
}
