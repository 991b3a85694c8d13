package dev.dovetail.wasi.clocks;

import dev.dovetail.wasi.MonotonicClock;
import dev.dovetail.wasi.io.Pollable;

/**
 * A pollable that is ready once {@code clock} reads {@code instant} or later (both unsigned
 * nanoseconds).
 */
public record Deadline(MonotonicClock clock, long instant) implements Pollable {
    @Override
    public long remainingNanos() {
        long now = clock.now();
        return Long.compareUnsigned(now, instant) >= 0 ? 0 : clamp(instant - now);
    }

    @Override
    public void block() {
        long remaining;
        while ((remaining = remainingNanos()) > 0 && !Thread.currentThread().isInterrupted()) {
            clock.sleep(remaining);
        }
    }

    /** A difference of unsigned readings, as a positive {@code long}. */
    private static long clamp(long unsignedDifference) {
        return unsignedDifference < 0 ? Long.MAX_VALUE : unsignedDifference;
    }

    /** The deadline {@code duration} nanoseconds (unsigned) from now, saturating. */
    public static Deadline after(MonotonicClock clock, long duration) {
        long now = clock.now();
        long when = now + duration;
        if (Long.compareUnsigned(when, now) < 0) {
            when = -1L; // u64 max
        }
        return new Deadline(clock, when);
    }
}
