package dev.dovetail.wasi.cli;

import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiExit;
import dev.dovetail.wasi.WasiResources;
import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Defines {@code wasi:cli/environment}, {@code exit}, {@code stdin}, {@code stdout}, {@code stderr}
 * and the five terminal interfaces.
 */
public final class CliHost {
    private CliHost() {}

    public static <T> void add(Linker<T> linker, WasiResources<T> resources) {
        Function<T, WasiCtx> view = resources.view();
        LinkerInstance<T> environment = linker.instance(Wasi.name("wasi:cli/environment"));
        environment.func(
                "get-environment",
                Signature.params().returns(new TypeRef<List<Tuple2<String, String>>>() {}),
                store -> {
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    view.apply(store.data()).env().forEach((k, v) -> out.add(Tuple2.of(k, v)));
                    return out;
                });
        environment.func(
                "get-arguments",
                Signature.params().returns(new TypeRef<List<String>>() {}),
                store -> view.apply(store.data()).args());
        environment.func(
                "initial-cwd",
                Signature.params().returns(new TypeRef<Optional<String>>() {}),
                store -> view.apply(store.data()).initialCwd());

        LinkerInstance<T> exit = linker.instance(Wasi.name("wasi:cli/exit"));
        exit.func(
                "exit",
                Signature.params().param(new TypeRef<Result<Void, Void>>() {}).returnsNothing(),
                (store, status) -> {
                    throw new WasiExit(status.isOk() ? 0 : 1);
                });
        exit.func(
                "exit-with-code",
                Signature.params().param(byte.class).returnsNothing(),
                (store, code) -> {
                    throw new WasiExit(code & 0xff);
                });

        TypeRef<Resource<HostInputStream>> input = new TypeRef<>() {};
        TypeRef<Resource<HostOutputStream>> output = new TypeRef<>() {};
        LinkerInstance<T> stdin = linker.instance(Wasi.name("wasi:cli/stdin"));
        resources.use(stdin, "input-stream");
        stdin.func(
                "get-stdin",
                Signature.params().returns(input),
                store -> {
                    WasiCtx ctx = view.apply(store.data());
                    return ctx.table().push(ctx.stdin());
                });
        LinkerInstance<T> stdout = linker.instance(Wasi.name("wasi:cli/stdout"));
        resources.use(stdout, "output-stream");
        stdout.func(
                "get-stdout",
                Signature.params().returns(output),
                store -> {
                    WasiCtx ctx = view.apply(store.data());
                    return ctx.table().push(ctx.stdout());
                });
        LinkerInstance<T> stderr = linker.instance(Wasi.name("wasi:cli/stderr"));
        resources.use(stderr, "output-stream");
        stderr.func(
                "get-stderr",
                Signature.params().returns(output),
                store -> {
                    WasiCtx ctx = view.apply(store.data());
                    return ctx.table().push(ctx.stderr());
                });

        resources.define(
                linker.instance(Wasi.name("wasi:cli/terminal-input")),
                "terminal-input",
                TerminalInput.class);
        resources.define(
                linker.instance(Wasi.name("wasi:cli/terminal-output")),
                "terminal-output",
                TerminalOutput.class);
        LinkerInstance<T> terminalStdin = linker.instance(Wasi.name("wasi:cli/terminal-stdin"));
        resources.use(terminalStdin, "terminal-input");
        terminalStdin.func(
                "get-terminal-stdin",
                Signature.params().returns(new TypeRef<Optional<Resource<TerminalInput>>>() {}),
                store -> terminal(view.apply(store.data()), 0, new TerminalInput()));
        String[] outputs = {"stdout", "stderr"};
        for (int i = 0; i < outputs.length; i++) {
            int stream = i + 1;
            LinkerInstance<T> terminal =
                    linker.instance(Wasi.name("wasi:cli/terminal-" + outputs[i]));
            resources.use(terminal, "terminal-output");
            terminal.func(
                    "get-terminal-" + outputs[i],
                    Signature.params()
                            .returns(new TypeRef<Optional<Resource<TerminalOutput>>>() {}),
                    store -> terminal(view.apply(store.data()), stream, new TerminalOutput()));
        }
    }

    private static <R> Optional<Resource<R>> terminal(WasiCtx ctx, int stream, R marker) {
        return ctx.isTerminal(stream) ? Optional.of(ctx.table().push(marker)) : Optional.empty();
    }
}
