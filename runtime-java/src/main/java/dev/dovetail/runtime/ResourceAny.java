package dev.dovetail.runtime;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.internal.state.DefinedResourceType;

/**
 * A resource handle that reached the host, of any resource type: an owned handle (which the host
 * must eventually pass back to a component or drop with {@link #resourceDrop}) or a borrowed one,
 * valid only during the call that lent it. Carried in {@link dev.dovetail.abi.Val.Resource}.
 */
public final class ResourceAny {
    private final ResourceType type;
    private final int rep;
    private final boolean owned;
    private boolean consumed;

    public ResourceAny(ResourceType type, int rep, boolean owned) {
        this.type = type;
        this.rep = rep;
        this.owned = owned;
    }

    /** The resource type, compared by identity. */
    public ResourceType type() {
        return type;
    }

    /** Whether this is an owned handle (as opposed to a borrow). */
    public boolean owned() {
        return owned;
    }

    /** The representation the defining component (or host) gave the resource. */
    public int rep() {
        return rep;
    }

    /** Whether the handle was already moved into a component or dropped. */
    public boolean consumed() {
        return consumed;
    }

    /**
     * Marks an owned handle as moved (into a component, or dropped); any later use fails. Called by
     * the runtime when the handle is passed as an {@code own} argument.
     *
     * @throws IllegalStateException if the handle was already moved or dropped
     */
    public void consume() {
        if (consumed) {
            throw new IllegalStateException(
                    "resource handle of type " + type + " was already moved or dropped");
        }
        if (owned) {
            consumed = true;
        }
    }

    /**
     * Drops an owned handle, running the resource's destructor (in the defining component for a
     * guest resource); for a borrow this only ends the host's use of it.
     */
    public void resourceDrop(Store<?> store) {
        consume();
        if (owned && type instanceof DefinedResourceType d && d.destructor() != null) {
            store.enter();
            try {
                d.destructor().destroy(store, null, rep);
            } finally {
                store.exit();
            }
        }
    }

    @Override
    public String toString() {
        return (owned ? "own<" : "borrow<") + type + ">#" + rep;
    }
}
