package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The reference's {@code SharedStreamImpl}: the state both ends of a stream share. At most one side
 * has a pending copy (its buffer and callbacks); the other side's copy meets it, moves as many
 * elements as both have room for, and notifies the pending side.
 */
public final class SharedStream {
    final ValType t;
    boolean dropped;
    private ComponentInstanceState pendingInst;
    private Buffer pendingBuffer;
    private Consumer<Runnable> pendingOnCopy;
    private IntConsumer pendingOnCopyDone;

    SharedStream(ValType t) {
        this.t = t;
    }

    public ValType elementType() {
        return t;
    }

    private void resetPending() {
        setPending(null, null, null, null);
    }

    private void setPending(
            ComponentInstanceState inst,
            Buffer buffer,
            Consumer<Runnable> onCopy,
            IntConsumer onCopyDone) {
        pendingInst = inst;
        pendingBuffer = buffer;
        pendingOnCopy = onCopy;
        pendingOnCopyDone = onCopyDone;
    }

    private void resetAndNotifyPending(int result) {
        IntConsumer onCopyDone = pendingOnCopyDone;
        resetPending();
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

    /** {@code none_or_number_type}: element types a component may copy to itself (for now). */
    static boolean noneOrNumberType(ValType t) {
        return t == null
                || (t instanceof PrimType p
                        && p != PrimType.BOOL
                        && p != PrimType.CHAR
                        && p != PrimType.STRING
                        && p != PrimType.ERROR_CONTEXT);
    }

    private void checkIntraComponent(ComponentInstanceState inst) {
        Trap.trapIf(
                inst == pendingInst && !noneOrNumberType(t),
                "cannot read from and write to intra-component stream");
    }

    void read(
            ComponentInstanceState inst,
            Buffer dst,
            Consumer<Runnable> onCopy,
            IntConsumer onCopyDone) {
        if (dropped) {
            onCopyDone.accept(CopyResult.DROPPED);
        } else if (pendingBuffer == null) {
            setPending(inst, dst, onCopy, onCopyDone);
        } else {
            checkIntraComponent(inst);
            if (pendingBuffer.remain() > 0) {
                if (dst.remain() > 0) {
                    int n = Math.min(dst.remain(), pendingBuffer.remain());
                    dst.write(pendingBuffer.read(n));
                    pendingOnCopy.accept(this::resetPending);
                }
                onCopyDone.accept(CopyResult.COMPLETED);
            } else {
                resetAndNotifyPending(CopyResult.COMPLETED);
                setPending(inst, dst, onCopy, onCopyDone);
            }
        }
    }

    void write(
            ComponentInstanceState inst,
            Buffer src,
            Consumer<Runnable> onCopy,
            IntConsumer onCopyDone) {
        if (dropped) {
            onCopyDone.accept(CopyResult.DROPPED);
        } else if (pendingBuffer == null) {
            setPending(inst, src, onCopy, onCopyDone);
        } else {
            checkIntraComponent(inst);
            if (pendingBuffer.remain() > 0) {
                if (src.remain() > 0) {
                    int n = Math.min(src.remain(), pendingBuffer.remain());
                    pendingBuffer.write(src.read(n));
                    pendingOnCopy.accept(this::resetPending);
                }
                onCopyDone.accept(CopyResult.COMPLETED);
            } else if (src.isZeroLength() && pendingBuffer.isZeroLength()) {
                onCopyDone.accept(CopyResult.COMPLETED);
            } else {
                resetAndNotifyPending(CopyResult.COMPLETED);
                setPending(inst, src, onCopy, onCopyDone);
            }
        }
    }
}
