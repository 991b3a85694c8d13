package dev.dovetail.runtime;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.internal.concurrent.HostStreams;
import dev.dovetail.runtime.internal.concurrent.SharedStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The host's readable end of a {@code stream<T>} a guest handed over (a {@link Val.Stream} result
 * or argument). A read completes when the guest writes (run the store with {@link Store#runUntil});
 * an empty result with {@link #closed()} means the guest dropped its writable end. Use on the
 * store's thread, one read at a time; {@link #close} drops the end.
 */
public final class StreamReader implements AutoCloseable {
    private final Store<?> store;
    private final SharedStream shared;
    private boolean reading;
    private boolean closed;
    private boolean dropped;

    private StreamReader(Store<?> store, SharedStream shared) {
        this.store = store;
        this.shared = shared;
    }

    /** Takes over the stream in {@code stream} (received from a guest of {@code store}). */
    public static StreamReader of(Store<?> store, Val.Stream stream) {
        Objects.requireNonNull(store, "store");
        if (!(stream.handle() instanceof SharedStream s)) {
            throw new IllegalArgumentException("not a stream received from a guest: " + stream);
        }
        return new StreamReader(store, s);
    }

    /** Reads up to {@code max} values. */
    public CompletableFuture<List<Val>> read(int max) {
        if (dropped) {
            throw new IllegalStateException("stream reader already dropped");
        }
        if (reading) {
            throw new IllegalStateException("a read is already in progress");
        }
        reading = true;
        return HostStreams.read(shared, max)
                .thenApply(
                        c -> {
                            reading = false;
                            closed |= c.dropped();
                            return c.values();
                        });
    }

    /** {@link #read} for {@code stream<u8>}, as bytes. */
    public CompletableFuture<byte[]> readBytes(int max) {
        return read(max)
                .thenApply(
                        vs -> {
                            byte[] out = new byte[vs.size()];
                            for (int i = 0; i < out.length; i++) {
                                out[i] = ((Val.U8) vs.get(i)).value();
                            }
                            return out;
                        });
    }

    /** Whether the writer dropped its end (after the last values were read). */
    public boolean closed() {
        return closed;
    }

    /** Drops the readable end; a pending guest write sees DROPPED. */
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
