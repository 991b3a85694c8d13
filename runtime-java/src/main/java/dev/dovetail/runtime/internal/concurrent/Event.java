package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code EventTuple}: an {@link EventCode} and its two payload words. */
public record Event(int code, int index, int payload) {
    static final Event NONE = new Event(EventCode.NONE, 0, 0);
    static final Event TASK_CANCELLED = new Event(EventCode.TASK_CANCELLED, 0, 0);
}
