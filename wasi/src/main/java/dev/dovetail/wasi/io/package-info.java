/**
 * {@code wasi:io}: {@code error}, {@code poll} and {@code streams}. The host side of a stream is a
 * {@link dev.dovetail.wasi.io.HostInputStream} or {@link dev.dovetail.wasi.io.HostOutputStream}
 * (standard streams, files, byte arrays); {@link dev.dovetail.wasi.io.IoHost} defines the three
 * interfaces over them. Every {@code Pollable} here is either always ready (stream reads and writes
 * complete or fail at once) or a monotonic-clock deadline, so {@code poll} blocks only by sleeping
 * until the earliest deadline.
 */
package dev.dovetail.wasi.io;
