package dev.dovetail.wasi.random;

import dev.dovetail.abi.Trap;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import java.util.Random;
import java.util.function.Function;

/** Defines {@code wasi:random/random}, {@code insecure} and {@code insecure-seed}. */
public final class RandomHost {
    /**
     * The most bytes one call returns. The interface has no error case, and a guest asking for more
     * than fits in its memory cannot receive them anyway, so larger requests trap.
     */
    static final int MAX_BYTES = 64 << 20;

    private RandomHost() {}

    public static <T> void add(Linker<T> linker, Function<T, WasiCtx> view) {
        LinkerInstance<T> random = linker.instance(Wasi.name("wasi:random/random"));
        random.func(
                "get-random-bytes",
                Signature.params().param(long.class).returns(byte[].class),
                (store, len) -> bytes(view.apply(store.data()).secureRandom(), len));
        random.func(
                "get-random-u64",
                Signature.params().returns(long.class),
                store -> view.apply(store.data()).secureRandom().nextLong());

        LinkerInstance<T> insecure = linker.instance(Wasi.name("wasi:random/insecure"));
        insecure.func(
                "get-insecure-random-bytes",
                Signature.params().param(long.class).returns(byte[].class),
                (store, len) -> bytes(view.apply(store.data()).insecureRandom(), len));
        insecure.func(
                "get-insecure-random-u64",
                Signature.params().returns(long.class),
                store -> view.apply(store.data()).insecureRandom().nextLong());

        linker.instance(Wasi.name("wasi:random/insecure-seed"))
                .func(
                        "insecure-seed",
                        Signature.params().returns(new TypeRef<Tuple2<Long, Long>>() {}),
                        store -> {
                            long[] seed = view.apply(store.data()).insecureSeed();
                            return Tuple2.of(seed[0], seed[1]);
                        });
    }

    private static byte[] bytes(Random random, long len) {
        if (len < 0 || len > MAX_BYTES) {
            throw new Trap(
                    "wasi:random: "
                            + Long.toUnsignedString(len)
                            + " random bytes requested; at most "
                            + MAX_BYTES
                            + " per call");
        }
        byte[] out = new byte[(int) len];
        random.nextBytes(out);
        return out;
    }
}
