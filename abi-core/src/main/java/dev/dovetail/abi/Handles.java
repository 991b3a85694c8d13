package dev.dovetail.abi;

import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.StreamType;

/**
 * The bridge between ABI handle indices ({@code i32} slots in a component instance's handle table)
 * and the runtime's host-side handle objects, carried in {@link Val.Resource} and friends. The
 * runtime implements it over its handle tables, applying the specification's rules (lend counts,
 * borrow scopes, ownership transfer) and trapping with its wording.
 */
public interface Handles {
    /** {@code lift_own}: removes the owned handle at {@code index}; returns its host object. */
    Object liftOwn(int index, ResourceType type);

    /** {@code lift_borrow}: the handle at {@code index}, lent for the current call. */
    Object liftBorrow(int index, ResourceType type);

    /** {@code lower_own}: moves ownership of {@code handle} into the table; returns its index. */
    int lowerOwn(Object handle, ResourceType type);

    /** {@code lower_borrow}: lends {@code handle} for the current call; returns the index. */
    int lowerBorrow(Object handle, ResourceType type);

    Object liftStream(int index, StreamType type);

    int lowerStream(Object handle, StreamType type);

    Object liftFuture(int index, FutureType type);

    int lowerFuture(Object handle, FutureType type);

    Object liftErrorContext(int index);

    int lowerErrorContext(Object handle);

    /** For contexts that carry no handles: every operation traps. */
    Handles NONE = new NoHandles();
}
