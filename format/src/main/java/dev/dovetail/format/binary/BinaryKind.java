package dev.dovetail.format.binary;

/** What a wasm binary holds, told apart by the {@code layer} field of its preamble. */
public enum BinaryKind {
    /** A core module: version 1, layer 0. */
    CORE_MODULE,
    /** A component: version {@code 0x0d}, layer 1. */
    COMPONENT
}
