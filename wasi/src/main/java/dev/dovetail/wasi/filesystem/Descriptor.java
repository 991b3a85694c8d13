package dev.dovetail.wasi.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The host side of a {@code wasi:filesystem/types.descriptor}: a directory or an open file, named
 * by its preopen's root and the components below it (see {@link Sandbox}). {@code writable} is the
 * preopen's grant, which no descriptor opened from it can exceed.
 */
public final class Descriptor {
    private final Path root;
    private final List<String> components;
    private final FileChannel channel;
    private final Set<DescriptorFlag> flags;
    private final boolean writable;
    private final boolean append;

    private Descriptor(
            Path root,
            List<String> components,
            FileChannel channel,
            Set<DescriptorFlag> flags,
            boolean writable,
            boolean append) {
        this.root = root;
        this.components = List.copyOf(components);
        this.channel = channel;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(DescriptorFlag.class) : EnumSet.copyOf(flags);
        this.writable = writable;
        this.append = append;
    }

    /** The root directory of a preopen. */
    static Descriptor preopen(Path root, boolean writable) {
        return directory(root, List.of(), writable);
    }

    /** A directory below {@code root}; it may be changed when the preopen is writable. */
    static Descriptor directory(Path root, List<String> components, boolean writable) {
        Set<DescriptorFlag> flags = EnumSet.of(DescriptorFlag.READ);
        if (writable) {
            flags.add(DescriptorFlag.MUTATE_DIRECTORY);
        }
        return new Descriptor(root, components, null, flags, writable, false);
    }

    /** An open file. */
    static Descriptor file(
            Path root,
            List<String> components,
            FileChannel channel,
            Set<DescriptorFlag> flags,
            boolean writable,
            boolean append) {
        return new Descriptor(root, components, channel, flags, writable, append);
    }

    Path root() {
        return root;
    }

    List<String> components() {
        return components;
    }

    /** The host path, for operations Java offers only by path. */
    Path path() {
        return Sandbox.hostPath(root, components);
    }

    boolean isDirectory() {
        return channel == null;
    }

    Set<DescriptorFlag> flags() {
        return EnumSet.copyOf(flags);
    }

    boolean writable() {
        return writable;
    }

    boolean append() {
        return append;
    }

    /** This descriptor's directory, or {@code not-directory}. */
    Descriptor requireDirectory() throws FilesystemException {
        if (!isDirectory()) {
            throw new FilesystemException(ErrorCode.NOT_DIRECTORY, "not a directory");
        }
        return this;
    }

    /** This directory, which the guest may change, or {@code not-permitted}. */
    Descriptor requireMutable() throws FilesystemException {
        requireDirectory();
        if (!flags.contains(DescriptorFlag.MUTATE_DIRECTORY)) {
            throw new FilesystemException(
                    ErrorCode.NOT_PERMITTED, "the directory was granted read-only");
        }
        return this;
    }

    /** The file's channel, whatever it was opened for; {@code null} for a directory. */
    FileChannel channel() {
        return channel;
    }

    /** The file's channel when it was opened with {@code mode}, else {@code bad-descriptor}. */
    FileChannel channel(DescriptorFlag mode) throws FilesystemException {
        if (channel == null) {
            throw new FilesystemException(ErrorCode.IS_DIRECTORY, "is a directory");
        }
        if (!flags.contains(mode)) {
            throw new FilesystemException(
                    ErrorCode.BAD_DESCRIPTOR,
                    "the file was not opened for " + mode.name().toLowerCase());
        }
        return channel;
    }

    /** Closes the file, when the guest drops the descriptor. */
    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the guest dropped it: nobody is left to tell
            }
        }
    }
}
