package dev.dovetail.runtime.wast;

import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.wast.DirectiveResult.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * One dynamic test per directive of every reference script under {@code ../shared/conformance} (or
 * the {@code dovetail.conformance} system property), run by {@link WastRunner} on the runtime.
 * Skipped directives abort with their reason; scripts listed in {@code nyi.txt} run too, but their
 * failures are reported as skipped ("nyi: ..."). Totals are printed per folder.
 */
class ConformanceTest {
    /**
     * Chicory's compiler by default, as embedders use it; {@code -Ddovetail.engine=interpreter}
     * runs the suite on the interpreter instead.
     */
    private static final Engine ENGINE =
            Engine.builder()
                    .compiler(!"interpreter".equals(System.getProperty("dovetail.engine")))
                    .build();

    private static final List<DirectiveResult> all = new ArrayList<>();
    private static final List<DirectiveResult> nyi = new ArrayList<>();
    private static final List<String> knownNowPassing = new ArrayList<>();

    /** {@code file:line} to the owner and reason of a failure owned elsewhere. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var in = ConformanceTest.class.getResourceAsStream("known-failures.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int sp = t.indexOf(' ');
                out.put(t.substring(0, sp), t.substring(sp + 1));
            }
        }
        return out;
    }

    static Path conformanceDir() {
        String prop = System.getProperty("dovetail.conformance");
        if (prop != null) {
            return Files.isDirectory(Path.of(prop)) ? Path.of(prop) : null;
        }
        for (String c : new String[] {"../shared/conformance", "../../shared/conformance"}) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private static Set<String> nyiFiles(Path dir) throws IOException {
        Set<String> out = new HashSet<>();
        Path list = dir.resolve("nyi.txt");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.startsWith("./") ? t.substring(2) : t);
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicNode> directives() throws IOException {
        Path dir = conformanceDir();
        Assumptions.assumeTrue(dir != null, "reference tests not found; skipping");
        Set<String> nyiSet = nyiFiles(dir);
        Map<String, String> known = knownFailures();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            // a fresh store per script, as a script's instances may trap and poison each other
            WastRunner runner = new WastRunner(new RuntimeWastHost(ENGINE));
            boolean isNyi = nyiSet.contains(rel);
            List<DirectiveResult> results = runner.run(f, rel);
            List<DynamicTest> tests = new ArrayList<>();
            for (DirectiveResult r : results) {
                DirectiveResult shown = r;
                if (isNyi) {
                    nyi.add(r);
                    if (r.outcome() == Outcome.FAILED) {
                        shown =
                                new DirectiveResult(
                                        r.file(),
                                        r.line(),
                                        r.kind(),
                                        Outcome.SKIPPED,
                                        "nyi: " + r.reason());
                    }
                } else {
                    all.add(r);
                    String why = known.get(r.file() + ":" + r.line());
                    if (why != null && r.outcome() == Outcome.FAILED) {
                        shown =
                                new DirectiveResult(
                                        r.file(),
                                        r.line(),
                                        r.kind(),
                                        Outcome.SKIPPED,
                                        "known failure (" + why + "): " + r.reason());
                    } else if (why != null) {
                        knownNowPassing.add(r.file() + ":" + r.line());
                    }
                }
                DirectiveResult d = shown;
                tests.add(
                        DynamicTest.dynamicTest(
                                d.line() + " " + d.kind(),
                                f.toUri(),
                                () -> {
                                    switch (d.outcome()) {
                                        case PASSED -> {}
                                        case SKIPPED -> throw new TestAbortedException(d.reason());
                                        case FAILED -> fail(d.toString());
                                    }
                                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(rel + (isNyi ? " (nyi)" : ""), tests));
        }
        return nodes.stream();
    }

    @AfterAll
    static void printTotals() {
        if (all.isEmpty() && nyi.isEmpty()) {
            return;
        }
        Map<String, List<DirectiveResult>> byFolder = new TreeMap<>();
        for (DirectiveResult r : all) {
            int slash = r.file().indexOf('/');
            String folder = slash < 0 ? "." : r.file().substring(0, slash);
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder("Component Model conformance (" + ENGINE + "):\n");
        for (Map.Entry<String, List<DirectiveResult>> e : byFolder.entrySet()) {
            sb.append("  ")
                    .append(e.getKey())
                    .append(": ")
                    .append(new WastReport(e.getValue()).summary())
                    .append('\n');
        }
        sb.append("  nyi scripts (not counted): ")
                .append(new WastReport(nyi).summary())
                .append('\n');
        long known = all.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        sb.append("  failures listed in known-failures.txt: ").append(known).append('\n');
        if (!knownNowPassing.isEmpty()) {
            sb.append("  listed as known failures but now not failing: ")
                    .append(knownNowPassing)
                    .append('\n');
        }
        sb.append(new WastReport(all).summary());
        System.out.println(sb);
    }
}
