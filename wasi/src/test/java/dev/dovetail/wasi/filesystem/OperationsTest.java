package dev.dovetail.wasi.filesystem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.wasi.WasiConfig;
import dev.dovetail.wasi.WasiCtx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code descriptor} operation and its error paths, on a real directory tree: a writable
 * preopen {@code root/sandbox} with a secret file beside it that no path may reach.
 */
class OperationsTest {
    @TempDir Path root;
    Path sandbox;
    Path secret;
    WasiCtx ctx;
    Operations ops;
    Resource<Descriptor> dir;
    Resource<Descriptor> readOnly;

    @BeforeEach
    void setUp() throws Exception {
        sandbox = Files.createDirectory(root.resolve("sandbox"));
        secret = Files.writeString(root.resolve("secret.txt"), "secret");
        Files.writeString(sandbox.resolve("a.txt"), "hello");
        Files.createDirectory(sandbox.resolve("sub"));
        Files.writeString(sandbox.resolve("sub/b.txt"), "b");
        Path ro = Files.createDirectory(root.resolve("ro"));
        Files.writeString(ro.resolve("r.txt"), "read me");
        Files.createDirectory(ro.resolve("d"));
        ctx = new WasiConfig().preopen(sandbox, "/", true).preopen(ro, "/ro", false).build();
        ops = new Operations(ctx);
        dir = ctx.table().push(Descriptor.preopen(ctx.preopens().get(0).hostPath(), true));
        readOnly = ctx.table().push(Descriptor.preopen(ctx.preopens().get(1).hostPath(), false));
    }

    static <R> ErrorCode error(FilesystemHost.Operation<R> op) {
        Result<R, ErrorCode> r = FilesystemHost.attempt(op);
        assertFalse(r.isOk(), () -> "expected an error, got " + r);
        return r.errValue().orElseThrow();
    }

    static <R> R ok(FilesystemHost.Operation<R> op) {
        Result<R, ErrorCode> r = FilesystemHost.attempt(op);
        assertTrue(r.isOk(), () -> "expected success, got " + r);
        return r.okValue().orElse(null);
    }

    Resource<Descriptor> open(String path, Set<OpenFlag> open, DescriptorFlag... flags) {
        Set<DescriptorFlag> f = EnumSet.noneOf(DescriptorFlag.class);
        f.addAll(List.of(flags));
        return ok(() -> ops.openAt(dir, Set.of(), path, open, f));
    }

    ErrorCode openError(
            Resource<Descriptor> from,
            String path,
            Set<PathFlag> pathFlags,
            Set<OpenFlag> open,
            DescriptorFlag... flags) {
        Set<DescriptorFlag> f = EnumSet.noneOf(DescriptorFlag.class);
        f.addAll(List.of(flags));
        return error(() -> ops.openAt(from, pathFlags, path, open, f));
    }

    @Test
    void pathsCannotEscapeThePreopen() throws Exception {
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, "../secret.txt", Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, "sub/../../secret.txt", Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, secret.toString(), Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.statAt(dir, Set.of(), "..")));
        // `..` inside the preopen is fine
        assertEquals(
                DescriptorType.REGULAR_FILE,
                ok(() -> ops.statAt(dir, Set.of(), "sub/../a.txt")).type());
    }

    @Test
    void symbolicLinksCannotLeadOutside() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("abs"), secret);
        Files.createSymbolicLink(sandbox.resolve("rel"), Path.of("../secret.txt"));
        Files.createSymbolicLink(sandbox.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(sandbox.resolve("inside"), Path.of("sub/b.txt"));
        Set<PathFlag> follow = Set.of(PathFlag.SYMLINK_FOLLOW);
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, "abs", follow, Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, "rel", follow, Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(dir, "up/secret.txt", Set.of(), Set.of(), DescriptorFlag.READ));
        // not following: opening the link itself is `loop`, as O_NOFOLLOW
        assertEquals(
                ErrorCode.LOOP, openError(dir, "abs", Set.of(), Set.of(), DescriptorFlag.READ));
        // a link that stays inside is followed
        Resource<Descriptor> b =
                ok(() -> ops.openAt(dir, follow, "inside", Set.of(), Set.of(DescriptorFlag.READ)));
        assertArrayEquals(new byte[] {'b'}, ok(() -> ops.read(b, 10, 0)).a());
        assertEquals("sub/b.txt", ok(() -> ops.readlinkAt(dir, "inside")));
        // a symlink-stat does not follow; a followed one to outside is refused
        assertEquals(
                DescriptorType.SYMBOLIC_LINK, ok(() -> ops.statAt(dir, Set.of(), "abs")).type());
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.statAt(dir, follow, "abs")));
        assertEquals("secret", Files.readString(secret));
    }

    @Test
    void linkLoopsEndInLoop() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("x"), Path.of("y"));
        Files.createSymbolicLink(sandbox.resolve("y"), Path.of("x"));
        assertEquals(
                ErrorCode.LOOP, error(() -> ops.statAt(dir, Set.of(PathFlag.SYMLINK_FOLLOW), "x")));
    }

    @Test
    void aDirectoryReplacedByALinkAfterOpeningIsNotFollowed() throws Exception {
        Resource<Descriptor> sub = open("sub", Set.of(OpenFlag.DIRECTORY), DescriptorFlag.READ);
        Files.delete(sandbox.resolve("sub/b.txt"));
        Files.delete(sandbox.resolve("sub"));
        Files.createSymbolicLink(sandbox.resolve("sub"), root);
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.statAt(sub, Set.of(), "secret.txt")));
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.readDirectory(sub)));
    }

    @Test
    void absoluteAndInvalidLinkTargetsCannotBeCreated() {
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.symlinkAt(dir, "/etc/passwd", "l")));
        assertEquals(ErrorCode.INVALID, error(() -> ops.symlinkAt(dir, "a\0b", "l")));
        assertEquals(ErrorCode.INVALID, error(() -> ops.statAt(dir, Set.of(), "a\0b")));
        assertEquals(ErrorCode.NO_ENTRY, error(() -> ops.statAt(dir, Set.of(), "")));
    }

    @Test
    void aReadOnlyPreopenRefusesEveryChange() throws Exception {
        Path ro = ctx.preopens().get(1).hostPath();
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(readOnly, "r.txt", Set.of(), Set.of(), DescriptorFlag.WRITE));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(
                        readOnly,
                        "new.txt",
                        Set.of(),
                        Set.of(OpenFlag.CREATE),
                        DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                openError(
                        readOnly,
                        "r.txt",
                        Set.of(),
                        Set.of(OpenFlag.TRUNCATE),
                        DescriptorFlag.READ));
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.createDirectoryAt(readOnly, "d")));
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.removeAt(readOnly, "r.txt", false)));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                error(() -> ops.renameAt(readOnly, "r.txt", readOnly, "s.txt")));
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.symlinkAt(readOnly, "r.txt", "l")));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                error(() -> ops.linkAt(readOnly, Set.of(), "r.txt", readOnly, "h")));
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                error(() -> ops.renameAt(dir, "a.txt", readOnly, "a.txt")));
        Resource<Descriptor> r =
                ok(
                        () ->
                                ops.openAt(
                                        readOnly,
                                        Set.of(),
                                        "r.txt",
                                        Set.of(),
                                        Set.of(DescriptorFlag.READ)));
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.write(r, new byte[] {1}, 0)));
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.writeViaStream(r, 0, false)));
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.setSize(r, 0)));
        assertEquals(EnumSet.of(DescriptorFlag.READ), ops.get(readOnly).flags());
        // asking for mutate-directory below a read-only preopen opens, without granting it
        Resource<Descriptor> d =
                ok(
                        () ->
                                ops.openAt(
                                        readOnly,
                                        Set.of(),
                                        "d",
                                        Set.of(OpenFlag.DIRECTORY),
                                        EnumSet.of(
                                                DescriptorFlag.READ,
                                                DescriptorFlag.MUTATE_DIRECTORY)));
        assertEquals(EnumSet.of(DescriptorFlag.READ), ops.get(d).flags());
        assertEquals(ErrorCode.NOT_PERMITTED, error(() -> ops.createDirectoryAt(d, "x")));
        assertEquals("read me", Files.readString(ro.resolve("r.txt")));
        assertEquals(List.of("d", "r.txt"), list(ro));
    }

    @Test
    void wrongKindsOfDescriptorGetTheirErrorCodes() {
        Resource<Descriptor> file = open("a.txt", Set.of(), DescriptorFlag.WRITE);
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.read(file, 1, 0)));
        assertEquals(5, ok(() -> ops.stat(file)).size());
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.readViaStream(file, 0)));
        assertEquals(ErrorCode.NOT_DIRECTORY, error(() -> ops.statAt(file, Set.of(), "x")));
        assertEquals(ErrorCode.NOT_DIRECTORY, error(() -> ops.readDirectory(file)));
        assertEquals(
                ErrorCode.NOT_DIRECTORY,
                openError(file, "x", Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(ErrorCode.IS_DIRECTORY, error(() -> ops.read(dir, 1, 0)));
        assertEquals(ErrorCode.IS_DIRECTORY, error(() -> ops.write(dir, new byte[1], 0)));
        assertEquals(
                ErrorCode.IS_DIRECTORY,
                openError(dir, "sub", Set.of(), Set.of(), DescriptorFlag.WRITE));
        assertEquals(
                ErrorCode.NOT_DIRECTORY,
                openError(dir, "a.txt", Set.of(), Set.of(OpenFlag.DIRECTORY), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NOT_DIRECTORY,
                openError(dir, "a.txt/x", Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NO_ENTRY,
                openError(dir, "missing", Set.of(), Set.of(), DescriptorFlag.READ));
        assertEquals(
                ErrorCode.NO_ENTRY,
                openError(
                        dir, "missing/x", Set.of(), Set.of(OpenFlag.CREATE), DescriptorFlag.WRITE));
        assertEquals(
                ErrorCode.EXIST,
                openError(
                        dir,
                        "a.txt",
                        Set.of(),
                        EnumSet.of(OpenFlag.CREATE, OpenFlag.EXCLUSIVE),
                        DescriptorFlag.WRITE));
        assertEquals(ErrorCode.BAD_DESCRIPTOR, error(() -> ops.advise(dir)));
    }

    @Test
    void readsAndWritesAtOffsetsAndPastTheEnd() throws Exception {
        Resource<Descriptor> file =
                open("a.txt", Set.of(), DescriptorFlag.READ, DescriptorFlag.WRITE);
        Tuple2<byte[], Boolean> all = ok(() -> ops.read(file, 100, 0));
        assertEquals("hello", new String(all.a(), StandardCharsets.UTF_8));
        assertTrue(all.b());
        Tuple2<byte[], Boolean> part = ok(() -> ops.read(file, 2, 1));
        assertEquals("el", new String(part.a(), StandardCharsets.UTF_8));
        assertFalse(part.b());
        Tuple2<byte[], Boolean> past = ok(() -> ops.read(file, 10, 1000));
        assertEquals(0, past.a().length);
        assertTrue(past.b());
        Tuple2<byte[], Boolean> huge = ok(() -> ops.read(file, 10, -1)); // u64 max
        assertTrue(huge.b());
        assertEquals(2L, ok(() -> ops.write(file, "YY".getBytes(StandardCharsets.UTF_8), 3)));
        assertEquals("helYY", Files.readString(sandbox.resolve("a.txt")));
        assertEquals(ErrorCode.FILE_TOO_LARGE, error(() -> ops.write(file, new byte[1], -1)));
        ok(() -> ops.setSize(file, 2));
        assertEquals("he", Files.readString(sandbox.resolve("a.txt")));
        ok(() -> ops.setSize(file, 4));
        assertEquals(4, ok(() -> ops.stat(file)).size());
        ok(() -> ops.sync(file, true));
        ok(() -> ops.sync(file, false));
        assertEquals(null, ok(() -> ops.advise(file)));
    }

    @Test
    void createsRemovesRenamesAndLinks() throws Exception {
        ok(() -> ops.createDirectoryAt(dir, "d"));
        assertEquals(ErrorCode.EXIST, error(() -> ops.createDirectoryAt(dir, "d")));
        Resource<Descriptor> f =
                open(
                        "d/f.txt",
                        EnumSet.of(OpenFlag.CREATE, OpenFlag.EXCLUSIVE),
                        DescriptorFlag.WRITE);
        ok(() -> ops.write(f, "x".getBytes(StandardCharsets.UTF_8), 0));
        assertEquals(ErrorCode.NOT_EMPTY, error(() -> ops.removeAt(dir, "d", true)));
        assertEquals(ErrorCode.IS_DIRECTORY, error(() -> ops.removeAt(dir, "d", false)));
        assertEquals(ErrorCode.NOT_DIRECTORY, error(() -> ops.removeAt(dir, "a.txt", true)));
        assertEquals(ErrorCode.INVALID, error(() -> ops.removeAt(dir, "d/..", true)));
        ok(() -> ops.linkAt(dir, Set.of(), "d/f.txt", dir, "hard.txt"));
        assertTrue(
                ops.isSameObject(
                        f,
                        ok(
                                () ->
                                        ops.openAt(
                                                dir,
                                                Set.of(),
                                                "hard.txt",
                                                Set.of(),
                                                Set.of(DescriptorFlag.READ)))));
        assertEquals(
                ok(() -> ops.metadataHash(f)),
                ok(() -> ops.metadataHashAt(dir, Set.of(), "hard.txt")));
        assertFalse(
                ok(() -> ops.metadataHashAt(dir, Set.of(), "a.txt"))
                        .equals(ok(() -> ops.metadataHash(f))));
        ok(() -> ops.renameAt(dir, "hard.txt", dir, "sub/moved.txt"));
        assertEquals("x", Files.readString(sandbox.resolve("sub/moved.txt")));
        ok(() -> ops.symlinkAt(dir, "sub/moved.txt", "link"));
        assertEquals("sub/moved.txt", Files.readSymbolicLink(sandbox.resolve("link")).toString());
        assertEquals(ErrorCode.INVALID, error(() -> ops.readlinkAt(dir, "a.txt")));
        ok(() -> ops.removeAt(dir, "link", false));
        ok(() -> ops.removeAt(dir, "d/f.txt", false));
        ok(() -> ops.removeAt(dir, "d", true));
        assertEquals(ErrorCode.NO_ENTRY, error(() -> ops.removeAt(dir, "d", true)));
        assertEquals(List.of("a.txt", "sub"), list(sandbox));
    }

    @Test
    void readsDirectoriesSortedWithTypes() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("l"), Path.of("a.txt"));
        DirectoryEntryStream s = ctx.table().get(ok(() -> ops.readDirectory(dir)));
        List<DirectoryEntry> entries = new ArrayList<>();
        for (Optional<DirectoryEntry> e = s.next(); e.isPresent(); e = s.next()) {
            entries.add(e.get());
        }
        assertEquals(
                List.of(
                        new DirectoryEntry(DescriptorType.REGULAR_FILE, "a.txt"),
                        new DirectoryEntry(DescriptorType.SYMBOLIC_LINK, "l"),
                        new DirectoryEntry(DescriptorType.DIRECTORY, "sub")),
                entries);
        assertEquals(DescriptorType.DIRECTORY, ops.type(dir));
        assertEquals(
                EnumSet.of(DescriptorFlag.READ, DescriptorFlag.MUTATE_DIRECTORY),
                ops.get(dir).flags());
    }

    @Test
    void setsTimes() throws Exception {
        var at = new dev.dovetail.wasi.clocks.Datetime(1_000_000_000L, 5);
        ok(
                () ->
                        ops.setTimesAt(
                                dir,
                                Set.of(),
                                "a.txt",
                                new NewTimestamp.NoChange(),
                                new NewTimestamp.Timestamp(at)));
        assertEquals(
                at.seconds(),
                ok(() -> ops.statAt(dir, Set.of(), "a.txt"))
                        .dataModificationTimestamp()
                        .orElseThrow()
                        .seconds());
        assertEquals(
                ErrorCode.NOT_PERMITTED,
                error(
                        () ->
                                ops.setTimesAt(
                                        readOnly,
                                        Set.of(),
                                        "r.txt",
                                        new NewTimestamp.Now(),
                                        new NewTimestamp.Now())));
    }

    private static List<String> list(Path p) throws Exception {
        try (var s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
