package dev.dovetail.format.validate;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.model.CoreValType;

/** A resource type: created by a definition, an abstract import, or an instance's export. */
final class Resource {
    /** A name for printing: the first import/export name of the resource, if any. */
    String hint;

    /** The validator scope that defined it with {@code (type (resource ...))}, or null. */
    final Object owner;

    final CoreValType rep;
    private ResourceType abi;

    Resource(String hint, Object owner, CoreValType rep) {
        this.hint = hint;
        this.owner = owner;
        this.rep = rep;
    }

    ResourceType abi() {
        if (abi == null) {
            abi = new ResourceType(hint == null ? "resource" : hint);
        }
        return abi;
    }
}
