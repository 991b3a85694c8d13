package dev.dovetail.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Call round trips over random types and values (see {@link CallFuzzer}). The normal suite runs a
 * short seeded run; a long run:
 *
 * <pre>
 * mvn -pl runtime-java -am test -Dtest=CallFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddovetail.fuzz.seconds=600 [-Ddovetail.fuzz.seed=N] [-Ddovetail.fuzz.iterations=N]
 * </pre>
 */
class CallFuzzTest {
    @Test
    void roundTripsRandomValues() {
        FuzzConfig config = FuzzConfig.fromProperties(20_240_901L, 2);
        CallFuzzer fuzzer = new CallFuzzer(config.timeoutMillis());
        config.run(
                "call round trips",
                seed -> {
                    CallFuzzer.CallCase c = CallFuzzer.generate(seed);
                    String failure = fuzzer.failure(c);
                    if (failure != null) {
                        CallFuzzer.CallCase small = fuzzer.shrink(c, failure, 400);
                        String f2 = fuzzer.failure(small);
                        fail(
                                "call fuzz case failed, seed "
                                        + seed
                                        + "\n"
                                        + c
                                        + "\n"
                                        + failure
                                        + "\nminimized:\n"
                                        + small
                                        + "\n"
                                        + f2);
                    }
                });
        System.out.println("[call round trips] also through TypedFunc: " + fuzzer.typedCases);
    }
}
