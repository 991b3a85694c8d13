package dev.dovetail.wit.model;

/** Where a named type definition lives; anonymous types have no owner. */
public sealed interface TypeOwner {

    /** Anonymous types. */
    TypeOwner NONE = new None();

    /** Owned by the interface at this index of {@link Resolve#interfaces()}. */
    record OfInterface(int index) implements TypeOwner {}

    /** Owned by the world at this index of {@link Resolve#worlds()}. */
    record OfWorld(int index) implements TypeOwner {}

    /** No owner: an anonymous type. */
    record None() implements TypeOwner {}
}
