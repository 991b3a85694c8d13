package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The host's end of a stream: copies through the same {@link SharedStream} rendezvous as a guest
 * end, with {@link HostBuffer}s. Call on the store's thread (between event-loop runs or inside a
 * host function); the futures complete when the other side meets the copy.
 */
public final class HostStreams {
    private HostStreams() {}

    /**
     * What one host copy moved: the values (reads), how many, and whether the other end dropped.
     */
    public record Copy(List<Val> values, int count, boolean dropped) {}

    public static SharedStream newStream(ValType element) {
        return new SharedStream(element);
    }

    public static CompletableFuture<Copy> read(SharedStream s, int max) {
        CompletableFuture<Copy> f = new CompletableFuture<>();
        HostBuffer dst = HostBuffer.writable(s.t, max);
        s.read(
                null,
                dst,
                reclaim -> {
                    reclaim.run();
                    f.complete(new Copy(dst.values(), dst.progress(), false));
                },
                result ->
                        f.complete(
                                new Copy(
                                        dst.values(),
                                        dst.progress(),
                                        result == CopyResult.DROPPED)));
        return f;
    }

    public static CompletableFuture<Copy> write(SharedStream s, List<Val> values) {
        CompletableFuture<Copy> f = new CompletableFuture<>();
        HostBuffer src = HostBuffer.readable(s.t, values);
        s.write(
                null,
                src,
                reclaim -> {
                    reclaim.run();
                    f.complete(new Copy(List.of(), src.progress(), false));
                },
                result ->
                        f.complete(
                                new Copy(List.of(), src.progress(), result == CopyResult.DROPPED)));
        return f;
    }

    /** Drops the host's end (the other side sees DROPPED). */
    public static void drop(SharedStream s) {
        s.drop();
    }
}
