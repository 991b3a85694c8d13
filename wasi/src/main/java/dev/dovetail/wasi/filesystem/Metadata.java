package dev.dovetail.wasi.filesystem;

import dev.dovetail.wasi.clocks.Datetime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/** {@code stat} and {@code metadata-hash} of a host path (never following a final link). */
final class Metadata {
    private static final String UNIX = "unix:mode,nlink,size,lastAccessTime,lastModifiedTime,ctime";

    private Metadata() {}

    static DescriptorStat stat(Path p) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(p, UNIX, LinkOption.NOFOLLOW_LINKS);
            return new DescriptorStat(
                    type((Integer) a.get("mode")),
                    ((Number) a.get("nlink")).longValue(),
                    (Long) a.get("size"),
                    time(a.get("lastAccessTime")),
                    time(a.get("lastModifiedTime")),
                    time(a.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes a =
                    Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new DescriptorStat(
                    type(a),
                    1,
                    a.size(),
                    time(a.lastAccessTime()),
                    time(a.lastModifiedTime()),
                    Optional.empty());
        }
    }

    static DescriptorType type(Path p) {
        try {
            return type(
                    Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return DescriptorType.UNKNOWN;
        }
    }

    /** A 128-bit hash of the file's identity (device and inode), equal for the same file. */
    static MetadataHashValue hash(Path p) throws IOException {
        long device;
        long inode;
        try {
            Map<String, Object> a =
                    Files.readAttributes(p, "unix:dev,ino", LinkOption.NOFOLLOW_LINKS);
            device = ((Number) a.get("dev")).longValue();
            inode = ((Number) a.get("ino")).longValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            Object key =
                    Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .fileKey();
            device = 0;
            inode = key != null ? key.hashCode() : p.toRealPath().hashCode();
        }
        return new MetadataHashValue(
                mix(device * 0x9E3779B97F4A7C15L ^ inode),
                mix(inode * 0xC2B2AE3D27D4EB4FL ^ ~device));
    }

    /** The finalizer of SplitMix64: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static DescriptorType type(int mode) {
        switch (mode & 0170000) {
            case 0140000:
                return DescriptorType.SOCKET;
            case 0120000:
                return DescriptorType.SYMBOLIC_LINK;
            case 0100000:
                return DescriptorType.REGULAR_FILE;
            case 060000:
                return DescriptorType.BLOCK_DEVICE;
            case 040000:
                return DescriptorType.DIRECTORY;
            case 020000:
                return DescriptorType.CHARACTER_DEVICE;
            case 010000:
                return DescriptorType.FIFO;
            default:
                return DescriptorType.UNKNOWN;
        }
    }

    private static DescriptorType type(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return DescriptorType.SYMBOLIC_LINK;
        }
        if (a.isDirectory()) {
            return DescriptorType.DIRECTORY;
        }
        return a.isRegularFile() ? DescriptorType.REGULAR_FILE : DescriptorType.UNKNOWN;
    }

    private static Optional<Datetime> time(Object fileTime) {
        return fileTime instanceof FileTime t
                ? Optional.of(Datetime.of(t.toInstant()))
                : Optional.empty();
    }
}
