/**
 * Flattening of value types into core values: {@link dev.dovetail.abi.flat.CoreType} and its {@code
 * join}, {@link dev.dovetail.abi.flat.Flattening} ({@code flatten_type}, {@code flatten_functype}),
 * {@link dev.dovetail.abi.flat.FuncLayout} (limits and spilling of a function's parameters and
 * result on one side of the boundary) and the {@code long[]} cursors {@link
 * dev.dovetail.abi.flat.FlatSink} and {@link dev.dovetail.abi.flat.FlatSource}.
 *
 * <p><b>Flat values</b> are {@code long} slots as Chicory passes them. Writers sign-extend {@code
 * i32} values and the raw bits of {@code f32} values ({@code (long) int}); {@code i64} and the raw
 * bits of {@code f64} fill the slot. Readers use only the low 32 bits of {@code i32}/{@code f32}
 * slots, so any upper bits are accepted on input. Pointers and lengths of 32-bit memories are read
 * as unsigned.
 */
package dev.dovetail.abi.flat;
