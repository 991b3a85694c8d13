package dev.dovetail.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
