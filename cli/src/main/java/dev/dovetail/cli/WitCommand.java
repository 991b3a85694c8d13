package dev.dovetail.cli;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.wit.component.ComponentWit;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dovetail wit <component>}. */
@Command(
        name = "wit",
        mixinStandardHelpOptions = true,
        description = "Prints a component's imports and exports as a WIT world.")
final class WitCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<component>",
            description = "A component binary (.wasm) or component text (.wat).")
    Path component;

    @Override
    public Integer call() {
        Engine engine = Engine.builder().interpreter().build(); // nothing runs
        Component c = ComponentLoader.load(engine, component);
        spec.commandLine().getOut().print(ComponentWit.print(c.componentType(), "root"));
        return ExitCode.OK;
    }
}
