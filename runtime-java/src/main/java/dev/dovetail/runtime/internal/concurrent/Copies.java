package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.Objects;

/**
 * The 🔀 stream and future built-ins of the reference: {@code canon_stream_new}, {@code
 * stream_copy} (read and write), {@code future_copy}, {@code cancel_copy} and the drops, plus the
 * lifting and lowering of stream and future handles ({@code lift_async_value}, {@code
 * lower_stream}, {@code lower_future}).
 */
public final class Copies {
    private Copies() {}

    /** The options of a read or write: {@code async}, and the memory the buffer lives in. */
    public record CopyOptions(boolean async, LiftLowerContext cx) {}

    static CopyEnd end(ComponentInstanceState inst, int i, CopyEnd.Kind kind, ValType t) {
        Object e = inst.handles().get(i);
        if (!(e instanceof CopyEnd end) || end.kind != kind) {
            throw new Trap(
                    "handle index "
                            + i
                            + " is not a "
                            + kind.name().toLowerCase().replace('_', ' ')
                            + " end");
        }
        Trap.trapIf(!sameType(elementType(end), t), "stream or future used with the wrong type");
        return end;
    }

    static ValType elementType(CopyEnd e) {
        return e.shared instanceof SharedStream s ? s.t : ((SharedFuture) e.shared).t;
    }

    /**
     * {@code e.shared.t != t}, where resource types inside compare by shape: each component sees
     * its own static resource types for the same run-time one.
     */
    static boolean sameType(ValType a, ValType b) {
        return Objects.equals(a, b) || (a != null && b != null && shape(a).equals(shape(b)));
    }

    /** The type as text with resource names left out ({@code own<>}, {@code borrow<>}). */
    private static String shape(ValType t) {
        return String.valueOf(t).replaceAll("(own|borrow)<[^<>]*>", "$1<>");
    }

    // ---- new -------------------------------------------------------------------------------

    public static long streamNew(ComponentInstanceState inst, ValType t) {
        inst.checkMayLeave();
        SharedStream shared = new SharedStream(t);
        long ri = inst.handles().add(new CopyEnd(CopyEnd.Kind.READABLE_STREAM, shared));
        long wi = inst.handles().add(new CopyEnd(CopyEnd.Kind.WRITABLE_STREAM, shared));
        return ri | (wi << 32);
    }

    public static long futureNew(ComponentInstanceState inst, ValType t) {
        inst.checkMayLeave();
        SharedFuture shared = new SharedFuture(t);
        long ri = inst.handles().add(new CopyEnd(CopyEnd.Kind.READABLE_FUTURE, shared));
        long wi = inst.handles().add(new CopyEnd(CopyEnd.Kind.WRITABLE_FUTURE, shared));
        return ri | (wi << 32);
    }

    // ---- read / write ------------------------------------------------------------------------

    private static void checkCopyStart(CopyEnd e, CopyOptions opts) {
        if (e.state == CopyState.DONE) {
            throw new Trap(
                    switch (e.kind) {
                        case READABLE_STREAM ->
                                "cannot read from stream after being notified that the writable end"
                                        + " dropped";
                        case WRITABLE_STREAM ->
                                "cannot write to stream after being notified that the readable end"
                                        + " dropped";
                        case READABLE_FUTURE ->
                                "cannot read from future after previous read succeeded";
                        case WRITABLE_FUTURE ->
                                "cannot write to future after previous write succeeded or readable"
                                        + " end dropped";
                    });
        }
        Trap.trapIf(
                e.state != CopyState.IDLE,
                "cannot have concurrent operations active on a future/stream");
        Trap.trapIf(
                e.inWaitableSet() && !opts.async(),
                "waitable cannot be used synchronously while added to a waitable set");
    }

    /** {@code stream_copy}: {@code canon stream.read} and {@code canon stream.write}. */
    public static int streamCopy(
            ComponentInstanceState inst,
            CopyEnd.Kind kind,
            ValType t,
            Codec<Val> codec,
            CopyOptions opts,
            int i,
            int ptr,
            int n) {
        GuestThread thread = Builtins.currentThread();
        inst.checkMayLeave();
        if (!opts.async()) {
            Builtins.checkMayBlock(thread);
        }
        CopyEnd e = end(inst, i, kind, t);
        checkCopyStart(e, opts);
        Buffer buffer = new GuestBuffer(t, codec, opts.cx(), ptr & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL);
        int eventCode = kind.readable() ? EventCode.STREAM_READ : EventCode.STREAM_WRITE;
        SharedStream shared = (SharedStream) e.shared;
        e.state = CopyState.COPYING;
        java.util.function.IntConsumer onCopyDone =
                result ->
                        e.setPendingEvent(
                                () -> streamEvent(e, eventCode, i, buffer, result, () -> {}));
        java.util.function.Consumer<Runnable> onCopy =
                reclaim ->
                        e.setPendingEvent(
                                () ->
                                        streamEvent(
                                                e,
                                                eventCode,
                                                i,
                                                buffer,
                                                CopyResult.COMPLETED,
                                                reclaim));
        if (kind.readable()) {
            shared.read(inst, buffer, onCopy, onCopyDone);
        } else {
            shared.write(inst, buffer, onCopy, onCopyDone);
        }
        return finishCopy(e, opts.async());
    }

    private static Event streamEvent(
            CopyEnd e, int eventCode, int i, Buffer buffer, int result, Runnable reclaimBuffer) {
        reclaimBuffer.run();
        if (result == CopyResult.COMPLETED && e.state == CopyState.CANCELLING_COPY) {
            // A copy cancelled after a partial transfer reports CANCELLED with its progress
            // (wasmtime's wording of the event, which the reference tests expect).
            result = CopyResult.CANCELLED;
        }
        e.state = result == CopyResult.DROPPED ? CopyState.DONE : CopyState.IDLE;
        return new Event(eventCode, i, result | (buffer.progress() << 4));
    }

    private static int finishCopy(CopyEnd e, boolean async) {
        if (!e.hasPendingEvent()) {
            if (!async) {
                e.waitForPendingEvent();
            } else {
                return Builtins.BLOCKED;
            }
        }
        return e.getPendingEvent().payload();
    }

    /** {@code future_copy}: {@code canon future.read} and {@code canon future.write}. */
    public static int futureCopy(
            ComponentInstanceState inst,
            CopyEnd.Kind kind,
            ValType t,
            Codec<Val> codec,
            CopyOptions opts,
            int i,
            int ptr) {
        GuestThread thread = Builtins.currentThread();
        inst.checkMayLeave();
        if (!opts.async()) {
            Builtins.checkMayBlock(thread);
        }
        CopyEnd e = end(inst, i, kind, t);
        checkCopyStart(e, opts);
        Buffer buffer = new GuestBuffer(t, codec, opts.cx(), ptr & 0xFFFF_FFFFL, 1);
        int eventCode = kind.readable() ? EventCode.FUTURE_READ : EventCode.FUTURE_WRITE;
        SharedFuture shared = (SharedFuture) e.shared;
        e.state = CopyState.COPYING;
        java.util.function.IntConsumer onCopyDone =
                result ->
                        e.setPendingEvent(
                                () -> {
                                    e.state =
                                            result == CopyResult.DROPPED
                                                            || result == CopyResult.COMPLETED
                                                    ? CopyState.DONE
                                                    : CopyState.IDLE;
                                    return new Event(eventCode, i, result);
                                });
        if (kind.readable()) {
            shared.read(inst, buffer, onCopyDone);
        } else {
            shared.write(inst, buffer, onCopyDone);
        }
        return finishCopy(e, opts.async());
    }

    // ---- cancel ----------------------------------------------------------------------------

    /** {@code cancel_copy}: {@code canon {stream,future}.cancel-{read,write}}. */
    public static int cancelCopy(
            ComponentInstanceState inst, CopyEnd.Kind kind, ValType t, boolean async, int i) {
        GuestThread thread = Builtins.currentThread();
        inst.checkMayLeave();
        if (!async) {
            Builtins.checkMayBlock(thread);
        }
        CopyEnd e = end(inst, i, kind, t);
        Trap.trapIf(
                e.state != CopyState.COPYING || e.hasSyncWaiter,
                "cannot cancel a " + kind.noun + " operation which is not in progress");
        Trap.trapIf(
                e.inWaitableSet() && !async,
                "waitable cannot be used synchronously while added to a waitable set");
        e.state = CopyState.CANCELLING_COPY;
        if (!e.hasPendingEvent()) {
            e.cancelShared();
            if (!e.hasPendingEvent()) {
                if (!async) {
                    e.waitForPendingEvent();
                } else {
                    return Builtins.BLOCKED;
                }
            }
        }
        return e.getPendingEvent().payload();
    }

    // ---- drop ------------------------------------------------------------------------------

    /** {@code drop}: {@code canon {stream,future}.drop-{readable,writable}}. */
    public static void drop(ComponentInstanceState inst, CopyEnd.Kind kind, ValType t, int i) {
        inst.checkMayLeave();
        CopyEnd e = end(inst, i, kind, t);
        e.drop();
        inst.handles().remove(i);
    }

    // ---- lifting and lowering handles --------------------------------------------------------

    /**
     * {@code lift_async_value}: moves the readable end out of the table; returns its shared state.
     */
    public static Object liftReadable(ComponentInstanceState inst, int i, boolean stream) {
        Object o = inst.handles().get(i);
        CopyEnd.Kind kind = stream ? CopyEnd.Kind.READABLE_STREAM : CopyEnd.Kind.READABLE_FUTURE;
        if (!(o instanceof CopyEnd e) || e.kind != kind) {
            throw new Trap("handle index " + i + " is not a readable " + kind.noun + " end");
        }
        if (e.state == CopyState.DONE) {
            throw new Trap(
                    stream
                            ? "cannot lift stream after being notified that the writable end dropped"
                            : "cannot lift future after previous read succeeded");
        }
        if (e.copying()) {
            throw new Trap("cannot remove busy " + kind.noun);
        }
        Trap.trapIf(
                e.inWaitableSet(), "cannot lift " + kind.noun + " while it's in a waitable set");
        inst.handles().remove(i);
        return e.shared;
    }

    /** {@code lower_stream} / {@code lower_future}: a new readable end in the table. */
    public static int lowerReadable(ComponentInstanceState inst, Object shared) {
        if (shared instanceof SharedStream s) {
            return inst.handles().add(new CopyEnd(CopyEnd.Kind.READABLE_STREAM, s));
        }
        if (shared instanceof SharedFuture f) {
            return inst.handles().add(new CopyEnd(CopyEnd.Kind.READABLE_FUTURE, f));
        }
        throw new IllegalArgumentException("not a stream or future: " + shared);
    }
}
