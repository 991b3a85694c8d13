/**
 * Memory layout of component value types as the Canonical ABI defines it: {@link
 * dev.dovetail.abi.layout.Layout} (alignment, element size, discriminants, field and payload
 * offsets, flags widths, the maximum value size rule), parameterized by the {@link
 * dev.dovetail.abi.layout.AddrType} of the memory. Type-level only: nothing here looks at values.
 */
package dev.dovetail.abi.layout;
