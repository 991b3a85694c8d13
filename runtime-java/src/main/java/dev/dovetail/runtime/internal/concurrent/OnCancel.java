package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/** The reference's {@code OnCancel}: what {@code subtask.cancel} calls to reach the callee. */
@FunctionalInterface
public interface OnCancel {
    void requestCancellation(ComponentInstanceState caller);

    OnCancel NONE = caller -> {};
}
