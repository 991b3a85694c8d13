package dev.dovetail.cli;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiExit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dovetail invoke [WASI options] [--trap-unknown-imports] <component> '<call>'}: WASI is
 * linked in, so components that import it can be called.
 */
@Command(
        name = "invoke",
        mixinStandardHelpOptions = true,
        description = {
            "Instantiates a component, calls one of its exported functions with arguments written"
                    + " in WAVE, and prints the result in WAVE.",
            "",
            "Examples:",
            "  dovetail invoke calc.wasm 'add(1, 2)'",
            "  dovetail invoke shapes.wasm 'area(circle(2.5))'",
            "  dovetail invoke app.wasm 'docs:calc/ops@1.0.0#add(1, 2)'"
        })
final class InvokeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

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
            index = "1",
            paramLabel = "<call>",
            description = {
                "The call in WAVE: name(arg, ...). A function of an exported instance is named"
                        + " instance#function, e.g. ns:pkg/iface@1.0.0#get().",
                "Trailing option arguments may be left out (none)."
            })
    String call;

    @Override
    public Integer call() {
        Engine engine = interpreter ? Engine.builder().interpreter().build() : Engine.create();
        Component c = ComponentLoader.load(engine, component);
        Invoker.parseCall(call); // a malformed call fails before instantiation
        Linker<WasiCtx> linker = wasi.linker(engine, c);
        if (!wasi.trapUnknownImports) {
            List<String> imports = WasiOptions.missingImports(c);
            if (!imports.isEmpty()) {
                throw new CliException(
                        ExitCode.UNLINKABLE,
                        component
                                + " has imports that dovetail invoke does not provide:\n  "
                                + String.join("\n  ", imports)
                                + "\nrerun with --trap-unknown-imports to define them as stubs"
                                + " that trap when called");
            }
        }
        WasiCtx ctx =
                wasi.context(
                        List.of(component.getFileName().toString()),
                        System.in,
                        main.out(),
                        main.err());
        Store<WasiCtx> store = new Store<>(engine, ctx);
        Instance instance = Invoker.instantiate(linker, store, c);
        Invoker.Outcome outcome;
        try {
            outcome = Invoker.call(c, instance, store, call);
        } catch (WasiExit exit) {
            main.out().flush();
            return exit.code();
        }
        main.out().flush();
        if (outcome.resultText() != null) {
            spec.commandLine().getOut().println(outcome.resultText());
        }
        return ExitCode.OK;
    }
}
