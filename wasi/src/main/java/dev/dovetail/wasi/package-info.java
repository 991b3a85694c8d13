/**
 * A WASI 0.2 host for Dovetail components, built on the runtime's public API as any embedder would:
 * {@link dev.dovetail.wasi.Wasi#addToLinker} defines {@code wasi:cli}, {@code wasi:io}, {@code
 * wasi:clocks}, {@code wasi:random} and {@code wasi:filesystem} (0.2.0 through {@value
 * dev.dovetail.wasi.Wasi#VERSION}) in a {@link dev.dovetail.runtime.Linker}.
 *
 * <p>Read first: {@link dev.dovetail.wasi.WasiConfig} (what a guest is granted: arguments,
 * environment, standard streams, preopened directories, clocks and randomness), {@link
 * dev.dovetail.wasi.WasiCtx} (the per-store state it builds, kept in or reachable from the store's
 * data) and {@link dev.dovetail.wasi.Wasi} (linking and running a {@code wasi:cli/run} command). A
 * guest's {@code exit} ends the run with a {@link dev.dovetail.wasi.WasiExit}, never a JVM exit.
 *
 * <p>The interfaces live in one package per WASI package ({@code io}, {@code cli}, {@code clocks},
 * {@code random}, {@code filesystem}), each written on the same pattern: WIT types as Java records,
 * enums and sealed interfaces, and one {@code *Host} class per interface group whose {@code add}
 * method defines typed host functions over them.
 */
package dev.dovetail.wasi;
