package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Buffer} on the host's side of a stream: the values a host write offers ({@code
 * ReadableBuffer}) or the room a host read offers ({@code WritableBuffer}).
 */
final class HostBuffer implements Buffer {
    private final ValType t;
    private final List<Val> values;
    private final int length;
    private int progress;

    private HostBuffer(ValType t, List<Val> values, int length) {
        this.t = t;
        this.values = values;
        this.length = length;
    }

    static HostBuffer readable(ValType t, List<Val> values) {
        return new HostBuffer(t, List.copyOf(values), values.size());
    }

    static HostBuffer writable(ValType t, int length) {
        return new HostBuffer(t, new ArrayList<>(), length);
    }

    List<Val> values() {
        return values;
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
        List<Val> out = values.subList(progress, progress + n);
        progress += n;
        return out;
    }

    @Override
    public void write(List<Val> vs) {
        values.addAll(vs);
        progress += vs.size();
    }
}
