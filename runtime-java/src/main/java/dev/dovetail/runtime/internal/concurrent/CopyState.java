package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code CopyState}: where a stream or future end is in its copy protocol. */
public enum CopyState {
    IDLE,
    COPYING,
    CANCELLING_COPY,
    DONE
}
