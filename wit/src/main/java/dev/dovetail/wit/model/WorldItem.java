package dev.dovetail.wit.model;

/** An import or export of a world. */
public sealed interface WorldItem {

    /** An interface, by index into {@link Resolve#interfaces()}; docs may be null. */
    record InterfaceItem(int index, Stability stability, String docs) implements WorldItem {}

    /** A function imported or exported directly. */
    record FunctionItem(Function function) implements WorldItem {}

    /** A type imported into the world, by index into {@link Resolve#types()}. */
    record TypeItem(int index) implements WorldItem {}
}
