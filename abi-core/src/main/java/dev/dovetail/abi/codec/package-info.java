/**
 * Lifting and lowering through precomputed plans: {@link dev.dovetail.abi.codec.Codec} (one node
 * per value type: {@code lower_flat}, {@code lift_flat}, {@code store}, {@code load}, over a value
 * representation) with the shapes shared by {@code Val}s and typed Java objects ({@link
 * dev.dovetail.abi.codec.RangeShape}, {@link dev.dovetail.abi.codec.ListShape}, {@link
 * dev.dovetail.abi.codec.VariantShape}, {@link dev.dovetail.abi.codec.FlagsShape}); {@link
 * dev.dovetail.abi.codec.ValCodec#of} builds the tree for {@link dev.dovetail.abi.Val}s, {@link
 * dev.dovetail.abi.codec.FuncPlan} ({@code lower_flat_values}/{@code lift_flat_values} of a
 * function on one side of the boundary, with spilling), {@link dev.dovetail.abi.codec.Canon} (the
 * shared primitives and trap wordings) and {@link dev.dovetail.abi.codec.ValueTypeException} (a
 * host value that does not match its type).
 *
 * <p>Plans are for 32-bit memories. Strings go through {@link
 * dev.dovetail.abi.strings.StringCodec}. Handles go through the context's {@link
 * dev.dovetail.abi.Handles}. NaNs are canonicalized on lift and keep the host's bits on lower.
 */
package dev.dovetail.abi.codec;
