package dev.dovetail.runtime.diff;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.runtime.fuzz.FuzzCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fuzzers' generated cases (of every four: two round trips of {@code CallFuzzTest}, one
 * corrupted result of {@code TrapFuzzTest}, one round trip with damaged arguments) run in Dovetail
 * and in Wasmtime, through Python's {@code wasmtime} package; skipped without Python or the
 * package. The normal suite runs a short seeded run; a long run:
 *
 * <pre>
 * mvn -pl runtime-java -am test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddovetail.fuzz.seconds=600 [-Ddovetail.fuzz.seed=N] [-Ddovetail.fuzz.iterations=N]
 * </pre>
 *
 * A disagreement's component, argument and both outcomes are written to {@code
 * target/wasmtime-diff/}; {@code -Ddovetail.fuzz.seed=N -Ddovetail.fuzz.iterations=1} reruns one.
 * Fixed-length lists are skipped: the Python binding has no value type for them.
 */
class DifferentialTest {
    private static final Path OUT = Path.of("target", "wasmtime-diff");

    @Test
    void agreesWithWasmtime() throws IOException {
        String missing = WasmtimeDriver.unavailable();
        assumeTrue(missing == null, () -> "skipped: " + missing);
        long seed = Long.getLong("dovetail.fuzz.seed", 40_000L);
        boolean longRun = System.getProperty("dovetail.fuzz.seconds") != null;
        double seconds = Double.parseDouble(System.getProperty("dovetail.fuzz.seconds", "15"));
        long iterations = Long.getLong("dovetail.fuzz.iterations", longRun ? Long.MAX_VALUE : 300);

        Map<String, Integer> verdicts = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        int agreements = 0;
        int known = 0;
        int skipped = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long lastReport = start;
        long n = 0;
        try (WasmtimeDriver driver = WasmtimeDriver.start(60_000)) {
            Differ differ = new Differ(driver);
            for (; n < iterations && (n == 0 || System.nanoTime() < deadline); n++) {
                long s = seed + n;
                FuzzCases.Case c =
                        switch (Math.floorMod(s, 4)) {
                            case 0 -> FuzzCases.trap(s);
                            case 1 -> FuzzCases.argument(s);
                            default -> FuzzCases.call(s);
                        };
                if (hasFixedList(c.type())) {
                    skipped++;
                    continue;
                }
                Differ.Outcome o = differ.compare(c, Math.floorMod(s, 10) == 1);
                if (o.agree()) {
                    agreements++;
                    verdicts.merge("agree: " + o.verdict(), 1, Integer::sum);
                    if (o.verdict().startsWith("trap")) {
                        examples.putIfAbsent(
                                o.verdict(),
                                firstLine(o.dovetail().message())
                                        + " | "
                                        + firstLine(TrapClass.cause(o.wasmtime().message())));
                    }
                } else if (KnownDifferences.of(o) != null) {
                    known++;
                    verdicts.merge("known: " + KnownDifferences.of(o), 1, Integer::sum);
                    examples.putIfAbsent(
                            "known: " + KnownDifferences.of(o),
                            "seed "
                                    + s
                                    + ", "
                                    + shorten(c.type().toString())
                                    + ": "
                                    + firstLine(o.dovetail().message())
                                    + " | "
                                    + firstLine(TrapClass.cause(o.wasmtime().message())));
                } else {
                    verdicts.merge("DISAGREE: " + o.verdict(), 1, Integer::sum);
                    disagreements.add(record(s, c, o));
                }
                if (longRun && System.nanoTime() - lastReport > 30e9) {
                    lastReport = System.nanoTime();
                    System.out.printf(
                            "[wasmtime diff] %d cases, %d disagreements%n",
                            n + 1, disagreements.size());
                }
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "[wasmtime diff] seed %d: %d cases in %.1f s (%d compared, %d skipped for"
                        + " fixed-length lists): %d agreements, %d known differences, %d"
                        + " disagreements%n",
                seed, n, took, n - skipped, skipped, agreements, known, disagreements.size());
        verdicts.forEach((k, v) -> System.out.printf("[wasmtime diff]   %6d  %s%n", v, k));
        examples.forEach((k, v) -> System.out.printf("[wasmtime diff] example of %s: %s%n", k, v));
        if (!disagreements.isEmpty()) {
            fail(
                    disagreements.size()
                            + " disagreements with Wasmtime (cases in "
                            + OUT.toAbsolutePath()
                            + "), the first:\n"
                            + String.join(
                                    "\n",
                                    disagreements.subList(0, Math.min(5, disagreements.size()))));
        }
    }

    /** Describes a disagreement and writes its files; returns the description. */
    private static String record(long seed, FuzzCases.Case c, Differ.Outcome o) throws IOException {
        String text =
                "seed "
                        + seed
                        + ": "
                        + o.verdict()
                        + "\n  case: "
                        + c.kind()
                        + ", "
                        + c.encoding()
                        + "\n  type: "
                        + c.type()
                        + "\n  value: "
                        + ValueText.canonical(c.type(), c.value())
                        + (c.expectedTraps().isEmpty()
                                ? ""
                                : "\n  expected trap: " + c.expectedTraps())
                        + "\n  Dovetail: "
                        + o.dovetail()
                        + "\n  Wasmtime: "
                        + o.wasmtime();
        Files.createDirectories(OUT);
        if (o.wasm() != null) {
            Files.write(OUT.resolve(seed + ".wasm"), o.wasm());
        }
        Files.writeString(OUT.resolve(seed + ".wat"), c.wat(), StandardCharsets.UTF_8);
        Files.writeString(
                OUT.resolve(seed + ".json"),
                ValueText.json(c.type(), c.value()),
                StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve(seed + ".txt"), text + "\n", StandardCharsets.UTF_8);
        return text;
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private static String firstLine(String message) {
        return String.valueOf(message).strip().lines().findFirst().orElse("");
    }

    private static boolean hasFixedList(ValType t) {
        if (t instanceof ListType l) {
            return l.isFixed() || hasFixedList(l.element());
        }
        if (t instanceof RecordType r) {
            return r.fields().stream().anyMatch(f -> hasFixedList(f.type()));
        }
        if (t instanceof TupleType tt) {
            return tt.types().stream().anyMatch(DifferentialTest::hasFixedList);
        }
        if (t instanceof VariantType v) {
            return v.cases().stream().anyMatch(c -> c.type() != null && hasFixedList(c.type()));
        }
        if (t instanceof OptionType o) {
            return hasFixedList(o.type());
        }
        if (t instanceof ResultType r) {
            return (r.ok() != null && hasFixedList(r.ok()))
                    || (r.err() != null && hasFixedList(r.err()));
        }
        return false;
    }
}
