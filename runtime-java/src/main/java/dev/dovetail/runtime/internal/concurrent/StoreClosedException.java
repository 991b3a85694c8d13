package dev.dovetail.runtime.internal.concurrent;

/** Unwinds a parked guest thread whose store was closed; never reaches a host caller. */
final class StoreClosedException extends RuntimeException {
    StoreClosedException() {
        super("store closed", null, false, false);
    }
}
