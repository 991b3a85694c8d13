package dev.dovetail.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Components built by real toolchains (see {@code src/test/resources/components/README.md}). */
class RealComponentsTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = RealComponentsTest.class.getResourceAsStream("/components/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void preview1AdapterCommandPrintsArgumentsAndWritesAFile(@TempDir Path dir) throws Exception {
        Engine engine = Engine.create();
        Component component = Component.fromBytes(engine, resource("hello-preview1.wasm"));
        Linker<WasiCtx> linker = new Linker<>(engine);
        Wasi.addToLinker(linker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiCtx ctx =
                new WasiConfig()
                        .args("hello", "big", "world")
                        .stdout(out)
                        .preopen(dir, "/", true)
                        .build();
        Store<WasiCtx> store = new Store<>(engine, ctx);
        int status = Wasi.run(store, linker.instantiate(store, component));
        assertEquals(0, status);
        assertEquals("hello big world\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("hi file\n", Files.readString(dir.resolve("greeting.txt")));
    }

    @Test
    void wasiLibcCommandUsesFilesEnvironmentAndClocks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("input.txt"), "make me loud\n");
        Engine engine = Engine.create();
        Component component = Component.fromBytes(engine, resource("hello-c.wasm"));
        Linker<WasiCtx> linker = new Linker<>(engine);
        Wasi.addToLinker(linker);
        for (List<String> args : List.of(List.of("hello-c"), List.of("hello-c", "a", "b"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Store<WasiCtx> store =
                    new Store<>(
                            engine,
                            new WasiConfig()
                                    .args(args)
                                    .env("GREETING", "hi")
                                    .stdout(out)
                                    .stderr(err)
                                    .preopen(dir, ".", true)
                                    .build());
            int status = Wasi.run(store, linker.instantiate(store, component));
            String greeted = String.join(" ", args.subList(1, args.size()));
            // main returns argc - 1; the preview1 adapter reports any non-zero status as 1
            assertEquals(args.size() == 1 ? 0 : 1, status);
            assertEquals(
                    "hi from C"
                            + (greeted.isEmpty() ? "" : " " + greeted)
                            + "\n"
                            + (args.size() == 1 ? "1" : "2")
                            + " entries\n",
                    out.toString(StandardCharsets.UTF_8));
            assertEquals("escape refused\n", err.toString(StandardCharsets.UTF_8));
            assertEquals("MAKE ME LOUD\n", Files.readString(dir.resolve("output.txt")));
        }
        assertFalse(Files.exists(dir.resolveSibling("escape.txt")));
    }
}
