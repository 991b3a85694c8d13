package dev.dovetail.wit.model;

/** A use of a type: a primitive, or a reference to a type definition in {@link Resolve#types()}. */
public sealed interface Type permits Primitive, TypeRef {}
