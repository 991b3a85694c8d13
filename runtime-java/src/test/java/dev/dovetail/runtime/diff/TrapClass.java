package dev.dovetail.runtime.diff;

import java.util.List;
import java.util.Locale;

/**
 * The cause of a trap as a class both runtimes' wordings map to ("invalid discriminant", "string
 * out of bounds", ...), so that traps compare by cause rather than by text.
 */
final class TrapClass {
    private TrapClass() {}

    /**
     * A class and the lower-case fragments of the messages that belong to it, most specific first.
     */
    private record Rule(String name, List<String> fragments) {}

    private static final List<Rule> RULES =
            List.of(
                    new Rule("cannot enter", List.of("cannot enter component instance")),
                    new Rule("string too long", List.of("exceeds the maximum string")),
                    new Rule("list too long", List.of("byte length exceeds")),
                    new Rule("realloc unaligned", List.of("realloc return: result not aligned")),
                    new Rule(
                            "realloc out of bounds",
                            List.of("realloc return: beyond end of memory")),
                    new Rule("invalid discriminant", List.of("discriminant")),
                    new Rule("invalid char", List.of("char")),
                    new Rule("invalid UTF-8", List.of("utf-8", "utf8")),
                    new Rule("invalid UTF-16", List.of("utf-16", "utf16", "surrogate")),
                    new Rule("unaligned", List.of("unaligned", "not aligned")),
                    new Rule("string out of bounds", List.of("string")),
                    new Rule("list out of bounds", List.of("list")),
                    new Rule("out of bounds", List.of("out of bounds", "out-of-bounds")),
                    new Rule("invalid handle", List.of("handle")),
                    new Rule("unreachable", List.of("unreachable")));

    /** The class of a trap message of either runtime. */
    static String of(String message) {
        String m = cause(message).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            for (String f : r.fragments()) {
                if (m.contains(f)) {
                    return r.name();
                }
            }
        }
        String first = m.lines().findFirst().orElse("");
        return "other: " + (first.length() > 60 ? first.substring(0, 60) : first);
    }

    /** The cause of a message: Wasmtime's follows its backtrace, after "Caused by:". */
    static String cause(String message) {
        String m = String.valueOf(message);
        int at = m.lastIndexOf("Caused by:");
        return (at < 0 ? m : m.substring(at + "Caused by:".length())).strip();
    }
}
