package dev.dovetail.wasi.io;

import dev.dovetail.abi.Trap;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceTable;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiResources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Defines {@code wasi:io/error}, {@code wasi:io/poll} and {@code wasi:io/streams}. */
public final class IoHost {
    /** The largest read the host performs at once; a guest asking for more gets less. */
    static final int MAX_READ = 1 << 20;

    private static final TypeRef<Resource<IoError>> ERROR = new TypeRef<>() {};
    private static final TypeRef<Resource<Pollable>> POLLABLE = new TypeRef<>() {};
    private static final TypeRef<Resource<HostInputStream>> INPUT = new TypeRef<>() {};
    private static final TypeRef<Resource<HostOutputStream>> OUTPUT = new TypeRef<>() {};
    private static final TypeRef<Result<byte[], StreamError>> BYTES = new TypeRef<>() {};
    private static final TypeRef<Result<Long, StreamError>> COUNT = new TypeRef<>() {};
    private static final TypeRef<Result<Void, StreamError>> UNIT = new TypeRef<>() {};

    private IoHost() {}

    public static <T> void add(Linker<T> linker, WasiResources<T> resources) {
        Function<T, WasiCtx> view = resources.view();
        addError(linker, view, resources);
        addPoll(linker, view, resources);
        addStreams(linker, view, resources);
    }

    private static <T> void addError(
            Linker<T> linker, Function<T, WasiCtx> view, WasiResources<T> resources) {
        LinkerInstance<T> error = linker.instance(Wasi.name("wasi:io/error"));
        resources.define(error, "error", IoError.class);
        error.func(
                "[method]error.to-debug-string",
                Signature.params().param(ERROR).returns(String.class),
                (store, self) -> table(view, store.data()).get(self).message());
    }

    private static <T> void addPoll(
            Linker<T> linker, Function<T, WasiCtx> view, WasiResources<T> resources) {
        LinkerInstance<T> poll = linker.instance(Wasi.name("wasi:io/poll"));
        resources.define(poll, "pollable", Pollable.class);
        poll.func(
                "[method]pollable.ready",
                Signature.params().param(POLLABLE).returns(Boolean.class),
                (store, self) -> table(view, store.data()).get(self).ready());
        poll.func(
                "[method]pollable.block",
                Signature.params().param(POLLABLE).returnsNothing(),
                (store, self) -> {
                    table(view, store.data()).get(self).block();
                    return null;
                });
        poll.func(
                "poll",
                Signature.params()
                        .param(new TypeRef<List<Resource<Pollable>>>() {})
                        .returns(new TypeRef<List<Integer>>() {}),
                (store, in) -> poll(table(view, store.data()), in));
    }

    /** The indices of the ready pollables, after sleeping until the first one is ready. */
    static List<Integer> poll(ResourceTable table, List<Resource<Pollable>> in) {
        if (in.isEmpty()) {
            throw new Trap("wasi:io/poll.poll: the list of pollables is empty");
        }
        List<Pollable> pollables = new ArrayList<>(in.size());
        for (Resource<Pollable> r : in) {
            pollables.add(table.get(r));
        }
        while (true) {
            List<Integer> ready = new ArrayList<>();
            int soonest = 0;
            long soonestRemaining = Long.MAX_VALUE;
            for (int i = 0; i < pollables.size(); i++) {
                long remaining = pollables.get(i).remainingNanos();
                if (remaining <= 0) {
                    ready.add(i);
                } else if (remaining < soonestRemaining) {
                    soonest = i;
                    soonestRemaining = remaining;
                }
            }
            if (!ready.isEmpty()) {
                return ready;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new Trap("wasi:io/poll.poll: interrupted");
            }
            pollables.get(soonest).block();
        }
    }

    private static <T> void addStreams(
            Linker<T> linker, Function<T, WasiCtx> view, WasiResources<T> resources) {
        LinkerInstance<T> streams = linker.instance(Wasi.name("wasi:io/streams"));
        resources.use(streams, "error");
        resources.use(streams, "pollable");
        resources.define(streams, "input-stream", HostInputStream.class);
        resources.define(streams, "output-stream", HostOutputStream.class);
        for (boolean blocking : new boolean[] {false, true}) {
            String prefix = blocking ? "blocking-" : "";
            streams.func(
                    "[method]input-stream." + prefix + "read",
                    Signature.params().param(INPUT).param(long.class).returns(BYTES),
                    (store, self, len) -> {
                        WasiCtx ctx = view.apply(store.data());
                        return read(ctx.table(), ctx.table().get(self), len, blocking);
                    });
            streams.func(
                    "[method]input-stream." + prefix + "skip",
                    Signature.params().param(INPUT).param(long.class).returns(COUNT),
                    (store, self, len) -> {
                        WasiCtx ctx = view.apply(store.data());
                        return read(ctx.table(), ctx.table().get(self), len, blocking)
                                .map(bytes -> (long) bytes.length);
                    });
        }
        streams.func(
                "[method]input-stream.subscribe",
                Signature.params().param(INPUT).returns(POLLABLE),
                (store, self) -> {
                    ResourceTable table = table(view, store.data());
                    return table.push(table.get(self).subscribe());
                });

        streams.func(
                "[method]output-stream.check-write",
                Signature.params().param(OUTPUT).returns(COUNT),
                (store, self) -> {
                    HostOutputStream out = table(view, store.data()).get(self);
                    return out.closed()
                            ? Result.err(new StreamError.Closed())
                            : Result.ok((long) HostOutputStream.PERMIT);
                });
        streams.func(
                "[method]output-stream.write",
                Signature.params().param(OUTPUT).param(byte[].class).returns(UNIT),
                (store, self, bytes) -> write(table(view, store.data()), self, bytes, false));
        streams.func(
                "[method]output-stream.blocking-write-and-flush",
                Signature.params().param(OUTPUT).param(byte[].class).returns(UNIT),
                (store, self, bytes) -> write(table(view, store.data()), self, bytes, true));
        streams.func(
                "[method]output-stream.write-zeroes",
                Signature.params().param(OUTPUT).param(long.class).returns(UNIT),
                (store, self, len) -> writeZeroes(table(view, store.data()), self, len, false));
        streams.func(
                "[method]output-stream.blocking-write-zeroes-and-flush",
                Signature.params().param(OUTPUT).param(long.class).returns(UNIT),
                (store, self, len) -> writeZeroes(table(view, store.data()), self, len, true));
        for (String flush : new String[] {"flush", "blocking-flush"}) {
            streams.func(
                    "[method]output-stream." + flush,
                    Signature.params().param(OUTPUT).returns(UNIT),
                    (store, self) -> write(table(view, store.data()), self, null, true));
        }
        streams.func(
                "[method]output-stream.subscribe",
                Signature.params().param(OUTPUT).returns(POLLABLE),
                (store, self) -> {
                    ResourceTable table = table(view, store.data());
                    table.get(self);
                    return table.push(Pollable.always());
                });
        for (boolean blocking : new boolean[] {false, true}) {
            streams.func(
                    "[method]output-stream." + (blocking ? "blocking-" : "") + "splice",
                    Signature.params().param(OUTPUT).param(INPUT).param(long.class).returns(COUNT),
                    (store, self, source, len) -> {
                        ResourceTable table = table(view, store.data());
                        long permitted = Math.min(len, HostOutputStream.PERMIT);
                        Result<byte[], StreamError> in =
                                read(table, table.get(source), permitted, blocking);
                        if (!in.isOk()) {
                            return Result.err(((Result.Err<byte[], StreamError>) in).error());
                        }
                        byte[] bytes = in.unwrap();
                        Result<Void, StreamError> out = write(table, self, bytes, false);
                        return out.isOk()
                                ? Result.ok((long) bytes.length)
                                : Result.err(((Result.Err<Void, StreamError>) out).error());
                    });
        }
    }

    private static <T> ResourceTable table(Function<T, WasiCtx> view, T data) {
        return view.apply(data).table();
    }

    /**
     * A read of up to {@code len} bytes (an unsigned {@code u64}): closed at the end of the stream,
     * and a failure closes the stream too.
     */
    static Result<byte[], StreamError> read(
            ResourceTable table, HostInputStream in, long len, boolean blocking) {
        if (in.closed()) {
            return Result.err(new StreamError.Closed());
        }
        int max = len < 0 || len > MAX_READ ? MAX_READ : (int) len;
        try {
            byte[] bytes = in.read(max, blocking);
            if (bytes == null) {
                in.markClosed();
                return Result.err(new StreamError.Closed());
            }
            return Result.ok(bytes);
        } catch (IOException | RuntimeException e) {
            in.markClosed();
            return Result.err(failed(table, e, in.errorCode(e)));
        }
    }

    /** Writes {@code bytes} (none: only flush), then flushes when asked to. */
    static Result<Void, StreamError> write(
            ResourceTable table, Resource<HostOutputStream> self, byte[] bytes, boolean flush) {
        HostOutputStream out = table.get(self);
        if (out.closed()) {
            return Result.err(new StreamError.Closed());
        }
        if (bytes != null && bytes.length > HostOutputStream.PERMIT) {
            return tooLong(table, out, bytes.length);
        }
        try {
            if (bytes != null && bytes.length > 0) {
                out.write(bytes);
            }
            if (flush) {
                out.flush();
            }
            return Result.ok(null);
        } catch (IOException | RuntimeException e) {
            out.markClosed();
            return Result.err(failed(table, e, out.errorCode(e)));
        }
    }

    /** A {@code last-operation-failed} holding a new error resource for {@code e}. */
    public static StreamError failed(ResourceTable table, Exception e, Object code) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new StreamError.LastOperationFailed(table.push(new IoError(message, code)));
    }

    private static Result<Void, StreamError> writeZeroes(
            ResourceTable table, Resource<HostOutputStream> self, long len, boolean flush) {
        if (len < 0 || len > HostOutputStream.PERMIT) {
            HostOutputStream out = table.get(self);
            return out.closed() ? Result.err(new StreamError.Closed()) : tooLong(table, out, len);
        }
        return write(table, self, new byte[(int) len], flush);
    }

    /** A write beyond what {@code check-write} permitted fails, and closes the stream. */
    private static Result<Void, StreamError> tooLong(
            ResourceTable table, HostOutputStream out, long length) {
        out.markClosed();
        String message =
                "write of "
                        + Long.toUnsignedString(length)
                        + " bytes exceeds the "
                        + HostOutputStream.PERMIT
                        + " that check-write permits";
        return Result.err(failed(table, new IOException(message), null));
    }
}
