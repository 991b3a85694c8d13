package dev.dovetail.cli;

import dev.dovetail.abi.Trap;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.UnsupportedFeatureException;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dovetail run [options] <component> [args...]}: a {@code wasi:cli/run} command. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a WASI 0.2 command component: calls the run function of its wasi:cli/run"
                    + " export with WASI linked in. The guest's exit status is the process's.",
            "",
            "Examples:",
            "  dovetail run hello.wasm",
            "  dovetail run --dir data::/data --env LANG=C app.wasm input.txt"
        })
final class RunCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Mixin WasiOptions wasi;

    @Option(
            names = "--interpreter",
            description = "Interpret core code instead of compiling it to JVM bytecode.")
    boolean interpreter;

    @Parameters(
            index = "0",
            paramLabel = "<component>",
            description = "A component binary (.wasm) or component text (.wat).")
    Path component;

    @Parameters(
            index = "1..*",
            paramLabel = "<args>",
            description = "Arguments for the guest (its first argument is the component's name).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Engine engine = interpreter ? Engine.builder().interpreter().build() : Engine.create();
        Component c = ComponentLoader.load(engine, component);
        Linker<WasiCtx> linker = wasi.linker(engine, c);
        List<String> argv = new ArrayList<>();
        argv.add(component.getFileName().toString());
        argv.addAll(args);
        WasiCtx ctx = wasi.context(argv, System.in, main.out(), main.err());
        Store<WasiCtx> store = new Store<>(engine, ctx);
        Instance instance = Invoker.instantiate(linker, store, c);
        try {
            return Wasi.run(store, instance);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.NO_EXPORT, component + ": " + e.getMessage(), e);
        } catch (Trap e) {
            throw new CliException(ExitCode.TRAP, "the guest trapped: " + e.getMessage(), e);
        } catch (UnsupportedFeatureException e) {
            throw new CliException(ExitCode.UNSUPPORTED, "not supported yet: " + e.getMessage(), e);
        } finally {
            main.out().flush();
            main.err().flush();
        }
    }
}
