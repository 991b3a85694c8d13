package dev.dovetail.examples;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Hello world: a component imports a host {@code log} function and exports {@code greet}. The host
 * keeps what the guest logs in its store state.
 */
public final class HelloWorld {
    private HelloWorld() {}

    public static void run(PrintStream out) {
        Engine engine = Engine.create();
        Component component = Examples.component(engine, "hello.wat");

        Linker<List<String>> linker = new Linker<>(engine);
        linker.root()
                .funcNew(
                        "log",
                        (store, type, params) -> {
                            store.data().add(((Val.Str) params.get(0)).value());
                            return null;
                        });

        Store<List<String>> store = new Store<>(engine, new ArrayList<>());
        Instance instance = linker.instantiate(store, component);
        Func greet = instance.getFunc("greet");
        out.println("greet: " + greet.type());
        for (String name : List.of("world", "Jörð", "世界")) {
            Val result = greet.call(store, Val.str(name));
            out.println("greet(\"" + name + "\") = " + result);
        }
        out.println("the guest logged: " + store.data());
    }

    public static void main(String[] args) {
        run(System.out);
    }
}
