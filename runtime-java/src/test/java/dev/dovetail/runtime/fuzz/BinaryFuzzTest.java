package dev.dovetail.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated binaries (see {@link BinaryFuzzer}), seeded from generated components and from {@code
 * ../shared/conformance} when present (or {@code -Ddovetail.conformance=DIR}). The normal suite
 * runs a short seeded run; a long run:
 *
 * <pre>
 * mvn -pl runtime-java -am test -Dtest=BinaryFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddovetail.fuzz.seconds=600 [-Ddovetail.fuzz.seed=N] [-Ddovetail.fuzz.iterations=N]
 * </pre>
 */
class BinaryFuzzTest {
    static Path conformance() {
        String p = System.getProperty("dovetail.conformance");
        if (p != null) {
            return Path.of(p);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared/conformance");
            if (Files.isDirectory(c)) {
                return c;
            }
            c = dir.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void mutatedBinariesOnlyThrowProjectExceptions() {
        FuzzConfig config = FuzzConfig.fromProperties(31_337L, 3);
        List<byte[]> seeds = BinaryFuzzer.seeds(30, conformance());
        System.out.println("[mutated binaries] " + seeds.size() + " seed components");
        BinaryFuzzer fuzzer = new BinaryFuzzer(seeds);
        long timeout = Math.min(config.timeoutMillis(), 5_000);
        config.run(
                "mutated binaries",
                seed -> {
                    byte[] bytes = fuzzer.mutate(seed);
                    Random r = new Random(seed);
                    boolean compiler = r.nextInt(10) == 0;
                    boolean limits = r.nextBoolean();
                    String failure = fuzzer.check(bytes, compiler, limits, timeout);
                    if (failure != null) {
                        fail(
                                "binary fuzz case failed, seed "
                                        + seed
                                        + " (compiler "
                                        + compiler
                                        + ", limits "
                                        + limits
                                        + "): "
                                        + failure
                                        + "\nbytes ("
                                        + bytes.length
                                        + "): "
                                        + hex(bytes));
                    }
                });
        System.out.println(
                "[mutated binaries] stages reached: "
                        + Arrays.toString(BinaryFuzzer.STAGES)
                        + " "
                        + Arrays.toString(fuzzer.reached));
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 4096); i++) {
            s.append(String.format("%02x", b[i] & 0xFF));
        }
        return s.toString();
    }
}
