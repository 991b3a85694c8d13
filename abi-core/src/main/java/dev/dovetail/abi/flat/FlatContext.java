package dev.dovetail.abi.flat;

/**
 * Which side of the boundary a core signature is for: {@code canon lift} or {@code canon lower}.
 */
public enum FlatContext {
    /** {@code canon lift}: a core function exported as a component function. */
    LIFT,
    /** {@code canon lower}: a component function imported as a core function. */
    LOWER
}
