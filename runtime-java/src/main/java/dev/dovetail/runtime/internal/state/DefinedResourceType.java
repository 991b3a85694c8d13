package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.type.ResourceType;
import java.util.function.IntConsumer;

/**
 * A resource type at run time: minted fresh by each instantiation of the component that defines it
 * (or once by the host), with the instance that implements it and its destructor, if any.
 */
public final class DefinedResourceType extends ResourceType {
    private final ComponentInstanceState impl;
    private final IntConsumer destructor;

    /**
     * @param impl the defining instance, {@code null} for a host-defined resource
     * @param destructor called with the representation when an owned handle is dropped; may be
     *     {@code null}
     */
    public DefinedResourceType(String name, ComponentInstanceState impl, IntConsumer destructor) {
        super(name);
        this.impl = impl;
        this.destructor = destructor;
    }

    /** The instance that defines the type, or {@code null} for the host. */
    public ComponentInstanceState impl() {
        return impl;
    }

    public IntConsumer destructor() {
        return destructor;
    }

    /** How traps describe the type's origin. */
    String origin() {
        return impl == null ? "host-defined resource" : "guest-defined resource";
    }
}
