package dev.dovetail.runtime;

/**
 * A host function over Java values, defined with {@link LinkerInstance#funcArgs} for any number of
 * parameters (the nested {@code F0}..{@code F4} with {@link LinkerInstance#func} give typed lambdas
 * {@code (store, a, b) -> ...}). The {@link Signature} is checked against the component's import
 * type at {@link Linker#instantiatePre}; arguments arrive lifted straight from the guest into Java
 * objects (see {@link dev.dovetail.runtime.typed.TypeMapper} for the mapping, including the
 * unsigned rule: {@code u32} travels in an {@code int} with the same bits).
 *
 * <p>Return {@code null} when the signature has no result ({@code returnsNothing()}). Throwing a
 * {@link dev.dovetail.abi.Trap} traps the calling guest; any other exception propagates to whoever
 * called into the component. Borrowed handles received are valid only during the call.
 */
@FunctionalInterface
public interface TypedHostFunction<T> {
    Object call(Store<T> store, Object[] args);

    /** A host function of no parameters. */
    @FunctionalInterface
    interface F0<T, R> {
        R call(Store<T> store);
    }

    /** A host function of one parameter. */
    @FunctionalInterface
    interface F1<T, A, R> {
        R call(Store<T> store, A a);
    }

    /** A host function of two parameters. */
    @FunctionalInterface
    interface F2<T, A, B, R> {
        R call(Store<T> store, A a, B b);
    }

    /** A host function of three parameters. */
    @FunctionalInterface
    interface F3<T, A, B, C, R> {
        R call(Store<T> store, A a, B b, C c);
    }

    /** A host function of four parameters. */
    @FunctionalInterface
    interface F4<T, A, B, C, D, R> {
        R call(Store<T> store, A a, B b, C c, D d);
    }
}
