package dev.dovetail.cli;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.cli.wave.Wave;
import dev.dovetail.cli.wave.WaveCall;
import dev.dovetail.cli.wave.WaveException;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.UnlinkableException;
import dev.dovetail.runtime.UnsupportedFeatureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Instantiation and WAVE calls, with every failure turned into a {@link CliException}. */
final class Invoker {
    private Invoker() {}

    /** Instantiates {@code component}, translating link failures and start traps. */
    static <T> Instance instantiate(Linker<T> linker, Store<T> store, Component component) {
        try {
            return linker.instantiate(store, component);
        } catch (UnlinkableException e) {
            throw new CliException(ExitCode.UNLINKABLE, e.getMessage(), e);
        } catch (Trap e) {
            throw new CliException(
                    ExitCode.TRAP, "the guest trapped while instantiating: " + e.getMessage(), e);
        } catch (UnsupportedFeatureException e) {
            throw new CliException(ExitCode.UNSUPPORTED, "not supported yet: " + e.getMessage(), e);
        } catch (InvalidComponentException e) {
            throw new CliException(ExitCode.BAD_COMPONENT, e.getMessage(), e);
        }
    }

    /** The imports of {@code component} that need a definition (type imports need none). */
    static List<String> importsNeedingDefinitions(Component component) {
        List<String> out = new ArrayList<>();
        component
                .componentType()
                .imports()
                .forEach(
                        (name, item) -> {
                            if (item instanceof ComponentItem.ComponentFunc f) {
                                out.add(name + ": " + WitPrinter.func(f.type()));
                            } else if (!(item instanceof ComponentItem.Type)) {
                                out.add(name + " (" + item.kind() + ")");
                            }
                        });
        return out;
    }

    /** Every exported function, with instance functions as {@code instance#func}. */
    static List<String> exportedFunctions(Component component) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, ComponentItem> e : component.componentType().exports().entrySet()) {
            if (e.getValue() instanceof ComponentItem.ComponentFunc) {
                out.add(e.getKey());
            } else if (e.getValue() instanceof ComponentItem.ComponentInstance i) {
                i.type()
                        .exports()
                        .forEach(
                                (n, item) -> {
                                    if (item instanceof ComponentItem.ComponentFunc) {
                                        out.add(e.getKey() + "#" + n);
                                    }
                                });
            }
        }
        return out;
    }

    /** The outcome of a call: its text, the result (or null) and its WAVE text (or null). */
    record Outcome(String call, Val result, String resultText) {}

    /** Parses {@code callText}, calls the function and prints the result as WAVE. */
    static Outcome call(Component component, Instance instance, Store<?> store, String callText) {
        WaveCall call = parseCall(callText);
        Func func;
        try {
            func = instance.getFunc(call.name());
        } catch (IllegalArgumentException e) {
            List<String> funcs = exportedFunctions(component);
            throw new CliException(
                    ExitCode.NO_EXPORT,
                    "no exported function `"
                            + call.name()
                            + "`; "
                            + (funcs.isEmpty()
                                    ? "the component exports no functions"
                                    : "exported functions are: " + String.join(", ", funcs)));
        }
        FuncType type = func.type();
        List<Val> args;
        try {
            args = call.arguments(type);
        } catch (WaveException e) {
            throw waveError(e, callText, WaveCall.signature(call.name(), type));
        }
        Val result;
        try {
            result = func.call(store, args.toArray(Val[]::new));
        } catch (Trap e) {
            throw new CliException(
                    ExitCode.TRAP,
                    "the guest trapped in `" + call.name() + "`: " + e.getMessage(),
                    e);
        } catch (UnsupportedFeatureException e) {
            throw new CliException(ExitCode.UNSUPPORTED, "not supported yet: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.ARG_TYPE, e.getMessage(), e);
        }
        String text = null;
        if (type.result() != null) {
            try {
                text = Wave.print(result, type.result());
            } catch (WaveException e) {
                throw new IllegalStateException(
                        "result does not match its type: " + e.getMessage(), e);
            }
        }
        return new Outcome(callText, result, text);
    }

    static WaveCall parseCall(String callText) {
        try {
            return WaveCall.parse(callText);
        } catch (WaveException e) {
            throw waveError(e, callText, null);
        }
    }

    /** A WAVE error with the offending line of the call and a caret under the position. */
    static CliException waveError(WaveException e, String text, String signature) {
        StringBuilder sb = new StringBuilder(e.getMessage());
        if (signature != null && e.kind() == WaveException.Kind.TYPE) {
            sb.append("\n  function: ").append(signature);
        }
        if (e.line() > 0) {
            String line = text.split("\n", -1)[e.line() - 1];
            sb.append("\n  ").append(line).append("\n  ");
            int col = 1;
            for (int i = 0; i < line.length() && col < e.column(); col++) {
                int cp = line.codePointAt(i);
                sb.append(cp == '\t' ? '\t' : ' ');
                i += Character.charCount(cp);
            }
            sb.append('^');
        }
        return new CliException(
                e.kind() == WaveException.Kind.SYNTAX ? ExitCode.WAVE_SYNTAX : ExitCode.ARG_TYPE,
                sb.toString(),
                e);
    }
}
