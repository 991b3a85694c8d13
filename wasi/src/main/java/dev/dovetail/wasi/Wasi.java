package dev.dovetail.wasi;

import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.cli.CliHost;
import dev.dovetail.wasi.clocks.ClocksHost;
import dev.dovetail.wasi.filesystem.FilesystemHost;
import dev.dovetail.wasi.io.IoHost;
import dev.dovetail.wasi.random.RandomHost;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Adds the WASI 0.2 host to a {@link Linker} and runs {@code wasi:cli/run} commands.
 *
 * <pre>{@code
 * Linker<WasiCtx> linker = new Linker<>(engine);
 * Wasi.addToLinker(linker);
 * Store<WasiCtx> store = new Store<>(engine, new WasiConfig().inheritStdio().build());
 * int status = Wasi.run(store, linker.instantiate(store, component));
 * }</pre>
 *
 * <p>The interfaces are defined at {@value #VERSION}, the newest 0.2 release; the linker's
 * semver-compatible matching lets a component that imports any {@code 0.2.x} version link to them.
 */
public final class Wasi {
    /** The WASI version the interfaces are defined at. */
    public static final String VERSION = "0.2.12";

    /** The interfaces {@link #addToLinker} defines, without their version. */
    public static final List<String> INTERFACES =
            List.of(
                    "wasi:cli/environment",
                    "wasi:cli/exit",
                    "wasi:cli/stdin",
                    "wasi:cli/stdout",
                    "wasi:cli/stderr",
                    "wasi:cli/terminal-input",
                    "wasi:cli/terminal-output",
                    "wasi:cli/terminal-stdin",
                    "wasi:cli/terminal-stdout",
                    "wasi:cli/terminal-stderr",
                    "wasi:io/error",
                    "wasi:io/poll",
                    "wasi:io/streams",
                    "wasi:clocks/wall-clock",
                    "wasi:clocks/monotonic-clock",
                    "wasi:random/random",
                    "wasi:random/insecure",
                    "wasi:random/insecure-seed",
                    "wasi:filesystem/types",
                    "wasi:filesystem/preopens");

    private Wasi() {}

    /**
     * Adds every WASI interface to {@code linker}, for stores whose data is the {@link WasiCtx}.
     */
    public static WasiResources<WasiCtx> addToLinker(Linker<WasiCtx> linker) {
        return addToLinker(linker, ctx -> ctx);
    }

    /**
     * Adds every WASI interface to {@code linker}; {@code view} finds the {@link WasiCtx} in a
     * store's data. Returns the resource types defined, for hosts that define more interfaces using
     * them (a {@code wasi:sockets} stream is a {@code wasi:io} stream).
     */
    public static <T> WasiResources<T> addToLinker(Linker<T> linker, Function<T, WasiCtx> view) {
        Objects.requireNonNull(linker, "linker");
        Objects.requireNonNull(view, "view");
        WasiResources<T> resources = new WasiResources<>(view);
        IoHost.add(linker, resources);
        CliHost.add(linker, resources);
        ClocksHost.add(linker, view, resources);
        RandomHost.add(linker, view);
        FilesystemHost.add(linker, resources);
        return resources;
    }

    /**
     * Calls the {@code run} function of the {@code wasi:cli/run} instance that {@code instance}
     * exports and returns the exit status: 0 when it returns {@code ok}, 1 for {@code err}, or the
     * status given to {@code wasi:cli/exit}.
     *
     * @throws IllegalArgumentException if the component exports no {@code wasi:cli/run} 0.2
     */
    public static int run(Store<?> store, Instance instance) {
        String run =
                instance.exportNames().stream()
                        .filter(n -> n.startsWith("wasi:cli/run@0.2."))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "the component does not export wasi:cli/run"
                                                        + " 0.2.x; its exports are "
                                                        + instance.exportNames()));
        var function =
                instance.getTypedFunc(
                        run + "#run",
                        Signature.params().returns(new TypeRef<Result<Void, Void>>() {}));
        try {
            return function.call(store).isOk() ? 0 : 1;
        } catch (WasiExit exit) {
            return exit.code();
        }
    }

    /** {@code interfaceName} at {@link #VERSION}, e.g. {@code wasi:io/streams@0.2.12}. */
    public static String name(String interfaceName) {
        return interfaceName + "@" + VERSION;
    }
}
