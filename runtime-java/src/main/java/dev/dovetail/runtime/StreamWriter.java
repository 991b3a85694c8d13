package dev.dovetail.runtime;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.concurrent.HostStreams;
import dev.dovetail.runtime.internal.concurrent.SharedStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code stream<T>} the host writes and a guest reads: pass {@link #readable()} to the guest,
 * then {@link #write}; a write completes when the guest reads (perhaps only part of it: the count
 * says how many values it took). Use on the store's thread, one write at a time; {@link #close}
 * drops the writable end (the guest's next read sees DROPPED).
 */
public final class StreamWriter implements AutoCloseable {
    private final Store<?> store;
    private final SharedStream shared;
    private boolean writing;
    private boolean dropped;

    private StreamWriter(Store<?> store, SharedStream shared) {
        this.store = store;
        this.shared = shared;
    }

    /** A new stream of {@code element} values ({@code null}: a stream without payload). */
    public static StreamWriter create(Store<?> store, ValType element) {
        return new StreamWriter(
                Objects.requireNonNull(store, "store"), HostStreams.newStream(element));
    }

    /** The readable end, to pass to a guest as a {@code stream<T>} argument or result. */
    public Val.Stream readable() {
        return new Val.Stream(shared);
    }

    /**
     * Offers {@code values}; completes with how many the guest took (0 when it dropped its end).
     */
    public CompletableFuture<Integer> write(List<Val> values) {
        if (dropped) {
            throw new IllegalStateException("stream writer already dropped");
        }
        if (writing) {
            throw new IllegalStateException("a write is already in progress");
        }
        writing = true;
        return HostStreams.write(shared, values)
                .thenApply(
                        c -> {
                            writing = false;
                            return c.count();
                        });
    }

    /** {@link #write} for {@code stream<u8>}. */
    public CompletableFuture<Integer> writeBytes(byte[] bytes) {
        List<Val> vs = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            vs.add(new Val.U8(b));
        }
        return write(vs);
    }

    @Override
    public void close() {
        if (!dropped) {
            dropped = true;
            HostStreams.drop(shared);
        }
    }

    Store<?> store() {
        return store;
    }
}
