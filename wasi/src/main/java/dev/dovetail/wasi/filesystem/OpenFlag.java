package dev.dovetail.wasi.filesystem;

/** One flag of {@code wasi:filesystem/types.open-flags}. */
public enum OpenFlag {
    CREATE,
    DIRECTORY,
    EXCLUSIVE,
    TRUNCATE
}
