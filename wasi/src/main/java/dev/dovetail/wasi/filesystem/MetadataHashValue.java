package dev.dovetail.wasi.filesystem;

/** {@code wasi:filesystem/types.metadata-hash-value}: 128 bits naming a file's identity. */
public record MetadataHashValue(long lower, long upper) {}
