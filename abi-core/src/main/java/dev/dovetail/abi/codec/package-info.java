/**
 * Lifting and lowering of {@link dev.dovetail.abi.Val}s through precomputed plans: {@link
 * dev.dovetail.abi.codec.ValCodec} (one codec tree per value type: {@code lower_flat}, {@code
 * lift_flat}, {@code store}, {@code load}), {@link dev.dovetail.abi.codec.FuncPlan} ({@code
 * lower_flat_values}/{@code lift_flat_values} of a function on one side of the boundary, with
 * spilling), {@link dev.dovetail.abi.codec.Canon} (the shared primitives and trap wordings) and
 * {@link dev.dovetail.abi.codec.ValueTypeException} (a host value that does not match its type).
 *
 * <p>Plans are for 32-bit memories. Strings go through {@link
 * dev.dovetail.abi.strings.StringCodec}. Handles go through the context's {@link
 * dev.dovetail.abi.Handles}. NaNs are canonicalized on lift and keep the host's bits on lower.
 */
package dev.dovetail.abi.codec;
