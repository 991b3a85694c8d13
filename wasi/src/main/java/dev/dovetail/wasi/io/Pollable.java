package dev.dovetail.wasi.io;

/**
 * The host side of a {@code wasi:io/poll.pollable}: something that becomes ready. {@link
 * #remainingNanos()} says how long until it does, so that {@code poll} over several can sleep until
 * the earliest one.
 */
public interface Pollable {
    /** Nanoseconds until ready: 0 or less when ready now. */
    long remainingNanos();

    /** Waits until ready. */
    void block();

    default boolean ready() {
        return remainingNanos() <= 0;
    }

    /** A pollable that is always ready. */
    static Pollable always() {
        return Ready.INSTANCE;
    }

    /** The always-ready pollable. */
    enum Ready implements Pollable {
        INSTANCE;

        @Override
        public long remainingNanos() {
            return 0;
        }

        @Override
        public void block() {}
    }
}
