package dev.dovetail.wasi.filesystem;

/** {@code wasi:filesystem/types.descriptor-type}. */
public enum DescriptorType {
    UNKNOWN,
    BLOCK_DEVICE,
    CHARACTER_DEVICE,
    DIRECTORY,
    FIFO,
    SYMBOLIC_LINK,
    REGULAR_FILE,
    SOCKET
}
