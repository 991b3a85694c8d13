package dev.dovetail.cli;

import dev.dovetail.abi.Trap;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiConfig;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiResources;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The WASI options shared by {@code run} and {@code invoke}: what the guest is granted, and how
 * imports the WASI host does not provide are treated.
 */
final class WasiOptions {
    @Option(
            names = "--dir",
            paramLabel = "HOST[::GUEST]",
            description =
                    "Grant the host directory HOST to the guest as GUEST (default: the same"
                            + " name), readable and writable. Repeatable.")
    List<String> dirs = new ArrayList<>();

    @Option(
            names = "--ro-dir",
            paramLabel = "HOST[::GUEST]",
            description = "As --dir, read-only. Repeatable.")
    List<String> readOnlyDirs = new ArrayList<>();

    @Option(
            names = "--env",
            paramLabel = "NAME=VALUE",
            description = "Set an environment variable for the guest. Repeatable.")
    List<String> env = new ArrayList<>();

    @Option(
            names = "--inherit-env",
            description = "Give the guest every environment variable of this process.")
    boolean inheritEnv;

    @Option(
            names = "--trap-unknown-imports",
            description =
                    "Define every import that neither WASI nor the command provides (for example"
                            + " wasi:sockets) as a stub that traps when called, instead of refusing"
                            + " to instantiate the component.")
    boolean trapUnknownImports;

    /** The guest's context: {@code args}, the options' grants, and the given standard streams. */
    WasiCtx context(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        WasiConfig config = new WasiConfig().args(args).stdin(in).stdout(out).stderr(err);
        if (inheritEnv) {
            config.inheritEnv();
        }
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new CliException(
                        ExitCode.USAGE, "--env expects NAME=VALUE, found `" + e + "`");
            }
            config.env(e.substring(0, eq), e.substring(eq + 1));
        }
        preopen(config, dirs, true);
        preopen(config, readOnlyDirs, false);
        return config.build();
    }

    private static void preopen(WasiConfig config, List<String> specs, boolean writable) {
        for (String spec : specs) {
            int sep = spec.indexOf("::");
            String host = sep < 0 ? spec : spec.substring(0, sep);
            String guest = sep < 0 ? spec : spec.substring(sep + 2);
            Path path = Path.of(host);
            if (!Files.isDirectory(path)) {
                throw new CliException(ExitCode.NO_FILE, "no such directory: " + host);
            }
            config.preopen(path, guest, writable);
        }
    }

    /** A linker with WASI, and trapping stubs for the rest when asked. */
    Linker<WasiCtx> linker(dev.dovetail.runtime.Engine engine, Component component) {
        Linker<WasiCtx> linker = new Linker<>(engine);
        WasiResources<WasiCtx> resources = Wasi.addToLinker(linker);
        if (trapUnknownImports) {
            component
                    .componentType()
                    .imports()
                    .forEach(
                            (name, item) -> {
                                if (!providedByWasi(name)) {
                                    new Traps(resources).define(linker.root(), name, name, item);
                                }
                            });
        }
        return linker;
    }

    /** The imports that neither WASI nor a type definition satisfies, described for the user. */
    static List<String> missingImports(Component component) {
        List<String> out = new ArrayList<>();
        component
                .componentType()
                .imports()
                .forEach(
                        (name, item) -> {
                            if (providedByWasi(name) || item instanceof ComponentItem.Type) {
                                return;
                            }
                            out.add(
                                    item instanceof ComponentItem.ComponentFunc f
                                            ? name + ": " + WitPrinter.func(f.type())
                                            : name + " (" + item.kind() + ")");
                        });
        return out;
    }

    /** Whether {@code importName} is a WASI 0.2 interface the host defines. */
    static boolean providedByWasi(String importName) {
        int at = importName.lastIndexOf('@');
        return at > 0
                && importName.startsWith("0.2.", at + 1)
                && Wasi.INTERFACES.contains(importName.substring(0, at));
    }

    /**
     * Stub definitions that trap when called. A resource an unknown interface uses from WASI (a
     * socket's {@code input-stream}) is given WASI's type, so that both agree.
     */
    private record Traps(WasiResources<WasiCtx> resources) {
        void define(LinkerInstance<WasiCtx> in, String qualified, String name, ComponentItem item) {
            if (item instanceof ComponentItem.ComponentFunc) {
                in.funcNew(
                        name,
                        (store, type, params) -> {
                            throw new Trap(
                                    "called `"
                                            + qualified
                                            + "`, an import defined as a trap by"
                                            + " --trap-unknown-imports");
                        });
            } else if (item instanceof ComponentItem.ComponentInstance instance) {
                LinkerInstance<WasiCtx> nested = in.instance(name);
                instance.type()
                        .exports()
                        .forEach((n, t) -> define(nested, qualified + "#" + n, n, t));
            } else if (item instanceof ComponentItem.Resource) {
                var wasi = resources.type(name);
                if (wasi.isPresent()) {
                    in.resource(name, wasi.get());
                } else {
                    in.resource(name, (store, rep) -> {});
                }
            }
        }
    }
}
