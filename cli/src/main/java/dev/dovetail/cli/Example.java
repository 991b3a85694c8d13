package dev.dovetail.cli;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.cli.wave.Wave;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.wit.component.ComponentWit;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in example that {@code dovetail} runs without arguments: a component that imports a
 * host function {@code log: func(msg: string)} and exports {@code add: func(a: u32, b: u32) -> u32}
 * and {@code greet: func(name: string) -> string}. Its source is the resource {@code example.wat},
 * assembled at startup by the component text parser, so nothing binary is shipped.
 */
final class Example {
    private Example() {}

    /** The calls the example makes, in WAVE. */
    static final List<String> CALLS =
            List.of(
                    "add(1, 2)",
                    "add(4294967295, 1)",
                    "greet(\"Dovetail\")",
                    "greet(\"WebAssembly 🧩\")");

    /** The example component's text. */
    static String text() {
        try (InputStream in = Example.class.getResourceAsStream("example.wat")) {
            if (in == null) {
                throw new IllegalStateException("missing resource example.wat");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComponentModel model() {
        return ComponentWat.parse(text());
    }

    /** Runs the example, printing the component's WIT, each call and each host call it makes. */
    static int run(PrintWriter out) {
        Engine engine = Engine.builder().interpreter().build();
        Component component = Component.fromModel(engine, model());
        out.println("Dovetail: running the built-in example component");
        out.println();
        out.print(ComponentWit.print(component.componentType(), "example"));
        out.println();
        Linker<Void> linker = new Linker<>(engine);
        linker.root()
                .funcNew(
                        "log",
                        (store, type, params) -> {
                            out.println(
                                    "  host log("
                                            + Wave.print(params.get(0), PrimType.STRING)
                                            + ")");
                            return null;
                        });
        Store<Void> store = new Store<>(engine, null);
        Instance instance = Invoker.instantiate(linker, store, component);
        for (String call : CALLS) {
            out.println(call);
            Invoker.Outcome outcome = Invoker.call(component, instance, store, call);
            out.println("  -> " + outcome.resultText());
        }
        out.println();
        out.println(
                "Next: dovetail invoke <component.wasm> 'add(1, 2)'   (dovetail --help for more)");
        return ExitCode.OK;
    }
}
