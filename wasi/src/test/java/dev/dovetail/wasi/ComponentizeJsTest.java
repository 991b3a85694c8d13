package dev.dovetail.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A componentize-js (StarlingMonkey) component, about 12.6 MB, too large to check in: built by
 * {@code wasi/src/test/js/build.sh} and run when {@code -Ddovetail.wasi.jsComponent=<path>} names
 * it (skipped otherwise). Prints how long compiling, instantiating and running take.
 */
class ComponentizeJsTest {
    @Test
    void jsCommandPrintsAndWritesAFile(@TempDir Path dir) throws Exception {
        String path = System.getProperty("dovetail.wasi.jsComponent");
        assumeTrue(path != null && Files.exists(Path.of(path)), "no componentize-js component");
        boolean interpreter = Boolean.getBoolean("dovetail.wasi.interpreter");
        Engine engine = interpreter ? Engine.builder().interpreter().build() : Engine.create();
        long t0 = System.nanoTime();
        Component component = Component.fromFile(engine, Path.of(path));
        long t1 = System.nanoTime();
        Linker<WasiCtx> linker = new Linker<>(engine);
        Wasi.addToLinker(linker);
        var pre = linker.instantiatePre(component);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Store<WasiCtx> store =
                new Store<>(
                        engine,
                        new WasiConfig()
                                .args("hello", "jvm")
                                .stdout(out)
                                .stderr(System.err)
                                .preopen(dir, "/", true)
                                .build());
        long t2 = System.nanoTime();
        Instance instance = pre.instantiate(store);
        long t3 = System.nanoTime();
        int status = Wasi.run(store, instance);
        long t4 = System.nanoTime();
        System.out.printf(
                "componentize-js (%s): load+compile %d ms, instantiate %d ms, run %d ms%n",
                interpreter ? "interpreter" : "compiler",
                (t1 - t0) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000);
        assertEquals(0, status);
        assertEquals("hello from js jvm\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("hi from js\n", Files.readString(dir.resolve("js.txt")));
    }
}
