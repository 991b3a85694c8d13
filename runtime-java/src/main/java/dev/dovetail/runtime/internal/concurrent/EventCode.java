package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code EventCode}: what a waitable reports to {@code waitable-set.wait}. */
public final class EventCode {
    public static final int NONE = 0;
    public static final int SUBTASK = 1;
    public static final int STREAM_READ = 2;
    public static final int STREAM_WRITE = 3;
    public static final int FUTURE_READ = 4;
    public static final int FUTURE_WRITE = 5;
    public static final int TASK_CANCELLED = 6;

    private EventCode() {}
}
