package dev.dovetail.wasi.filesystem;

/** One flag of {@code wasi:filesystem/types.descriptor-flags}. */
public enum DescriptorFlag {
    READ,
    WRITE,
    FILE_INTEGRITY_SYNC,
    DATA_INTEGRITY_SYNC,
    REQUESTED_WRITE_SYNC,
    MUTATE_DIRECTORY
}
