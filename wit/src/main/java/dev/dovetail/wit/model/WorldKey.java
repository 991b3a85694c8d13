package dev.dovetail.wit.model;

/** The key of a world import or export: a plain name or an interface by identity. */
public sealed interface WorldKey {

    /** {@code import name: …}, a function, a type or an inline interface. */
    record Name(String name) implements WorldKey {}

    /** {@code import ns:pkg/iface;}: keyed by the interface's index. */
    record OfInterface(int index) implements WorldKey {}
}
