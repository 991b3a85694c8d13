package dev.dovetail.wasi;

import java.time.Instant;

/** The source of {@code wasi:clocks/wall-clock}: the time of day, injectable for tests. */
public interface WallClock {
    /** The current time since the Unix epoch. */
    Instant now();

    /** The clock's resolution in nanoseconds. */
    long resolutionNanos();

    /** The host's clock ({@link java.time.Clock#systemUTC()}). */
    static WallClock system() {
        return new WallClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public long resolutionNanos() {
                return 1_000;
            }
        };
    }

    /** A clock that always reads {@code instant}, for deterministic tests. */
    static WallClock fixed(Instant instant) {
        return new WallClock() {
            @Override
            public Instant now() {
                return instant;
            }

            @Override
            public long resolutionNanos() {
                return 1;
            }
        };
    }
}
