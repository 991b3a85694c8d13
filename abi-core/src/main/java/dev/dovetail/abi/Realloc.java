package dev.dovetail.abi;

/**
 * The guest's {@code realloc} export as the Canonical ABI calls it: {@code (old_ptr, old_size,
 * align, new_size) -> new_ptr}. Allocation is {@code realloc(0, 0, align, size)}. Pointers and
 * sizes are unsigned values in a {@code long}; the result is checked by the caller (alignment and
 * bounds), not by the implementation.
 */
@FunctionalInterface
public interface Realloc {
    long realloc(long originalPtr, long originalSize, int alignment, long newSize);
}
