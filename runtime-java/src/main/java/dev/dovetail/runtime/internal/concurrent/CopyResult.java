package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code CopyResult}: how a stream or future copy ended, as the guest sees it. */
final class CopyResult {
    static final int COMPLETED = 0;
    static final int DROPPED = 1;
    static final int CANCELLED = 2;

    private CopyResult() {}
}
