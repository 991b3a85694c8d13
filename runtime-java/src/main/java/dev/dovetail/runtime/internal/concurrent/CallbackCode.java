package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code CallbackCode}: what a callback-lifted core function returns. */
final class CallbackCode {
    static final int EXIT = 0;
    static final int YIELD = 1;
    static final int WAIT = 2;
    static final int MAX = 2;

    private CallbackCode() {}
}
