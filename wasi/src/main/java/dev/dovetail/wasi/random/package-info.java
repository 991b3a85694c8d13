/**
 * {@code wasi:random}: {@code random}, {@code insecure} and {@code insecure-seed}, defined by
 * {@link dev.dovetail.wasi.random.RandomHost} over the context's injectable sources.
 */
package dev.dovetail.wasi.random;
