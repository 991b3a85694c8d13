package dev.dovetail.wasi;

/**
 * The source of {@code wasi:clocks/monotonic-clock}: nanoseconds that never go backwards, and how
 * to wait for a later reading. Injectable for tests: a manual clock can advance itself in {@link
 * #sleep} instead of waiting.
 */
public interface MonotonicClock {
    /** The current reading in nanoseconds, from an arbitrary origin. */
    long now();

    /** The resolution in nanoseconds. */
    long resolutionNanos();

    /**
     * Waits about {@code nanos} nanoseconds; by default the thread sleeps (an interrupt ends the
     * wait early and keeps the thread's interrupt flag, so the runtime stops the guest).
     */
    default void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The host's clock ({@link System#nanoTime()}). */
    static MonotonicClock system() {
        return new MonotonicClock() {
            @Override
            public long now() {
                return System.nanoTime();
            }

            @Override
            public long resolutionNanos() {
                return 1;
            }
        };
    }
}
