package dev.dovetail.runtime.diff;

import java.util.List;

/**
 * Disagreements where Wasmtime departs from the specification's reference ({@code definitions.py})
 * and Dovetail follows it; each is described, with a case, in {@code docs/wasmtime-differences.md}.
 * They are counted apart and do not fail the run.
 */
final class KnownDifferences {
    private KnownDifferences() {}

    private record Known(String name, String dovetailClass, String wasmtimeClass) {}

    private static final List<Known> KNOWN =
            List.of(
                    new Known(
                            "Wasmtime checks a string's bounds, not its maximum length",
                            "string too long",
                            "string out of bounds"),
                    new Known(
                            "Wasmtime checks a list's bounds, not its maximum length",
                            "list too long",
                            "list out of bounds"),
                    new Known(
                            "Wasmtime checks a list's bounds before its alignment",
                            "unaligned",
                            "list out of bounds"),
                    new Known(
                            "Wasmtime checks a string's bounds before its alignment",
                            "unaligned",
                            "string out of bounds"));

    /** The name of the known difference {@code o} shows, or {@code null}. */
    static String of(Differ.Outcome o) {
        if (o.dovetail() == null
                || o.wasmtime() == null
                || !o.dovetail().status().equals("trap")
                || !o.wasmtime().status().equals("trap")
                || !o.dovetail().seen().equals(o.wasmtime().seen())
                || !o.dovetail().againClass().equals(o.wasmtime().againClass())) {
            return null;
        }
        for (Known k : KNOWN) {
            if (o.dovetail().trapClass().equals(k.dovetailClass())
                    && o.wasmtime().trapClass().equals(k.wasmtimeClass())) {
                return k.name();
            }
        }
        return null;
    }
}
