package dev.dovetail.runtime.internal.concurrent;

/**
 * The reference's {@code OnStart}: the callee asks for its arguments when it starts. They are
 * {@link dev.dovetail.abi.Val}s between component functions; a typed host call ({@link
 * CanonLift#call(dev.dovetail.runtime.internal.exec.LiftedCall.FlatCall, Object[])}) passes its
 * Java values.
 */
@FunctionalInterface
public interface OnStart {
    Object[] start();
}
