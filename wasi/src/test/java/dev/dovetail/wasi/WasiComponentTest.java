package dev.dovetail.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.filesystem.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WASI through the canonical ABI: {@code probe.wat}, a hand-written component importing the 0.2.0
 * interfaces (the host defines {@value Wasi#VERSION}), exports one function per probe. Error cases
 * must come back as the interface's error codes, bad handles and bad strings as traps.
 */
class WasiComponentTest {
    static final Engine ENGINE = Engine.builder().interpreter().build();
    static Component probe;

    static final byte READ = 1;
    static final byte WRITE = 2;

    @TempDir Path dir;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WasiComponentTest.class.getResourceAsStream("probe.wat")) {
            probe =
                    Component.fromWat(
                            ENGINE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    record Probe(Store<WasiCtx> store, Instance instance) {
        int open(String path, boolean follow, byte flags) {
            return instance.getTypedFunc(
                            "open",
                            Signature.of(String.class, Boolean.class, Byte.class)
                                    .returns(Integer.class))
                    .call(store, path, follow, flags);
        }

        <R> R call(String name, Class<R> result) {
            return instance.getTypedFunc(name, Signature.params().returns(result)).call(store);
        }
    }

    Probe instantiate(WasiConfig config) {
        Linker<WasiCtx> linker = new Linker<>(ENGINE);
        Wasi.addToLinker(linker);
        Store<WasiCtx> store = new Store<>(ENGINE, config.build());
        return new Probe(store, linker.instantiate(store, probe));
    }

    static int code(ErrorCode c) {
        return 1 + c.ordinal();
    }

    @Test
    void errorCodesComeBackThroughTheAbi() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "hello");
        Probe p = instantiate(new WasiConfig().preopen(dir, "/", true));
        assertEquals(0, p.open("a.txt", false, READ));
        assertEquals(code(ErrorCode.NOT_PERMITTED), p.open("../a.txt", false, READ));
        assertEquals(code(ErrorCode.NOT_PERMITTED), p.open("/etc/passwd", false, READ));
        assertEquals(code(ErrorCode.NO_ENTRY), p.open("missing", false, READ));
        assertEquals(code(ErrorCode.IS_DIRECTORY), p.open(".", false, WRITE));
        // every descriptor the guest dropped left the host's table
        assertEquals(0, p.store().data().table().size());
    }

    @Test
    void aReadOnlyPreopenRefusesWrites() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "hello");
        Probe p = instantiate(new WasiConfig().preopen(dir, "/", false));
        assertEquals(code(ErrorCode.NOT_PERMITTED), p.open("a.txt", false, WRITE));
        assertEquals(0, p.open("a.txt", false, READ));
        assertEquals("hello", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void readsAFileThroughAStream() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "hello stream");
        Probe p = instantiate(new WasiConfig().preopen(dir, "/", false));
        byte[] bytes =
                p.instance()
                        .getTypedFunc("read-all", Signature.of(String.class).returns(byte[].class))
                        .call(p.store(), "a.txt");
        assertArrayEquals("hello stream".getBytes(StandardCharsets.UTF_8), bytes);
        assertEquals(0, p.store().data().table().size());
    }

    @Test
    void clocksRandomnessAndArgumentsAreTheInjectedOnes() {
        Probe p =
                instantiate(
                        new WasiConfig()
                                .args("probe", "x")
                                .secureRandom(new Random(42))
                                .insecureSeed(7, 8)
                                .monotonicClock(
                                        new MonotonicClock() {
                                            @Override
                                            public long now() {
                                                return 123_456_789L;
                                            }

                                            @Override
                                            public long resolutionNanos() {
                                                return 1;
                                            }
                                        })
                                .preopen(dir, "/", false));
        assertEquals(new Random(42).nextLong(), p.call("random", Long.class));
        assertEquals(123_456_789L, p.call("now", Long.class));
        assertEquals(
                Tuple2.of(7L, 8L),
                p.instance()
                        .getTypedFunc(
                                "seed",
                                Signature.params().returns(new TypeRef<Tuple2<Long, Long>>() {}))
                        .call(p.store()));
        assertEquals(
                List.of("probe", "x"),
                p.instance()
                        .getTypedFunc(
                                "args", Signature.params().returns(new TypeRef<List<String>>() {}))
                        .call(p.store()));
    }

    @Test
    void aDroppedDescriptorTraps() {
        Probe p = instantiate(new WasiConfig().preopen(dir, "/", true));
        Trap t = assertThrows(Trap.class, () -> p.call("use-after-drop", Integer.class));
        assertTrue(t.getMessage().contains("handle"), t.getMessage());
    }

    @Test
    void aPathThatIsNotUtf8Traps() {
        Probe p = instantiate(new WasiConfig().preopen(dir, "/", true));
        Trap t = assertThrows(Trap.class, () -> p.call("bad-utf8", Integer.class));
        assertTrue(t.getMessage().contains("utf-8"), t.getMessage());
    }

    @Test
    void environmentWorkingDirectoryWallClockAndExit() throws IOException {
        Component cli;
        try (InputStream in = WasiComponentTest.class.getResourceAsStream("cli-probe.wat")) {
            cli = Component.fromWat(ENGINE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Linker<WasiCtx> linker = new Linker<>(ENGINE);
        Wasi.addToLinker(linker);
        Store<WasiCtx> store =
                new Store<>(
                        ENGINE,
                        new WasiConfig()
                                .env("K", "V")
                                .env("A", "B")
                                .initialCwd("/work")
                                .wallClock(WallClock.fixed(Instant.ofEpochSecond(1_700_000_000L)))
                                .build());
        Instance instance = linker.instantiate(store, cli);
        assertEquals(
                List.of(Tuple2.of("K", "V"), Tuple2.of("A", "B")),
                instance.getTypedFunc(
                                "environment",
                                Signature.params()
                                        .returns(new TypeRef<List<Tuple2<String, String>>>() {}))
                        .call(store));
        assertEquals(
                Optional.of("/work"),
                instance.getTypedFunc(
                                "cwd",
                                Signature.params().returns(new TypeRef<Optional<String>>() {}))
                        .call(store));
        assertEquals(
                1_700_000_000L,
                instance.getTypedFunc("now-seconds", Signature.params().returns(Long.class))
                        .call(store));
        var exit = instance.getTypedFunc("exit", Signature.of(Integer.class).returnsNothing());
        assertEquals(1, assertThrows(WasiExit.class, () -> exit.call(store, 7)).code());
        Instance again = linker.instantiate(store, cli);
        var exitAgain = again.getTypedFunc("exit", Signature.of(Integer.class).returnsNothing());
        assertEquals(0, assertThrows(WasiExit.class, () -> exitAgain.call(store, 0)).code());
    }
}
