package dev.dovetail.runtime.wast;

/** The outcome of one directive; {@code reason} explains a failure or skip (or notes a pass). */
public record DirectiveResult(String file, int line, String kind, Outcome outcome, String reason) {
    public enum Outcome {
        PASSED,
        FAILED,
        SKIPPED
    }

    @Override
    public String toString() {
        return file
                + ":"
                + line
                + " "
                + kind
                + " "
                + outcome.name().toLowerCase(java.util.Locale.ROOT)
                + (reason == null || reason.isEmpty() ? "" : ": " + reason);
    }
}
