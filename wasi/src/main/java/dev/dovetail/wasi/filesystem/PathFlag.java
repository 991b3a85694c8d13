package dev.dovetail.wasi.filesystem;

/** One flag of {@code wasi:filesystem/types.path-flags}. */
public enum PathFlag {
    SYMLINK_FOLLOW
}
