package dev.dovetail.wasi.clocks;

import java.time.Instant;

/**
 * {@code wasi:clocks/wall-clock.datetime}: seconds (a {@code u64}) and nanoseconds since the epoch.
 */
public record Datetime(long seconds, int nanoseconds) {
    /** The datetime of {@code instant}; instants before the epoch read as the epoch. */
    public static Datetime of(Instant instant) {
        return instant.getEpochSecond() < 0
                ? new Datetime(0, 0)
                : new Datetime(instant.getEpochSecond(), instant.getNano());
    }

    /** This datetime as an instant; seconds beyond {@link Instant#MAX} read as the maximum. */
    public Instant toInstant() {
        if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) {
            return Instant.MAX;
        }
        return Instant.ofEpochSecond(seconds, Integer.toUnsignedLong(nanoseconds));
    }
}
