package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * The fuzzers' generated cases for tests outside this package (the differential test against
 * Wasmtime): the component text, its function's type and argument, and what the fuzzer expects.
 */
public final class FuzzCases {
    private FuzzCases() {}

    /**
     * One generated case: the component exports {@code g: func(x: type) -> type}, forwarding to an
     * imported host {@code f} of the same type (and imports a resource {@code r} when {@code type}
     * holds {@code own} handles, whose values carry the generated {@code Integer} rep).
     *
     * @param kind "round trip", or the corruption of a trap case
     * @param expectedTraps for a trap case, the messages the fuzzer accepts (prefixes); empty for a
     *     round trip
     * @param mayPass whether a trap case may also pass (a {@code realloc} that is not asked for
     *     alignment it gets wrong)
     * @param returnsValue whether a call that does not trap must return {@code value} (not so when
     *     the arguments were damaged)
     */
    public record Case(
            String kind,
            ValType type,
            Val value,
            StringEncoding encoding,
            String wat,
            List<String> expectedTraps,
            boolean mayPass,
            boolean returnsValue) {}

    /** A round trip case of {@code CallFuzzTest}. */
    public static Case call(long seed) {
        CallFuzzer.CallCase c = CallFuzzer.generate(seed);
        return new Case(
                "round trip",
                c.type(),
                c.value(),
                c.encoding(),
                WatGen.forwarder(c.type(), WatGen.Options.plain(c.encoding())),
                List.of(),
                true,
                true);
    }

    /** A corrupted-result case of {@code TrapFuzzTest}. */
    public static Case trap(long seed) {
        TrapFuzzer.TrapCase c = TrapFuzzer.generate(seed);
        return new Case(
                c.kind(),
                c.type(),
                c.value(),
                c.encoding(),
                c.wat(),
                c.expected(),
                c.mayPass(),
                true);
    }

    /**
     * A round trip whose core code damages the arguments before passing them to {@code f}: a flat
     * parameter replaced, or bytes of the lowered arguments flipped. Its outcome is not predicted.
     */
    public static Case argument(long seed) {
        return ArgumentCorruptions.generate(seed);
    }

    /** {@code v} with the generated reps of {@code own} values made host resources of {@code r}. */
    public static Val materialize(Val v, ResourceType r) {
        return CallFuzzer.materialize(v, r);
    }
}
