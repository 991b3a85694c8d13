package dev.dovetail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dovetail.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dovetail run} and the WASI options of {@code invoke}. */
class RunCommandTest {
    /** The preview1-adapter command of the wasi module's tests (see its README there). */
    static final Path PREVIEW1 =
            Path.of("../wasi/src/test/resources/components/hello-preview1.wasm");

    /** Exits with status 42 through exit-with-code. */
    static final String EXIT_42 =
            """
            (component
              (import "wasi:cli/exit@0.2.12" (instance $exit
                (export "exit-with-code" (func (param "status-code" u8)))))
              (core func $exit (canon lower (func $exit "exit-with-code")))
              (core module $M
                (import "" "exit" (func $exit (param i32)))
                (func (export "run") (result i32) (call $exit (i32.const 42)) (i32.const 0)))
              (core instance $m (instantiate $M (with "" (instance (export "exit" (func $exit))))))
              (func $run (result (result)) (canon lift (core func $m "run")))
              (instance $r (export "run" (func $run)))
              (export "wasi:cli/run@0.2.0" (instance $r)))
            """;

    /** Returns err from run, and imports a socket interface it never calls. */
    static final String FAILS_WITH_SOCKETS =
            """
            (component
              (import "wasi:sockets/tcp@0.2.0" (instance $tcp (export "shutdown" (func))))
              (core module $M (func (export "run") (result i32) (i32.const 1)))
              (core instance $m (instantiate $M))
              (func $run (result (result)) (canon lift (core func $m "run")))
              (instance $r (export "run" (func $run)))
              (export "wasi:cli/run@0.2.3" (instance $r)))
            """;

    @Test
    void runsAPreview1AdapterCommandWithArgumentsAndADirectory(@TempDir Path dir)
            throws IOException {
        assumeTrue(Files.exists(PREVIEW1), "the wasi module's test components are not beside");
        Run r = MainTest.run("run", "--dir", dir + "::/", PREVIEW1.toString(), "a", "b");
        assertEquals(new Run(0, "hello a b\n", ""), r);
        assertEquals("hi file\n", Files.readString(dir.resolve("greeting.txt")));
    }

    @Test
    void withoutADirectoryTheCommandFailsWithItsOwnStatus() {
        assumeTrue(Files.exists(PREVIEW1), "the wasi module's test components are not beside");
        // no preopen: the guest's path_open on fd 3 fails and it calls proc_exit(3), which the
        // preview1 adapter reports through wasi:cli/exit as err: status 1
        assertEquals(new Run(1, "hello\n", ""), MainTest.run("run", PREVIEW1.toString()));
    }

    @Test
    void theGuestExitStatusIsTheProcessExitStatus(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("exit.wat");
        Files.writeString(c, EXIT_42);
        assertEquals(new Run(42, "", ""), MainTest.run("run", c.toString()));
        assertEquals(
                new Run(42, "", ""),
                MainTest.run("invoke", c.toString(), "wasi:cli/run@0.2.0#run"));
    }

    @Test
    void aMissingInterfaceIsNamedUnlessItMayTrap(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("sockets.wat");
        Files.writeString(c, FAILS_WITH_SOCKETS);
        Run r = MainTest.run("run", c.toString());
        assertEquals(ExitCode.UNLINKABLE, r.code());
        assertTrue(r.err().contains("`wasi:sockets/tcp@0.2.0`"), r.err());
        // never called: the stub does not trap, and run's err is status 1
        assertEquals(
                new Run(1, "", ""), MainTest.run("run", "--trap-unknown-imports", c.toString()));
    }

    @Test
    void badWasiOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path c = dir.resolve("exit.wat");
        Files.writeString(c, EXIT_42);
        Run r = MainTest.run("run", "--env", "NOEQUALS", c.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("NAME=VALUE"), r.err());
        r = MainTest.run("run", "--dir", dir.resolve("absent") + "::/x", c.toString());
        assertEquals(ExitCode.NO_FILE, r.code());
    }
}
