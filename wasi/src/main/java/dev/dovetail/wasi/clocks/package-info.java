/**
 * {@code wasi:clocks}: {@code wall-clock} and {@code monotonic-clock}, defined by {@link
 * dev.dovetail.wasi.clocks.ClocksHost} over the context's injectable {@link
 * dev.dovetail.wasi.WallClock} and {@link dev.dovetail.wasi.MonotonicClock}.
 */
package dev.dovetail.wasi.clocks;
