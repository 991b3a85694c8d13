package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Assembles every core module defined in the Component Model reference tests ({@code
 * ../shared/conformance/**}{@code /*.wast}) and has Chicory parse (and validate) the result.
 */
class ConformanceCoreModulesTest {

    /** Forms whose {@code (core module ...)} child refers to a module instead of defining one. */
    private static final Set<String> REFERENCE_CONTEXTS =
            Set.of("import", "export", "alias", "with");

    /** Directives whose modules may be deliberately invalid (but are still well-formed text). */
    private static final Set<String> NEGATIVE_DIRECTIVES =
            Set.of("assert_invalid", "assert_malformed", "assert_unlinkable");

    record CoreModule(Path file, SList form, boolean negative) {
        String where() {
            return file.getFileName() + ":" + form.line() + ":" + form.column();
        }
    }

    static Path conformanceDir() {
        String override = System.getProperty("dovetail.conformance");
        List<Path> candidates = new ArrayList<>();
        if (override != null) {
            candidates.add(Paths.get(override));
        }
        // The build runs in the module directory; the project root is one level up.
        candidates.add(Paths.get("../shared/conformance"));
        candidates.add(Paths.get("../../shared/conformance"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    static List<CoreModule> coreModules(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        List<CoreModule> out = new ArrayList<>();
        for (Path f : files) {
            for (SExpr top : SExprReader.read(Files.readString(f))) {
                boolean negative = top instanceof SList l && NEGATIVE_DIRECTIVES.contains(l.head());
                collect(f, top, "", negative, out);
            }
        }
        return out;
    }

    private static void collect(
            Path f, SExpr e, String parent, boolean negative, List<CoreModule> out) {
        if (!(e instanceof SList l)) {
            return;
        }
        if (l.size() >= 2 && l.get(0).isKeyword("core") && l.get(1).isKeyword("module")) {
            if (!REFERENCE_CONTEXTS.contains(parent)) {
                out.add(new CoreModule(f, l, negative));
            }
            return;
        }
        String head = l.head() == null ? "" : l.head();
        for (SExpr item : l.items()) {
            collect(f, item, head, negative, out);
        }
    }

    /**
     * The module's bytes. A component may put inline exports {@code (export "name")} (one string,
     * no descriptor) before the fields; those belong to the component, not the core module.
     */
    static byte[] assemble(SList form) {
        Cursor c = form.cursor(2);
        c.optId();
        while (c.peek() instanceof SList l && l.isList("export") && l.size() == 2) {
            c.next();
        }
        return Wat.parseModule(c);
    }

    @Test
    void everyCoreModuleAssemblesAndParses() throws IOException {
        Path dir = conformanceDir();
        Assumptions.assumeTrue(dir != null, "conformance tests not present");
        List<CoreModule> modules = coreModules(dir);
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        int rejectedNegative = 0;
        int chicoryQuirk = 0;
        for (CoreModule m : modules) {
            byte[] bytes;
            try {
                bytes = assemble(m.form());
            } catch (WatException e) {
                failures.add(m.where() + ": " + e.getMessage());
                continue;
            }
            try {
                Parser.parse(bytes);
                parsed++;
            } catch (RuntimeException e) {
                if (m.negative()) {
                    rejectedNegative++;
                } else if (importsEmptyNamedFunction(m.form())) {
                    // Chicory 1.7.5 rejects (import "" "" (func)) as "malformed import kind";
                    // wabt and wasm-tools produce the same bytes and accept them.
                    chicoryQuirk++;
                } else {
                    failures.add(m.where() + ": Chicory: " + e.getMessage());
                }
            }
        }
        System.out.printf(
                "conformance core modules: %d found, %d assembled and parsed by Chicory,"
                        + " %d rejected by Chicory inside assert_invalid/malformed,"
                        + " %d hit the Chicory empty-import-name quirk, %d failures%n",
                modules.size(), parsed, rejectedNegative, chicoryQuirk, failures.size());
        assertEquals(List.of(), failures);
        assertTrue(
                modules.size() > 400, "expected hundreds of core modules, found " + modules.size());
        assertTrue(parsed >= modules.size() - 5, "too few modules parsed: " + parsed);
    }

    private static boolean importsEmptyNamedFunction(SList form) {
        for (SExpr item : form.items()) {
            if (item instanceof SList l
                    && l.isList("import")
                    && l.size() == 4
                    && l.get(1) instanceof SAtom m
                    && m.token().bytes().length == 0
                    && l.get(2) instanceof SAtom n
                    && n.token().bytes().length == 0
                    && l.get(3).isList("func")) {
                return true;
            }
        }
        return false;
    }
}
