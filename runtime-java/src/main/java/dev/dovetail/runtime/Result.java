package dev.dovetail.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Java counterpart of a component {@code result<T, E>}: {@link Ok} or {@link Err}. A missing
 * payload ({@code result<_, E>}, {@code result<T>}, {@code result}) is written {@link Void} in the
 * Java type and carried as {@code null}.
 */
public sealed interface Result<T, E> permits Result.Ok, Result.Err {
    /** The {@code ok} case. */
    record Ok<T, E>(T value) implements Result<T, E> {}

    /** The {@code error} case. */
    record Err<T, E>(E error) implements Result<T, E> {}

    static <T, E> Result<T, E> ok(T value) {
        return new Ok<>(value);
    }

    static <T, E> Result<T, E> err(E error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The ok value, if this is {@code ok} and has a payload. */
    default Optional<T> okValue() {
        return this instanceof Ok<T, E> o ? Optional.ofNullable(o.value()) : Optional.empty();
    }

    /** The error value, if this is {@code error} and has a payload. */
    default Optional<E> errValue() {
        return this instanceof Err<T, E> e ? Optional.ofNullable(e.error()) : Optional.empty();
    }

    /** The ok value, or an {@link IllegalStateException} describing the error. */
    default T unwrap() {
        if (this instanceof Ok<T, E> o) {
            return o.value();
        }
        throw new IllegalStateException("called unwrap on " + this);
    }

    default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        if (this instanceof Ok<T, E> o) {
            return new Ok<>(f.apply(o.value()));
        }
        return new Err<>(((Err<T, E>) this).error());
    }
}
