package dev.dovetail.examples;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.PrintStream;
import java.util.List;

/**
 * Records and variants with dynamic values: a variant argument flattens to a discriminant and
 * joined payload slots; a record result of two {@code f64}s comes back through memory.
 */
public final class RecordsAndVariants {
    private RecordsAndVariants() {}

    public static void run(PrintStream out) {
        Engine engine = Engine.create();
        Component component = Examples.component(engine, "shapes.wat");
        out.println(component.componentType());

        Store<Void> store = new Store<>(engine, null);
        Instance instance = new Linker<Void>(engine).instantiate(store, component);
        Val rect = Val.record(Val.field("w", Val.f64(3)), Val.field("h", Val.f64(4)));
        List<Val> shapes =
                List.of(
                        new Val.Variant("circle", Val.f64(1)),
                        new Val.Variant("rect", rect),
                        new Val.Variant("empty", null));
        for (Val shape : shapes) {
            out.println(
                    shape
                            + ": area "
                            + instance.getFunc("area").call(store, shape)
                            + ", bounds "
                            + instance.getFunc("bounds").call(store, shape));
        }
    }

    public static void main(String[] args) {
        run(System.out);
    }
}
