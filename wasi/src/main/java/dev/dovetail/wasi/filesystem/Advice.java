package dev.dovetail.wasi.filesystem;

/** {@code wasi:filesystem/types.advice}. */
public enum Advice {
    NORMAL,
    SEQUENTIAL,
    RANDOM,
    WILL_NEED,
    DONT_NEED,
    NO_REUSE
}
