package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.type.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reference's {@code BufferGuestImpl} (both {@code ReadableBufferGuestImpl} and {@code
 * WritableBufferGuestImpl}): {@code length} elements of type {@code t} at {@code ptr} in the
 * guest's memory, checked for alignment and bounds when created.
 */
final class GuestBuffer implements Buffer {
    private final ValType t;
    private final Codec<Val> codec;
    private final LiftLowerContext cx;
    private long ptr;
    private int progress;
    private final int length;

    GuestBuffer(ValType t, Codec<Val> codec, LiftLowerContext cx, long ptr, long length) {
        Trap.trapIf(length > MAX_LENGTH, "buffer length " + length + " exceeds the maximum");
        if (t != null && length > 0) {
            Trap.trapIf(ptr % codec.alignment() != 0, "unaligned pointer");
            Trap.trapIf(
                    ptr + length * codec.size() > cx.requireMemory().byteSize(),
                    "pointer out of bounds of memory");
        }
        this.t = t;
        this.codec = codec;
        this.cx = cx;
        this.ptr = ptr;
        this.length = (int) length;
    }

    @Override
    public ValType t() {
        return t;
    }

    @Override
    public int remain() {
        return length - progress;
    }

    @Override
    public boolean isZeroLength() {
        return length == 0;
    }

    @Override
    public int progress() {
        return progress;
    }

    @Override
    public List<Val> read(int n) {
        List<Val> vs;
        if (t != null) {
            vs = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                vs.add(codec.load(cx, ptr));
                ptr += codec.size();
            }
        } else {
            vs = Collections.nCopies(n, null);
        }
        progress += n;
        return vs;
    }

    @Override
    public void write(List<Val> vs) {
        if (t != null) {
            for (Val v : vs) {
                codec.store(cx, v, ptr);
                ptr += codec.size();
            }
        }
        progress += vs.size();
    }
}
