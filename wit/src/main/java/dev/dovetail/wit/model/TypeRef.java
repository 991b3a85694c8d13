package dev.dovetail.wit.model;

/** A reference to the type definition at {@code index} in {@link Resolve#types()}. */
public record TypeRef(int index) implements Type {}
