package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Val;

/** The reference's {@code OnStart}: the callee asks for its arguments when it starts. */
@FunctionalInterface
public interface OnStart {
    Val[] start();
}
