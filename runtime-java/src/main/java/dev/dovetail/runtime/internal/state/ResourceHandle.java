package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.type.ResourceType;

/**
 * A handle-table entry for a resource: an owned handle, or a borrowed one lent for the duration of
 * {@link #borrowScope}. {@link #numLends} counts the calls the handle is currently lent to; an
 * owned handle cannot be moved or dropped while it is lent.
 */
public final class ResourceHandle {
    final ResourceType type;
    final int rep;
    final boolean own;
    final Task borrowScope;
    int numLends;

    ResourceHandle(ResourceType type, int rep, boolean own, Task borrowScope) {
        this.type = type;
        this.rep = rep;
        this.own = own;
        this.borrowScope = borrowScope;
    }

    public ResourceType type() {
        return type;
    }

    public int rep() {
        return rep;
    }

    public boolean own() {
        return own;
    }
}
