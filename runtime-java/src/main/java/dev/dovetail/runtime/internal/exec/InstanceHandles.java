package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.Handles;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.internal.concurrent.Copies;
import dev.dovetail.runtime.internal.concurrent.ErrorContext;
import dev.dovetail.runtime.internal.concurrent.ErrorContexts;
import dev.dovetail.runtime.internal.concurrent.SharedFuture;
import dev.dovetail.runtime.internal.concurrent.SharedStream;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The ABI's handle bridge for one component instance. Plans are built once per component with the
 * validator's resource types; this maps them to the run-time types of this instantiation and moves
 * resources between the instance's handle table and host-side {@link ResourceAny} objects.
 */
public final class InstanceHandles implements Handles {
    private final ComponentInstanceState state;
    private final Map<ResourceType, ResourceType> resources = new IdentityHashMap<>();

    public InstanceHandles(ComponentInstanceState state) {
        this.state = state;
    }

    /** Records that the validator's {@code template} is {@code runtime} in this instance. */
    public void bind(ResourceType template, ResourceType runtime) {
        resources.put(template, runtime);
    }

    /** The run-time type of the validator's {@code template}. */
    public ResourceType resolve(ResourceType template) {
        ResourceType t = resources.get(template);
        return t == null ? template : t;
    }

    @Override
    public Object liftOwn(int index, ResourceType type) {
        ResourceType rt = resolve(type);
        return new ResourceAny(rt, state.liftOwn(index, rt), true);
    }

    @Override
    public Object liftBorrow(int index, ResourceType type) {
        ResourceType rt = resolve(type);
        return new ResourceAny(rt, state.liftBorrow(index, rt), false);
    }

    private static ResourceAny check(Object handle, ResourceType rt) {
        if (!(handle instanceof ResourceAny r)) {
            throw new IllegalArgumentException(
                    "expected a ResourceAny of type " + rt + ", found " + handle);
        }
        if (r.type() != rt) {
            throw new IllegalArgumentException(
                    "resource of type " + r.type() + " passed where " + rt + " is expected");
        }
        if (r.consumed()) {
            throw new IllegalArgumentException(
                    "resource handle " + r + " was already moved or dropped");
        }
        return r;
    }

    @Override
    public int lowerOwn(Object handle, ResourceType type) {
        ResourceType rt = resolve(type);
        ResourceAny r = check(handle, rt);
        if (!r.owned()) {
            throw new IllegalArgumentException(
                    "a borrowed handle cannot be passed as own<" + rt + ">");
        }
        r.consume();
        return state.lowerOwn(r.rep(), rt);
    }

    @Override
    public int lowerBorrow(Object handle, ResourceType type) {
        ResourceType rt = resolve(type);
        return state.lowerBorrow(check(handle, rt).rep(), rt);
    }

    @Override
    public Object liftStream(int index, StreamType type) {
        return Copies.liftReadable(state, index, true);
    }

    @Override
    public int lowerStream(Object handle, StreamType type) {
        if (!(handle instanceof SharedStream)) {
            throw new IllegalArgumentException("expected a stream handle, found " + handle);
        }
        return Copies.lowerReadable(state, handle);
    }

    @Override
    public Object liftFuture(int index, FutureType type) {
        return Copies.liftReadable(state, index, false);
    }

    @Override
    public int lowerFuture(Object handle, FutureType type) {
        if (!(handle instanceof SharedFuture)) {
            throw new IllegalArgumentException("expected a future handle, found " + handle);
        }
        return Copies.lowerReadable(state, handle);
    }

    @Override
    public Object liftErrorContext(int index) {
        return ErrorContexts.lift(state, index);
    }

    @Override
    public int lowerErrorContext(Object handle) {
        if (!(handle instanceof ErrorContext)) {
            throw new IllegalArgumentException("expected an error-context, found " + handle);
        }
        return state.handles().add(handle);
    }
}
