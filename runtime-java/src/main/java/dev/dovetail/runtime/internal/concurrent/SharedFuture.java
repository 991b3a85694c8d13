package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.function.IntConsumer;

/**
 * The reference's {@code SharedFutureImpl}: the state both ends of a future share; the single value
 * moves when a read meets a write.
 */
public final class SharedFuture {
    final ValType t;
    boolean dropped;
    private ComponentInstanceState pendingInst;
    private Buffer pendingBuffer;
    private IntConsumer pendingOnCopyDone;

    SharedFuture(ValType t) {
        this.t = t;
    }

    public ValType payloadType() {
        return t;
    }

    private void setPending(ComponentInstanceState inst, Buffer buffer, IntConsumer onCopyDone) {
        pendingInst = inst;
        pendingBuffer = buffer;
        pendingOnCopyDone = onCopyDone;
    }

    private void resetAndNotifyPending(int result) {
        IntConsumer onCopyDone = pendingOnCopyDone;
        setPending(null, null, null);
        onCopyDone.accept(result);
    }

    void cancel() {
        resetAndNotifyPending(CopyResult.CANCELLED);
    }

    void drop() {
        if (!dropped) {
            dropped = true;
            if (pendingBuffer != null) {
                resetAndNotifyPending(CopyResult.DROPPED);
            }
        }
    }

    private void checkIntraComponent(ComponentInstanceState inst) {
        Trap.trapIf(
                inst == pendingInst && !SharedStream.noneOrNumberType(t),
                "cannot read from and write to intra-component future");
    }

    void read(ComponentInstanceState inst, Buffer dst, IntConsumer onCopyDone) {
        if (pendingBuffer == null) {
            setPending(inst, dst, onCopyDone);
        } else {
            checkIntraComponent(inst);
            dst.write(pendingBuffer.read(1));
            resetAndNotifyPending(CopyResult.COMPLETED);
            onCopyDone.accept(CopyResult.COMPLETED);
        }
    }

    void write(ComponentInstanceState inst, Buffer src, IntConsumer onCopyDone) {
        if (dropped) {
            onCopyDone.accept(CopyResult.DROPPED);
        } else if (pendingBuffer == null) {
            setPending(inst, src, onCopyDone);
        } else {
            checkIntraComponent(inst);
            pendingBuffer.write(src.read(1));
            resetAndNotifyPending(CopyResult.COMPLETED);
            onCopyDone.accept(CopyResult.COMPLETED);
        }
    }
}
