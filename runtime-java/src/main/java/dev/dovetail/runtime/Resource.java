package dev.dovetail.runtime;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.internal.state.DefinedResourceType;
import java.util.Objects;

/**
 * A typed handle of a <em>host-defined</em> resource whose host representation is a {@code T}
 * (usually kept in a {@link ResourceTable}): the {@code u32} representation {@link #rep()} and
 * whether the handle is owned or borrowed. {@code T} is nominal: it is matched against the Java
 * type given to {@link LinkerInstance#resource(String, Class, java.util.function.BiConsumer)} when
 * a typed function moves the handle ({@code Resource<Object>} matches any host resource). Guest
 * resources travel as {@link ResourceAny}.
 *
 * <p>An owned handle passed to a component as {@code own<R>} is moved: it is marked consumed and
 * cannot be passed again. A borrowed handle received by a host function is valid only during that
 * call.
 */
public final class Resource<T> {
    private final int rep;
    private final boolean owned;
    private boolean consumed;

    private Resource(int rep, boolean owned) {
        this.rep = rep;
        this.owned = owned;
    }

    /** An owned handle of representation {@code rep}. */
    public static <T> Resource<T> newOwn(int rep) {
        return new Resource<>(rep, true);
    }

    /** A borrowed handle of representation {@code rep}. */
    public static <T> Resource<T> newBorrow(int rep) {
        return new Resource<>(rep, false);
    }

    /** The representation the host chose (a {@link ResourceTable} index, for example). */
    public int rep() {
        return rep;
    }

    /** Whether this is an owned handle (as opposed to a borrow). */
    public boolean owned() {
        return owned;
    }

    /** Whether the owned handle was already moved into a component. */
    public boolean consumed() {
        return consumed;
    }

    /**
     * Marks an owned handle as moved; the runtime calls this when passing it as {@code own}.
     *
     * @throws IllegalArgumentException if it was already moved
     */
    public void consume() {
        if (consumed) {
            throw new IllegalArgumentException(
                    "resource handle " + this + " was already moved into a component");
        }
        if (owned) {
            consumed = true;
        }
    }

    /** This handle as a {@link ResourceAny} of the host-defined resource type {@code type}. */
    public ResourceAny toAny(ResourceType type) {
        requireHost(type);
        return new ResourceAny(type, rep, owned);
    }

    /**
     * The typed view of a handle of a host-defined resource type.
     *
     * @throws IllegalArgumentException if {@code any} is a guest-defined resource
     */
    public static <T> Resource<T> fromAny(ResourceAny any) {
        Objects.requireNonNull(any, "any");
        requireHost(any.type());
        return new Resource<>(any.rep(), any.owned());
    }

    static void requireHost(ResourceType type) {
        if (!(type instanceof DefinedResourceType d) || d.impl() != null) {
            throw new IllegalArgumentException(
                    "resource type `"
                            + type
                            + "` is not defined by the host; use ResourceAny for guest"
                            + " resources");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resource<?> r && r.rep == rep && r.owned == owned;
    }

    @Override
    public int hashCode() {
        return rep * 31 + (owned ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Resource{rep=" + rep + (owned ? ", own" : ", borrow") + "}";
    }
}
