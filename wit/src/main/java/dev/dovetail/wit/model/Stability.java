package dev.dovetail.wit.model;

/** The feature gate of an item: {@code @since}, {@code @unstable}, or none. */
public sealed interface Stability {

    /** No gate. */
    Stability UNKNOWN = new Unknown();

    /** An item with no gate. */
    record Unknown() implements Stability {}

    /** {@code @since(version = …)}, optionally {@code @deprecated(version = …)}. */
    record Stable(Version since, Version deprecated) implements Stability {}

    /** {@code @unstable(feature = …)}, optionally {@code @deprecated(version = …)}. */
    record Unstable(String feature, Version deprecated) implements Stability {}
}
