package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;

/**
 * The reference's {@code CopyEnd}: one end of a stream or future in a handle table, a waitable with
 * a {@link CopyState}. The four kinds ({@code ReadableStreamEnd}, {@code WritableStreamEnd}, {@code
 * ReadableFutureEnd}, {@code WritableFutureEnd}) differ only in the shared object they point to and
 * the direction, so one class carries both.
 */
public final class CopyEnd extends Waitable {
    /** Which of the reference's four end classes this is. */
    public enum Kind {
        READABLE_STREAM("stream"),
        WRITABLE_STREAM("stream"),
        READABLE_FUTURE("future"),
        WRITABLE_FUTURE("future");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        boolean readable() {
            return this == READABLE_STREAM || this == READABLE_FUTURE;
        }

        boolean stream() {
            return this == READABLE_STREAM || this == WRITABLE_STREAM;
        }
    }

    final Kind kind;
    CopyState state = CopyState.IDLE;

    /** A {@link SharedStream} or a {@link SharedFuture}. */
    final Object shared;

    CopyEnd(Kind kind, Object shared) {
        this.kind = kind;
        this.shared = shared;
    }

    boolean copying() {
        return state == CopyState.COPYING || state == CopyState.CANCELLING_COPY;
    }

    void cancelShared() {
        if (shared instanceof SharedStream s) {
            s.cancel();
        } else {
            ((SharedFuture) shared).cancel();
        }
    }

    @Override
    void drop() {
        if (kind == Kind.WRITABLE_FUTURE) {
            Trap.trapIf(
                    state != CopyState.DONE,
                    "cannot drop future write end without first writing a value");
        }
        if (copying()) {
            throw new Trap(
                    kind.readable()
                            ? "cannot remove busy " + kind.noun
                            : "cannot drop busy " + kind.noun);
        }
        if (shared instanceof SharedStream s) {
            s.drop();
        } else {
            ((SharedFuture) shared).drop();
        }
        super.drop();
    }
}
