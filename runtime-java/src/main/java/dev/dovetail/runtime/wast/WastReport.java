package dev.dovetail.runtime.wast;

import java.util.List;

/** Every directive's result of one or more scripts, with totals. */
public record WastReport(List<DirectiveResult> results) {
    public WastReport {
        results = List.copyOf(results);
    }

    public long count(DirectiveResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long passed() {
        return count(DirectiveResult.Outcome.PASSED);
    }

    public long failed() {
        return count(DirectiveResult.Outcome.FAILED);
    }

    public long skipped() {
        return count(DirectiveResult.Outcome.SKIPPED);
    }

    /** {@code N passed, N failed, N skipped}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed, " + skipped() + " skipped";
    }
}
