package dev.dovetail.wasi.filesystem;

import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceTable;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code descriptor} methods over one store's {@link WasiCtx}. Each throws a {@link
 * FilesystemException} with the interface's error code, or a host exception that {@link Errors}
 * translates; paths go through {@link Sandbox}.
 */
final class Operations {
    /** The largest {@code read} the host performs at once; a guest asking for more gets less. */
    static final int MAX_READ = 1 << 20;

    private final WasiCtx ctx;
    private final ResourceTable table;

    Operations(WasiCtx ctx) {
        this.ctx = ctx;
        this.table = ctx.table();
    }

    Descriptor get(Resource<Descriptor> handle) {
        return table.get(handle);
    }

    Resource<HostInputStream> readViaStream(Resource<Descriptor> self, long offset)
            throws FilesystemException {
        FileChannel channel = get(self).channel(DescriptorFlag.READ);
        return table.push(FileStreams.input(channel, offset));
    }

    Resource<HostOutputStream> writeViaStream(
            Resource<Descriptor> self, long offset, boolean append) throws FilesystemException {
        FileChannel channel = get(self).channel(DescriptorFlag.WRITE);
        if (offset < 0) {
            throw new FilesystemException(ErrorCode.FILE_TOO_LARGE, "offset beyond 2^63");
        }
        return table.push(FileStreams.output(channel, offset, append));
    }

    Void advise(Resource<Descriptor> self) throws FilesystemException {
        if (get(self).isDirectory()) {
            throw new FilesystemException(ErrorCode.BAD_DESCRIPTOR, "advice is for files");
        }
        return null; // advice is only a hint
    }

    Void sync(Resource<Descriptor> self, boolean metadata) throws IOException {
        Descriptor d = get(self);
        if (!d.isDirectory()) {
            try {
                d.channel(DescriptorFlag.WRITE).force(metadata);
            } catch (FilesystemException e) {
                // a file open for reading only has nothing of the guest's to sync
            }
        }
        return null;
    }

    DescriptorType type(Resource<Descriptor> self) {
        Descriptor d = get(self);
        return d.isDirectory() ? DescriptorType.DIRECTORY : Metadata.type(d.path());
    }

    Void setSize(Resource<Descriptor> self, long size) throws Exception {
        FileChannel channel = get(self).channel(DescriptorFlag.WRITE);
        if (size < 0) {
            throw new FilesystemException(ErrorCode.FILE_TOO_LARGE, "size beyond 2^63");
        }
        if (size < channel.size()) {
            channel.truncate(size);
        } else if (size > channel.size()) {
            channel.write(ByteBuffer.allocate(1), size - 1);
        }
        return null;
    }

    Void setTimes(
            Resource<Descriptor> self,
            Set<PathFlag> unused,
            NewTimestamp access,
            NewTimestamp modification)
            throws Exception {
        Descriptor d = get(self);
        if (!d.isDirectory()) {
            d.channel(DescriptorFlag.WRITE);
        } else {
            d.requireMutable();
        }
        applyTimes(d.path(), access, modification);
        return null;
    }

    Void setTimesAt(
            Resource<Descriptor> self,
            Set<PathFlag> flags,
            String path,
            NewTimestamp access,
            NewTimestamp modification)
            throws Exception {
        Descriptor d = get(self).requireMutable();
        Path p = resolve(d, path, flags);
        applyTimes(p, access, modification);
        return null;
    }

    private void applyTimes(Path p, NewTimestamp access, NewTimestamp modification)
            throws IOException {
        Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(time(modification), time(access), null);
    }

    private FileTime time(NewTimestamp t) {
        if (t instanceof NewTimestamp.Now) {
            return FileTime.from(ctx.wallClock().now());
        }
        if (t instanceof NewTimestamp.Timestamp at) {
            return FileTime.from(at.value().toInstant());
        }
        return null; // no-change
    }

    Tuple2<byte[], Boolean> read(Resource<Descriptor> self, long length, long offset)
            throws Exception {
        FileChannel channel = get(self).channel(DescriptorFlag.READ);
        if (offset < 0) {
            return Tuple2.of(new byte[0], true);
        }
        int max = length < 0 || length > MAX_READ ? MAX_READ : (int) length;
        ByteBuffer buffer = ByteBuffer.allocate(max);
        int n = max == 0 ? 0 : channel.read(buffer, offset);
        if (n < 0) {
            return Tuple2.of(new byte[0], true);
        }
        byte[] bytes = n == max ? buffer.array() : Arrays.copyOf(buffer.array(), n);
        return Tuple2.of(bytes, offset + n >= channel.size());
    }

    Long write(Resource<Descriptor> self, byte[] bytes, long offset) throws Exception {
        FileChannel channel = get(self).channel(DescriptorFlag.WRITE);
        if (offset < 0) {
            throw new FilesystemException(ErrorCode.FILE_TOO_LARGE, "offset beyond 2^63");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = offset;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        return (long) bytes.length;
    }

    Resource<DirectoryEntryStream> readDirectory(Resource<Descriptor> self) throws Exception {
        Descriptor d = get(self).requireDirectory();
        Sandbox.requireDirectories(d.root(), d.components());
        List<DirectoryEntry> entries = new ArrayList<>();
        try (Stream<Path> list = Files.list(d.path())) {
            list.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(
                            p ->
                                    entries.add(
                                            new DirectoryEntry(
                                                    Metadata.type(p), p.getFileName().toString())));
        }
        return table.push(new DirectoryEntryStream(entries));
    }

    Void createDirectoryAt(Resource<Descriptor> self, String path) throws Exception {
        Descriptor d = get(self).requireMutable();
        Sandbox.requireName(path);
        Path p = resolve(d, path, Set.of());
        Sandbox.checkInside(d.root(), p, false);
        Files.createDirectory(p);
        return null;
    }

    DescriptorStat stat(Resource<Descriptor> self) throws Exception {
        Descriptor d = get(self);
        DescriptorStat stat = Metadata.stat(d.path());
        if (d.isDirectory()) {
            return stat;
        }
        // the path may since name another file; the open channel's size is this file's
        FileChannel channel = d.channel();
        return new DescriptorStat(
                stat.type(),
                stat.linkCount(),
                channel.size(),
                stat.dataAccessTimestamp(),
                stat.dataModificationTimestamp(),
                stat.statusChangeTimestamp());
    }

    DescriptorStat statAt(Resource<Descriptor> self, Set<PathFlag> flags, String path)
            throws Exception {
        Descriptor d = get(self).requireDirectory();
        return Metadata.stat(resolve(d, path, flags));
    }

    Void linkAt(
            Resource<Descriptor> self,
            Set<PathFlag> flags,
            String oldPath,
            Resource<Descriptor> newDescriptor,
            String newPath)
            throws Exception {
        Descriptor from = get(self).requireMutable();
        Descriptor to = get(newDescriptor).requireMutable();
        Path existing = resolve(from, oldPath, flags);
        Sandbox.requireName(newPath);
        Path link = resolve(to, newPath, Set.of());
        Sandbox.checkInside(from.root(), existing, false);
        Sandbox.checkInside(to.root(), link, false);
        Files.createLink(link, existing);
        return null;
    }

    Resource<Descriptor> openAt(
            Resource<Descriptor> self,
            Set<PathFlag> pathFlags,
            String path,
            Set<OpenFlag> openFlags,
            Set<DescriptorFlag> flags)
            throws Exception {
        Descriptor dir = get(self).requireDirectory();
        boolean create = openFlags.contains(OpenFlag.CREATE);
        boolean truncate = openFlags.contains(OpenFlag.TRUNCATE);
        boolean write = flags.contains(DescriptorFlag.WRITE);
        // mutate-directory asked of a read-only tree is not refused, only not granted: a directory
        // opened from it inherits its rights (wasi-libc asks for every right it might use)
        if ((create || truncate || write)
                && !dir.flags().contains(DescriptorFlag.MUTATE_DIRECTORY)) {
            throw new FilesystemException(
                    ErrorCode.NOT_PERMITTED, "the directory was granted read-only");
        }
        List<String> components =
                Sandbox.resolve(
                        dir.root(),
                        dir.components(),
                        path,
                        pathFlags.contains(PathFlag.SYMLINK_FOLLOW));
        Path p = Sandbox.hostPath(dir.root(), components);
        BasicFileAttributes existing = Sandbox.attributes(p);
        if (existing != null && existing.isSymbolicLink()) {
            throw new FilesystemException(ErrorCode.LOOP, "the path names a symbolic link");
        }
        if (existing != null && create && openFlags.contains(OpenFlag.EXCLUSIVE)) {
            throw new FilesystemException(ErrorCode.EXIST, "the file exists");
        }
        if (openFlags.contains(OpenFlag.DIRECTORY)) {
            if (create) {
                throw new FilesystemException(
                        ErrorCode.INVALID, "create and directory do not go together");
            }
            if (existing == null) {
                throw new FilesystemException(ErrorCode.NO_ENTRY, "no such directory");
            }
            if (!existing.isDirectory()) {
                throw new FilesystemException(ErrorCode.NOT_DIRECTORY, "not a directory");
            }
        }
        if (existing != null && existing.isDirectory()) {
            if (write || truncate) {
                throw new FilesystemException(ErrorCode.IS_DIRECTORY, "is a directory");
            }
            Sandbox.checkInside(dir.root(), p, true);
            return table.push(Descriptor.directory(dir.root(), components, dir.writable()));
        }
        if (existing == null && !create) {
            throw new FilesystemException(ErrorCode.NO_ENTRY, "no such file");
        }
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (flags.contains(DescriptorFlag.READ) || !write) {
            options.add(StandardOpenOption.READ);
        }
        if (write || create || truncate) {
            options.add(StandardOpenOption.WRITE); // Java creates and truncates only for writing
        }
        if (create) {
            options.add(
                    openFlags.contains(OpenFlag.EXCLUSIVE)
                            ? StandardOpenOption.CREATE_NEW
                            : StandardOpenOption.CREATE);
        }
        if (truncate) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (flags.contains(DescriptorFlag.FILE_INTEGRITY_SYNC)) {
            options.add(StandardOpenOption.SYNC);
        } else if (flags.contains(DescriptorFlag.DATA_INTEGRITY_SYNC)) {
            options.add(StandardOpenOption.DSYNC);
        }
        FileChannel channel = FileChannel.open(p, options);
        try {
            Sandbox.checkInside(dir.root(), p, false);
        } catch (FilesystemException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        Set<DescriptorFlag> granted = EnumSet.noneOf(DescriptorFlag.class);
        granted.addAll(flags);
        granted.remove(DescriptorFlag.MUTATE_DIRECTORY);
        return table.push(
                Descriptor.file(dir.root(), components, channel, granted, dir.writable(), false));
    }

    String readlinkAt(Resource<Descriptor> self, String path) throws Exception {
        Descriptor d = get(self).requireDirectory();
        Path p = resolve(d, path, Set.of());
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a == null) {
            throw new FilesystemException(ErrorCode.NO_ENTRY, "no such file");
        }
        if (!a.isSymbolicLink()) {
            throw new FilesystemException(ErrorCode.INVALID, "not a symbolic link");
        }
        return Files.readSymbolicLink(p).toString();
    }

    Void removeAt(Resource<Descriptor> self, String path, boolean directory) throws Exception {
        Descriptor d = get(self).requireMutable();
        Sandbox.requireName(path);
        Path p = resolve(d, path, Set.of());
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a == null) {
            throw new FilesystemException(ErrorCode.NO_ENTRY, "no such file");
        }
        if (directory && !a.isDirectory()) {
            throw new FilesystemException(ErrorCode.NOT_DIRECTORY, "not a directory");
        }
        if (!directory && a.isDirectory()) {
            throw new FilesystemException(ErrorCode.IS_DIRECTORY, "is a directory");
        }
        Sandbox.checkInside(d.root(), p, false);
        Files.delete(p);
        return null;
    }

    Void renameAt(
            Resource<Descriptor> self,
            String oldPath,
            Resource<Descriptor> newDescriptor,
            String newPath)
            throws Exception {
        Descriptor from = get(self).requireMutable();
        Descriptor to = get(newDescriptor).requireMutable();
        Sandbox.requireName(oldPath);
        Sandbox.requireName(newPath);
        Path source = resolve(from, oldPath, Set.of());
        Path target = resolve(to, newPath, Set.of());
        if (Sandbox.attributes(source) == null) {
            throw new FilesystemException(ErrorCode.NO_ENTRY, "no such file");
        }
        Sandbox.checkInside(from.root(), source, false);
        Sandbox.checkInside(to.root(), target, false);
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        return null;
    }

    Void symlinkAt(Resource<Descriptor> self, String target, String path) throws Exception {
        Descriptor d = get(self).requireMutable();
        if (target.startsWith("/")) {
            throw new FilesystemException(ErrorCode.NOT_PERMITTED, "absolute link target");
        }
        if (target.isEmpty() || target.indexOf('\0') >= 0) {
            throw new FilesystemException(ErrorCode.INVALID, "invalid link target");
        }
        Sandbox.requireName(path);
        Path p = resolve(d, path, Set.of());
        Sandbox.checkInside(d.root(), p, false);
        Files.createSymbolicLink(p, p.getFileSystem().getPath(target));
        return null;
    }

    boolean isSameObject(Resource<Descriptor> self, Resource<Descriptor> other) {
        try {
            return Metadata.hash(get(self).path()).equals(Metadata.hash(get(other).path()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    MetadataHashValue metadataHash(Resource<Descriptor> self) throws IOException {
        return Metadata.hash(get(self).path());
    }

    MetadataHashValue metadataHashAt(Resource<Descriptor> self, Set<PathFlag> flags, String path)
            throws Exception {
        Descriptor d = get(self).requireDirectory();
        return Metadata.hash(resolve(d, path, flags));
    }

    /** The host path of {@code path} below {@code d}, following a final link if asked. */
    private static Path resolve(Descriptor d, String path, Set<PathFlag> flags)
            throws FilesystemException {
        d.requireDirectory();
        List<String> components =
                Sandbox.resolve(
                        d.root(), d.components(), path, flags.contains(PathFlag.SYMLINK_FOLLOW));
        return Sandbox.hostPath(d.root(), components);
    }
}
