package dev.dovetail.runtime.diff;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.fuzz.FuzzCases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one generated case in Dovetail and in Wasmtime (the same component binary, the same
 * argument) and compares what came out: the result value by value, what the host import saw, and
 * whether and why the call trapped.
 */
final class Differ {
    /**
     * What one runtime did: {@code ok} with a result, {@code trap}, or a rejection; after a trap,
     * {@code again} is what a second call said ("ok" or its message).
     */
    record Side(String status, String result, String message, List<String> seen, String again) {
        Side(String status, String result, String message, List<String> seen) {
            this(status, result, message, seen, null);
        }

        String trapClass() {
            return TrapClass.of(message);
        }

        String againClass() {
            return "ok".equals(again) ? "ok" : TrapClass.of(again);
        }

        @Override
        public String toString() {
            return status
                    + (result != null ? " " + result : "")
                    + (message != null ? " [" + message.strip() + "]" : "")
                    + " (host import saw "
                    + seen
                    + ")"
                    + (again != null ? "; then " + again.strip() : "");
        }
    }

    /**
     * The comparison of a case: {@code verdict} is the class counted in the report; {@code agree}
     * whether both runtimes did the same and as the generator expected.
     */
    record Outcome(String verdict, boolean agree, Side dovetail, Side wasmtime, byte[] wasm) {}

    private final WasmtimeDriver wasmtime;
    private final Dovetail interpreter = new Dovetail(false);
    private Dovetail compiler;

    Differ(WasmtimeDriver wasmtime) {
        this.wasmtime = wasmtime;
    }

    Outcome compare(FuzzCases.Case c, boolean useCompiler) throws IOException {
        byte[] wasm;
        try {
            wasm = ComponentWat.toBytes(c.wat());
        } catch (DovetailException e) {
            Side d = new Side("encode", null, e.getMessage(), List.of());
            return new Outcome("Dovetail cannot encode", false, d, null, null);
        }
        Side d = dovetail(useCompiler).run(wasm, c);
        WasmtimeDriver.Answer a = wasmtime.run(wasm, ValueText.json(c.type(), c.value()));
        Side w = new Side(a.status(), a.result(), a.message(), a.seen(), a.again());
        return new Outcome(verdict(c, d, w), agrees(c, d, w), d, w, wasm);
    }

    private Dovetail dovetail(boolean useCompiler) {
        if (!useCompiler) {
            return interpreter;
        }
        if (compiler == null) {
            compiler = new Dovetail(true);
        }
        return compiler;
    }

    private static boolean agrees(FuzzCases.Case c, Side d, Side w) {
        if (!d.status().equals(w.status()) || !d.seen().equals(w.seen())) {
            return false;
        }
        return switch (d.status()) {
            case "ok" ->
                    d.result().equals(w.result())
                            && (!c.returnsValue()
                                    || d.result().equals(ValueText.canonical(c.type(), c.value())))
                            && (c.expectedTraps().isEmpty() || c.mayPass());
            case "trap" ->
                    d.trapClass().equals(w.trapClass()) && d.againClass().equals(w.againClass());
            default -> false;
        };
    }

    private static String verdict(FuzzCases.Case c, Side d, Side w) {
        if (d.status().equals("trap") && w.status().equals("trap")) {
            String dc = d.trapClass();
            String wc = w.trapClass();
            return dc.equals(wc)
                    ? "trap: " + dc
                    : "trap class: Dovetail " + dc + ", Wasmtime " + wc;
        }
        if (d.status().equals("ok") && w.status().equals("ok")) {
            if (!d.result().equals(w.result())) {
                return "result value";
            }
            if (!d.seen().equals(w.seen())) {
                return "host import argument";
            }
            if (c.returnsValue() && !d.result().equals(ValueText.canonical(c.type(), c.value()))) {
                return "both return another value";
            }
            if (!c.expectedTraps().isEmpty() && !c.mayPass()) {
                return "neither traps";
            }
            return "ok";
        }
        if (d.status().equals("ok") && w.status().equals("trap")) {
            return "only Wasmtime traps: " + w.trapClass();
        }
        if (d.status().equals("trap") && w.status().equals("ok")) {
            return "only Dovetail traps: " + d.trapClass();
        }
        return "Dovetail " + d.status() + ", Wasmtime " + w.status();
    }

    /**
     * Dovetail's side: one engine, a linker with the host resource {@code r} and import {@code f}.
     */
    private static final class Dovetail {
        final Engine engine;
        final Linker<List<Val>> linker;
        final ResourceType res;

        Dovetail(boolean compiler) {
            engine = Engine.builder().compiler(compiler).build();
            linker = new Linker<>(engine);
            res = linker.root().resource("r", (store, rep) -> {});
            linker.root()
                    .funcNew(
                            "f",
                            (store, type, params) -> {
                                store.data().add(params.get(0));
                                return params.get(0);
                            });
        }

        Side run(byte[] wasm, FuzzCases.Case c) {
            List<Val> seenVals = new ArrayList<>();
            Component component;
            try {
                component = Component.fromBytes(engine, wasm);
            } catch (DovetailException e) {
                return new Side("compile", null, e.getMessage(), List.of());
            }
            Store<List<Val>> store = new Store<>(engine, seenVals);
            Instance instance;
            try {
                instance = linker.instantiate(store, component);
            } catch (DovetailException e) {
                return new Side("instantiate", null, e.getMessage(), List.of());
            }
            ValType t = c.type();
            try {
                Val out = instance.getFunc("g").call(store, FuzzCases.materialize(c.value(), res));
                return new Side("ok", ValueText.canonical(t, out), null, seen(t, seenVals));
            } catch (Trap e) {
                List<String> seen = seen(t, seenVals);
                return new Side("trap", null, e.getMessage(), seen, callAgain(store, instance, c));
            }
        }

        private String callAgain(Store<List<Val>> store, Instance instance, FuzzCases.Case c) {
            try {
                instance.getFunc("g").call(store, FuzzCases.materialize(c.value(), res));
                return "ok";
            } catch (Trap e) {
                return e.getMessage();
            }
        }

        private static List<String> seen(ValType t, List<Val> vals) {
            return vals.stream().map(v -> ValueText.canonical(t, v)).toList();
        }
    }
}
