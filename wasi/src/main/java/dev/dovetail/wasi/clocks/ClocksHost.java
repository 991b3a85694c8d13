package dev.dovetail.wasi.clocks;

import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiResources;
import dev.dovetail.wasi.io.Pollable;
import java.util.function.Function;

/** Defines {@code wasi:clocks/wall-clock} and {@code wasi:clocks/monotonic-clock}. */
public final class ClocksHost {
    private ClocksHost() {}

    public static <T> void add(
            Linker<T> linker, Function<T, WasiCtx> view, WasiResources<T> resources) {
        LinkerInstance<T> wall = linker.instance(Wasi.name("wasi:clocks/wall-clock"));
        wall.func(
                "now",
                Signature.params().returns(Datetime.class),
                store -> Datetime.of(view.apply(store.data()).wallClock().now()));
        wall.func(
                "resolution",
                Signature.params().returns(Datetime.class),
                store -> {
                    long nanos = view.apply(store.data()).wallClock().resolutionNanos();
                    return new Datetime(nanos / 1_000_000_000L, (int) (nanos % 1_000_000_000L));
                });

        LinkerInstance<T> monotonic = linker.instance(Wasi.name("wasi:clocks/monotonic-clock"));
        resources.use(monotonic, "pollable");
        TypeRef<Resource<Pollable>> pollable = new TypeRef<>() {};
        monotonic.func(
                "now",
                Signature.params().returns(long.class),
                store -> view.apply(store.data()).monotonicClock().now());
        monotonic.func(
                "resolution",
                Signature.params().returns(long.class),
                store -> view.apply(store.data()).monotonicClock().resolutionNanos());
        monotonic.func(
                "subscribe-instant",
                Signature.params().param(long.class).returns(pollable),
                (store, when) -> {
                    WasiCtx ctx = view.apply(store.data());
                    return ctx.table().push(new Deadline(ctx.monotonicClock(), when));
                });
        monotonic.func(
                "subscribe-duration",
                Signature.params().param(long.class).returns(pollable),
                (store, duration) -> {
                    WasiCtx ctx = view.apply(store.data());
                    return ctx.table().push(Deadline.after(ctx.monotonicClock(), duration));
                });
    }
}
