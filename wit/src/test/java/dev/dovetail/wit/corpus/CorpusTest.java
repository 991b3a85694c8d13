package dev.dovetail.wit.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.wit.WitException;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.print.WitPrinter;
import dev.dovetail.wit.resolve.PackageLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformance with wit-parser's test corpus ({@code crates/wit-parser/tests/ui} of wasm-tools),
 * read from {@code -Ddovetail.wit.corpus=DIR} or {@code DOVETAIL_WIT_CORPUS}; skipped when neither
 * is set. Every valid case must resolve to the structure of its {@code .wit.json}, and every {@code
 * parse-fail} case must fail with a located {@link WitException}.
 */
class CorpusTest {

    private static Path corpus() {
        String location = System.getProperty("dovetail.wit.corpus");
        if (location == null || location.isBlank()) {
            location = System.getenv("DOVETAIL_WIT_CORPUS");
        }
        return location == null || location.isBlank() ? null : Path.of(location);
    }

    private static List<Path> cases(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(
                            (p) ->
                                    Files.isDirectory(p)
                                            ? !p.getFileName().toString().equals("parse-fail")
                                            : p.getFileName()
                                                    .toString()
                                                    .matches(".*\\.(wit|wat|wasm)"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void validCasesResolveToTheExpectedStructure() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "no WIT corpus given");
        List<String> failures = new ArrayList<>();
        int matched = 0;
        int roundTrips = 0;
        int total = 0;
        for (Path test : cases(corpus)) {
            Path expectedFile = test.resolveSibling(baseName(test) + ".wit.json");
            if (!Files.exists(expectedFile)) {
                continue;
            }
            total++;
            @SuppressWarnings("unchecked")
            Map<String, Object> expectedJson =
                    (Map<String, Object>) Json.parse(Files.readString(expectedFile));
            TreeSet<String> expected = CanonicalForm.of(expectedJson);
            try {
                Resolve resolve = new PackageLoader(Set.of("active")).addPath(test).resolve();
                TreeSet<String> actual = CanonicalForm.of(ResolveJson.of(resolve));
                if (expected.equals(actual)) {
                    matched++;
                    String printed = WitPrinter.printAll(resolve);
                    try {
                        TreeSet<String> reparsed =
                                CanonicalForm.of(
                                        ResolveJson.of(
                                                new PackageLoader(Set.of("active"))
                                                        .addSource("printed.wit", printed)
                                                        .resolve()));
                        if (reparsed.equals(actual)) {
                            roundTrips++;
                        } else {
                            TreeSet<String> missing = new TreeSet<>(actual);
                            missing.removeAll(reparsed);
                            TreeSet<String> extra = new TreeSet<>(reparsed);
                            extra.removeAll(actual);
                            failures.add(
                                    test.getFileName()
                                            + " round trip lost "
                                            + head(missing)
                                            + " gained "
                                            + head(extra)
                                            + "\n"
                                            + printed);
                        }
                    } catch (WitException failure) {
                        failures.add(
                                test.getFileName()
                                        + " printed text fails: "
                                        + failure.getMessage()
                                        + "\n"
                                        + printed);
                    }
                } else {
                    TreeSet<String> missing = new TreeSet<>(expected);
                    missing.removeAll(actual);
                    TreeSet<String> extra = new TreeSet<>(actual);
                    extra.removeAll(expected);
                    failures.add(
                            test.getFileName()
                                    + "\n  missing: "
                                    + String.join("\n  missing: ", head(missing))
                                    + "\n  extra:   "
                                    + String.join("\n  extra:   ", head(extra)));
                }
            } catch (RuntimeException failure) {
                failures.add(test.getFileName() + " threw " + failure);
            }
        }
        System.out.println(
                "WIT corpus, valid: "
                        + matched
                        + " of "
                        + total
                        + " match, "
                        + roundTrips
                        + " round-trip through the printer");
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " valid cases differ");
    }

    @Test
    void parseFailCasesFail() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "no WIT corpus given");
        List<String> failures = new ArrayList<>();
        int failed = 0;
        int sameMessage = 0;
        List<Path> tests = cases(corpus.resolve("parse-fail"));
        for (Path test : tests) {
            try {
                new PackageLoader(Set.of("active")).addPath(test).resolve();
                failures.add(test.getFileName() + " resolved");
            } catch (WitException expected) {
                failed++;
                Path result = test.resolveSibling(baseName(test) + ".wit.result");
                if (Files.exists(result)) {
                    String first =
                            Files.readString(result)
                                    .lines()
                                    .filter((line) -> !line.isBlank())
                                    .findFirst()
                                    .orElse("");
                    String reason = expected.reason().lines().findFirst().orElse("");
                    if (first.contains(reason)) {
                        sameMessage++;
                    }
                }
            } catch (RuntimeException | StackOverflowError crash) {
                failures.add(test.getFileName() + " crashed: " + crash);
            }
        }
        System.out.println(
                "WIT corpus, parse-fail: "
                        + failed
                        + " of "
                        + tests.size()
                        + " fail as expected, "
                        + sameMessage
                        + " with wit-parser's message");
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " parse-fail cases did not fail cleanly");
        // A floor, so that messages drifting away from wit-parser's wording are noticed.
        assertTrue(sameMessage >= 145, "only " + sameMessage + " messages match wit-parser's");
    }

    private static String baseName(Path test) {
        String name = test.getFileName().toString();
        return name.replaceFirst("\\.(wit|wat|wasm)$", "");
    }

    private static List<String> head(TreeSet<String> lines) {
        return lines.stream().limit(6).toList();
    }
}
