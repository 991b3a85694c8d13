package dev.dovetail.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Lifting corrupted results (see {@link TrapFuzzer}). The normal suite runs a short seeded run; a
 * long run:
 *
 * <pre>
 * mvn -pl runtime-java -am test -Dtest=TrapFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddovetail.fuzz.seconds=600 [-Ddovetail.fuzz.seed=N] [-Ddovetail.fuzz.iterations=N]
 * </pre>
 */
class TrapFuzzTest {
    @Test
    void corruptedResultsTrapWithTheRightMessage() {
        FuzzConfig config = FuzzConfig.fromProperties(77_000L, 2);
        TrapFuzzer fuzzer = new TrapFuzzer();
        config.run(
                "corrupted results",
                seed -> {
                    TrapFuzzer.TrapCase c = TrapFuzzer.generate(seed);
                    String failure = fuzzer.check(c, config.timeoutMillis());
                    if (failure != null) {
                        fail("trap fuzz case failed, seed " + seed + ": " + failure + "\n" + c);
                    }
                });
        System.out.println("[corrupted results] outcomes: " + fuzzer.outcomes);
    }
}
