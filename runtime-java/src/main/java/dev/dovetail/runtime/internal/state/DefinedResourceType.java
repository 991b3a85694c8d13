package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.type.ResourceType;

/**
 * A resource type at run time: minted fresh by each instantiation of the component that defines it
 * (or once by the host), with the instance that implements it and its destructor, if any.
 */
public final class DefinedResourceType extends ResourceType {
    private final ComponentInstanceState impl;
    private final Destructor destructor;

    /**
     * Runs a resource's destructor for an owned handle dropped by {@code caller} (null: the host)
     * in {@code store}.
     */
    @FunctionalInterface
    public interface Destructor {
        void destroy(dev.dovetail.runtime.Store<?> store, ComponentInstanceState caller, int rep);
    }

    /**
     * @param impl the defining instance, {@code null} for a host-defined resource
     * @param destructor called with the representation when an owned handle is dropped; may be
     *     {@code null}
     */
    public DefinedResourceType(String name, ComponentInstanceState impl, Destructor destructor) {
        super(name);
        this.impl = impl;
        this.destructor = destructor;
    }

    /** The instance that defines the type, or {@code null} for the host. */
    public ComponentInstanceState impl() {
        return impl;
    }

    public Destructor destructor() {
        return destructor;
    }

    /** How traps describe the type's origin. */
    String origin() {
        return impl == null ? "host-defined resource" : "guest-defined resource";
    }
}
