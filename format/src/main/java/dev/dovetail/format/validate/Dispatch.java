package dev.dovetail.format.validate;

import java.util.function.Supplier;

/** Helpers for type dispatch chains (Java 17 has no pattern matching in switch). */
final class Dispatch {
    private Dispatch() {}

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
