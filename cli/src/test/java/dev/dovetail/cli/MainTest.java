package dev.dovetail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.binary.ComponentEncoder;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.text.ComponentWat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dovetail} command run in-process: output, error messages and exit codes. */
class MainTest {
    @TempDir static Path dir;
    static Path calc;
    static Path calcText;
    static Path withImport;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                Main.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void components() throws IOException {
        calcText = dir.resolve("calc.wat");
        try (InputStream in = MainTest.class.getResourceAsStream("calc.wat")) {
            Files.write(calcText, in.readAllBytes());
        }
        calc = dir.resolve("calc.wasm");
        Files.write(calc, ComponentWat.toBytes(Files.readString(calcText)));
        withImport = dir.resolve("example.wasm");
        Files.write(withImport, ComponentEncoder.encode(Example.model()));
    }

    static void assertRun(Run r, int code, String out, String err) {
        assertEquals(err, r.err(), "stderr");
        assertEquals(out, r.out(), "stdout");
        assertEquals(code, r.code(), "exit code");
    }

    // ---- no arguments: the built-in example -----------------------------------------------

    @Test
    void withoutArgumentsRunsTheExample() {
        Run r = run();
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.contains("export greet: func(name: string) -> string;"), out);
        assertTrue(out.contains("add(1, 2)\n  -> 3\n"), out);
        assertTrue(out.contains("add(4294967295, 1)\n  -> 0\n"), out);
        assertTrue(
                out.contains(
                        "greet(\"Dovetail\")\n"
                                + "  host log(\"Hello, Dovetail!\")\n"
                                + "  -> \"Hello, Dovetail!\"\n"),
                out);
        assertTrue(out.contains("-> \"Hello, WebAssembly 🧩!\""), out);
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("9   the guest trapped"), r.out());
        assertTrue(r.out().contains("invoke"), r.out());
        assertEquals(0, run("--version").code());
        assertEquals(0, run("help", "invoke").code());
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        Run r = run("frobnicate");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("Unmatched argument at index 0: 'frobnicate'"), r.err());
        r = run("invoke", calc.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("Missing required parameter: '<call>'"), r.err());
        assertEquals(ExitCode.USAGE, run("invoke", "--bogus", calc.toString(), "f()").code());
    }

    // ---- invoke ---------------------------------------------------------------------------

    @Test
    void invokePrintsTheResultInWave() {
        String c = calc.toString();
        assertRun(run("invoke", c, "add(1, 2)"), 0, "3\n", "");
        assertRun(run("invoke", c, "div(7, -2)"), 0, "-3\n", "");
        assertRun(run("invoke", c, "or-zero(some(5))"), 0, "5\n", "");
        assertRun(run("invoke", c, "or-zero(5)"), 0, "5\n", "");
        assertRun(run("invoke", c, "or-zero()"), 0, "0\n", "");
        assertRun(run("invoke", c, "sign(-4)"), 0, "negative\n", "");
        assertRun(run("invoke", c, "not(true)"), 0, "false\n", "");
        assertRun(run("invoke", c, "area(circle(2))"), 0, "12\n", "");
        assertRun(run("invoke", "--interpreter", c, "area(square(1.5))"), 0, "2.25\n", "");
        assertRun(run("invoke", c, "docs:calc/ops@1.0.0#mul(6, 7)"), 0, "42\n", "");
    }

    @Test
    void invokeOfAFunctionWithoutResultPrintsNothing() {
        assertRun(run("invoke", calc.toString(), "nothing()"), 0, "", "");
        assertRun(run("invoke", calc.toString(), "nothing"), 0, "", "");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.wasm");
        assertRun(
                run("invoke", missing.toString(), "f()"),
                ExitCode.NO_FILE,
                "",
                "dovetail: error: no such file: " + missing + "\n");
        assertRun(
                run("invoke", dir.toString(), "f()"),
                ExitCode.NO_FILE,
                "",
                "dovetail: error: " + dir + " is a directory, not a component\n");
    }

    @Test
    void malformedComponentNamesTheOffset() throws IOException {
        Path bad = dir.resolve("bad.wasm");
        Files.write(bad, new byte[] {0, 'a', 's', 'm', 0x0d, 0, 1, 0, 7, 5});
        assertRun(
                run("invoke", bad.toString(), "f()"),
                ExitCode.BAD_COMPONENT,
                "",
                "dovetail: error: malformed component "
                        + bad
                        + ": unexpected end-of-file (at offset 0xa)\n");
        Path junk = dir.resolve("junk.wasm");
        Files.writeString(junk, "hello");
        Run r = run("wit", junk.toString());
        assertEquals(ExitCode.BAD_COMPONENT, r.code());
        assertTrue(r.err().contains("malformed component " + junk), r.err());
        assertTrue(r.err().contains("(at offset 0x0)"), r.err());
    }

    @Test
    void invalidComponent() throws IOException {
        Path invalid = dir.resolve("invalid.wasm");
        Files.write(
                invalid,
                ComponentEncoder.encode(
                        ComponentModel.of(
                                new Section.ExportSection(
                                        List.of(
                                                new Export(
                                                        ExternName.plain("f"),
                                                        new SortIdx(Sort.FUNC, 5),
                                                        Optional.empty()))))));
        Run r = run("invoke", invalid.toString(), "f()");
        assertEquals(ExitCode.BAD_COMPONENT, r.code());
        assertTrue(
                r.err().startsWith("dovetail: error: invalid component " + invalid + ": "),
                r.err());
    }

    @Test
    void componentTextIsAssembled() throws IOException {
        assertRun(run("invoke", calcText.toString(), "add(40, 2)"), 0, "42\n", "");
        assertEquals(run("wit", calc.toString()), run("wit", calcText.toString()));
        Path noExtension = dir.resolve("calc-text");
        Files.copy(calcText, noExtension);
        assertRun(run("invoke", noExtension.toString(), "not(false)"), 0, "true\n", "");
    }

    @Test
    void malformedComponentTextNamesLineAndColumn() throws IOException {
        Path wat = dir.resolve("bad.wat");
        Files.writeString(wat, "(component\n  (bogus))");
        assertRun(
                run("invoke", wat.toString(), "f()"),
                ExitCode.BAD_COMPONENT,
                "",
                "dovetail: error: malformed component text "
                        + wat
                        + ":2:3: expected valid component field\n");
    }

    @Test
    void aCoreModuleIsNotAComponent() throws IOException {
        Path wat = dir.resolve("core.wat");
        Files.writeString(wat, "(module (func))");
        assertRun(
                run("wit", wat.toString()),
                ExitCode.BAD_COMPONENT,
                "",
                "dovetail: error: " + wat + " is a core WebAssembly module, not a component\n");
    }

    @Test
    void unsupportedFeatures() throws IOException {
        Path async = dir.resolve("async.wat");
        Files.writeString(
                async,
                """
                (component
                  (core module $m
                    (func (export "f") (result i32) i32.const 0)
                    (func (export "cb") (param i32 i32 i32) (result i32) i32.const 0))
                  (core instance $i (instantiate $m))
                  (type $ft (func async))
                  (func (export "f") (type $ft)
                    (canon lift (core func $i "f") async (callback (core func $i "cb")))))
                """);
        Run r = run("invoke", async.toString(), "f()");
        assertEquals(ExitCode.UNSUPPORTED, r.code());
        assertTrue(r.err().startsWith("dovetail: error: not supported yet: "), r.err());
    }

    @Test
    void unknownImportsAreListed() {
        Run r = run("invoke", withImport.toString(), "add(1, 2)");
        assertRun(
                r,
                ExitCode.UNLINKABLE,
                "",
                "dovetail: error: "
                        + withImport
                        + " has imports that dovetail invoke does not provide:\n"
                        + "  log: func(msg: string)\n"
                        + "rerun with --trap-unknown-imports to define them as stubs that trap"
                        + " when called\n");
    }

    @Test
    void unknownImportsCanTrap() {
        String c = withImport.toString();
        assertRun(run("invoke", "--trap-unknown-imports", c, "add(1, 2)"), 0, "3\n", "");
        assertRun(
                run("invoke", "--trap-unknown-imports", c, "greet(\"x\")"),
                ExitCode.TRAP,
                "",
                "dovetail: error: the guest trapped in `greet`: called `log`, an import defined"
                        + " as a trap by --trap-unknown-imports\n");
    }

    @Test
    void unknownExportListsTheExportedFunctions() {
        String expected =
                "exported functions are: docs:calc/ops@1.0.0#mul, add, div, crash, nothing, or-zero,"
                        + " sign, not, area\n";
        Run r = run("invoke", calc.toString(), "sub(1, 2)");
        assertRun(
                r,
                ExitCode.NO_EXPORT,
                "",
                "dovetail: error: no exported function `sub`; " + expected);
        r = run("invoke", calc.toString(), "docs:calc/ops@1.0.0#div(1, 2)");
        assertRun(
                r,
                ExitCode.NO_EXPORT,
                "",
                "dovetail: error: no exported function `docs:calc/ops@1.0.0#div`; " + expected);
    }

    @Test
    void waveSyntaxErrorShowsThePosition() {
        assertRun(
                run("invoke", calc.toString(), "add(1 2)"),
                ExitCode.WAVE_SYNTAX,
                "",
                "dovetail: error: expected `,` or `)` in the arguments at 1:7, found number `2`\n"
                        + "  add(1 2)\n"
                        + "        ^\n");
        assertRun(
                run("invoke", calc.toString(), "add(1, \"x)"),
                ExitCode.WAVE_SYNTAX,
                "",
                "dovetail: error: unterminated string at 1:8\n"
                        + "  add(1, \"x)\n"
                        + "         ^\n");
        assertEquals(ExitCode.WAVE_SYNTAX, run("invoke", calc.toString(), "(1)").code());
    }

    @Test
    void argumentTypeMismatchNamesTheExpectedType() {
        assertRun(
                run("invoke", calc.toString(), "add(1, \"x\")"),
                ExitCode.ARG_TYPE,
                "",
                "dovetail: error: expected u32 at 1:8, found string\n"
                        + "  function: add(a: u32, b: u32) -> u32\n"
                        + "  add(1, \"x\")\n"
                        + "         ^\n");
        Run r = run("invoke", calc.toString(), "add(1)");
        assertEquals(ExitCode.ARG_TYPE, r.code());
        assertTrue(r.err().contains("missing argument `b: u32`"), r.err());
        r = run("invoke", calc.toString(), "add(1, 2, 3)");
        assertEquals(ExitCode.ARG_TYPE, r.code());
        assertTrue(r.err().contains("too many arguments"), r.err());
        r = run("invoke", calc.toString(), "area(triangle(1))");
        assertEquals(ExitCode.ARG_TYPE, r.code());
        assertTrue(r.err().contains("unknown case `triangle`"), r.err());
        r = run("invoke", calc.toString(), "add(4294967296, 0)");
        assertEquals(ExitCode.ARG_TYPE, r.code());
        assertTrue(r.err().contains("out of range for u32"), r.err());
    }

    @Test
    void guestTrapsReportTheMessage() {
        assertRun(
                run("invoke", calc.toString(), "div(1, 0)"),
                ExitCode.TRAP,
                "",
                "dovetail: error: the guest trapped in `div`: wasm trap: integer divide by zero\n");
        Run r = run("invoke", calc.toString(), "crash()");
        assertEquals(ExitCode.TRAP, r.code());
        assertTrue(r.err().contains("unreachable"), r.err());
    }

    // ---- wit ------------------------------------------------------------------------------

    @Test
    void witPrintsImportsAndExports() {
        assertRun(
                run("wit", calc.toString()),
                0,
                "package root:component;\n"
                        + "\n"
                        + "world root {\n"
                        + "  enum sign-kind {\n"
                        + "    negative,\n"
                        + "    zero,\n"
                        + "    positive,\n"
                        + "  }\n"
                        + "  variant shape {\n"
                        + "    circle(f32),\n"
                        + "    square(f32),\n"
                        + "  }\n"
                        + "  export docs:calc/ops@1.0.0;\n"
                        + "  export add: func(a: u32, b: u32) -> u32;\n"
                        + "  export div: func(a: s32, b: s32) -> s32;\n"
                        + "  export crash: func();\n"
                        + "  export nothing: func();\n"
                        + "  export or-zero: func(x: option<u32>) -> u32;\n"
                        + "  export sign: func(n: s32) -> sign-kind;\n"
                        + "  export not: func(b: bool) -> bool;\n"
                        + "  export area: func(s: shape) -> f32;\n"
                        + "}\n"
                        + "\n"
                        + "package docs:calc@1.0.0 {\n"
                        + "  interface ops {\n"
                        + "    mul: func(a: u32, b: u32) -> u32;\n"
                        + "  }\n"
                        + "}\n",
                "");
        assertRun(
                run("wit", withImport.toString()),
                0,
                "package root:component;\n"
                        + "\n"
                        + "world root {\n"
                        + "  import log: func(msg: string);\n"
                        + "  export add: func(a: u32, b: u32) -> u32;\n"
                        + "  export greet: func(name: string) -> string;\n"
                        + "}\n",
                "");
        assertEquals(ExitCode.NO_FILE, run("wit", dir.resolve("nope.wasm").toString()).code());
    }

    // ---- wast -----------------------------------------------------------------------------

    static final String PASSING =
            """
            (component
              (core module $m (func (export "inc") (param i32) (result i32)
                (i32.add (local.get 0) (i32.const 1))))
              (core instance $i (instantiate $m))
              (func (export "inc") (param "x" u32) (result u32) (canon lift (core func $i "inc"))))
            (assert_return (invoke "inc" (u32.const 1)) (u32.const 2))
            (assert_invalid (component (type (record))) "record type must have at least one field")
            """;

    @Test
    void wastRunsScriptsAndSummarizes() throws IOException {
        Path scripts = dir.resolve("scripts");
        Files.createDirectories(scripts.resolve("sub"));
        Files.writeString(scripts.resolve("sub/a.wast"), PASSING);
        Files.writeString(scripts.resolve("b.wast"), PASSING);
        Files.writeString(scripts.resolve("notes.txt"), "not a script");
        assertRun(run("wast", scripts.toString()), 0, "6 passed, 0 failed, 0 skipped\n", "");
        Run r = run("wast", "--verbose", scripts.resolve("b.wast").toString());
        assertEquals(0, r.code());
        assertEquals(
                scripts.resolve("b.wast")
                        + ":1 component passed\n"
                        + scripts.resolve("b.wast")
                        + ":6 assert_return passed\n"
                        + scripts.resolve("b.wast")
                        + ":7 assert_invalid passed\n"
                        + "3 passed, 0 failed, 0 skipped\n",
                r.out());
    }

    @Test
    void wastPrintsFailuresAndExitsWithOne() throws IOException {
        Path failing = dir.resolve("failing.wast");
        Files.writeString(
                failing,
                PASSING
                        + "(assert_return (invoke \"inc\" (u32.const 1)) (u32.const 3))\n"
                        + "(assert_trap (invoke \"inc\" (u32.const 1)) \"unreachable\")\n");
        Run r = run("wast", failing.toString());
        assertEquals(ExitCode.FAILURES, r.code(), r.err());
        assertEquals(
                failing
                        + ":8 assert_return failed: expected [3], got [2]\n"
                        + failing
                        + ":9 assert_trap failed: expected trap \"unreachable\", got [2]\n"
                        + "3 passed, 2 failed, 0 skipped\n",
                r.out());
    }

    @Test
    void wastPathErrors() throws IOException {
        assertRun(
                run("wast", dir.resolve("none.wast").toString()),
                ExitCode.NO_FILE,
                "",
                "dovetail: error: no such file or folder: " + dir.resolve("none.wast") + "\n");
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        assertRun(
                run("wast", empty.toString()),
                ExitCode.NO_FILE,
                "",
                "dovetail: error: no .wast files in [" + empty + "]\n");
        assertEquals(ExitCode.USAGE, run("wast").code());
    }
}
