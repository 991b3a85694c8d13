package dev.dovetail.cli;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.cli.wave.Wave;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.model.Alias;
import dev.dovetail.runtime.model.Canon;
import dev.dovetail.runtime.model.CanonOpt;
import dev.dovetail.runtime.model.ComponentModel;
import dev.dovetail.runtime.model.CoreInstance;
import dev.dovetail.runtime.model.CoreSort;
import dev.dovetail.runtime.model.CoreSortIdx;
import dev.dovetail.runtime.model.Export;
import dev.dovetail.runtime.model.ExternName;
import dev.dovetail.runtime.model.ExternType;
import dev.dovetail.runtime.model.FuncType;
import dev.dovetail.runtime.model.Import;
import dev.dovetail.runtime.model.LabeledValType;
import dev.dovetail.runtime.model.PrimValType;
import dev.dovetail.runtime.model.Section;
import dev.dovetail.runtime.model.Sort;
import dev.dovetail.runtime.model.SortIdx;
import dev.dovetail.runtime.text.Wat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The built-in example that {@code dovetail} runs without arguments: a component that imports a
 * host function {@code log: func(msg: string)} and exports {@code add: func(a: u32, b: u32) -> u32}
 * and {@code greet: func(name: string) -> string}.
 *
 * <p>Its two core modules are WAT resources ({@code example-memory.wat}, {@code example-main.wat})
 * assembled at startup by the project's core text assembler; the component around them is built
 * here as a {@link ComponentModel}, the same structure the component text {@code (component ...)}
 * would describe, so nothing binary is shipped.
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

    static ComponentModel model() {
        byte[] memory = Wat.parseModule(resource("example-memory.wat"));
        byte[] main = Wat.parseModule(resource("example-main.wat"));
        List<CanonOpt> stringOpts =
                List.of(CanonOpt.UTF8, new CanonOpt.Memory(0), new CanonOpt.Realloc(0));
        return ComponentModel.of(
                // type 0: the import's type
                new Section.TypeSection(
                        List.of(
                                new FuncType(
                                        false,
                                        List.of(new LabeledValType("msg", PrimValType.STRING)),
                                        Optional.empty()))),
                // func 0: import "log"
                new Section.ImportSection(
                        List.of(new Import(ExternName.plain("log"), new ExternType.Func(0)))),
                new Section.CoreModuleSection(memory), // core module 0
                new Section.CoreModuleSection(main), // core module 1
                // core instance 0: the memory and its allocator
                new Section.CoreInstanceSection(
                        List.of(new CoreInstance.Instantiate(0, List.of()))),
                // core memory 0, core func 0 (realloc)
                new Section.AliasSection(
                        List.of(
                                new Alias(Sort.CORE_MEMORY, new Alias.CoreInstanceExport(0, "mem")),
                                new Alias(
                                        Sort.CORE_FUNC,
                                        new Alias.CoreInstanceExport(0, "realloc")))),
                // core func 1: log lowered to (ptr, len)
                new Section.CanonSection(List.of(new Canon.Lower(0, stringOpts))),
                // core instance 1: {log}; core instance 2: the code, linked to both
                new Section.CoreInstanceSection(
                        List.of(
                                new CoreInstance.FromExports(
                                        List.of(
                                                new CoreInstance.Export(
                                                        "log", new CoreSortIdx(CoreSort.FUNC, 1)))),
                                new CoreInstance.Instantiate(
                                        1,
                                        List.of(
                                                new CoreInstance.Arg("host", 1),
                                                new CoreInstance.Arg("mem", 0))))),
                // core func 2 (add), 3 (greet)
                new Section.AliasSection(
                        List.of(
                                new Alias(Sort.CORE_FUNC, new Alias.CoreInstanceExport(2, "add")),
                                new Alias(
                                        Sort.CORE_FUNC, new Alias.CoreInstanceExport(2, "greet")))),
                // types 1 and 2: the exports' types
                new Section.TypeSection(
                        List.of(
                                new FuncType(
                                        false,
                                        List.of(
                                                new LabeledValType("a", PrimValType.U32),
                                                new LabeledValType("b", PrimValType.U32)),
                                        Optional.of(PrimValType.U32)),
                                new FuncType(
                                        false,
                                        List.of(new LabeledValType("name", PrimValType.STRING)),
                                        Optional.of(PrimValType.STRING)))),
                // funcs 1 and 2: the lifted exports
                new Section.CanonSection(
                        List.of(new Canon.Lift(2, List.of(), 1), new Canon.Lift(3, stringOpts, 2))),
                new Section.ExportSection(
                        List.of(
                                new Export(
                                        ExternName.plain("add"),
                                        new SortIdx(Sort.FUNC, 1),
                                        Optional.empty()),
                                new Export(
                                        ExternName.plain("greet"),
                                        new SortIdx(Sort.FUNC, 2),
                                        Optional.empty()))));
    }

    private static String resource(String name) {
        try (InputStream in = Example.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the example, printing the component's WIT, each call and each host call it makes. */
    static int run(PrintWriter out) {
        Engine engine = Engine.builder().interpreter().build();
        Component component = Component.fromModel(engine, model());
        out.println("Dovetail: running the built-in example component");
        out.println();
        out.print(WitPrinter.print("example", component.componentType()));
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

    /** For tests: the value of a call. */
    static Val resultOf(Invoker.Outcome outcome) {
        return outcome.result();
    }
}
