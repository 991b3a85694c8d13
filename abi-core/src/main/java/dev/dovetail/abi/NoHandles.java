package dev.dovetail.abi;

import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.StreamType;

/** {@link Handles#NONE}: a context with no handle table, where any handle is an error. */
final class NoHandles implements Handles {
    private static Trap none() {
        return new Trap("no handle table is available in this context");
    }

    @Override
    public Object liftOwn(int index, ResourceType type) {
        throw none();
    }

    @Override
    public Object liftBorrow(int index, ResourceType type) {
        throw none();
    }

    @Override
    public int lowerOwn(Object handle, ResourceType type) {
        throw none();
    }

    @Override
    public int lowerBorrow(Object handle, ResourceType type) {
        throw none();
    }

    @Override
    public Object liftStream(int index, StreamType type) {
        throw none();
    }

    @Override
    public int lowerStream(Object handle, StreamType type) {
        throw none();
    }

    @Override
    public Object liftFuture(int index, FutureType type) {
        throw none();
    }

    @Override
    public int lowerFuture(Object handle, FutureType type) {
        throw none();
    }

    @Override
    public Object liftErrorContext(int index) {
        throw none();
    }

    @Override
    public int lowerErrorContext(Object handle) {
        throw none();
    }
}
