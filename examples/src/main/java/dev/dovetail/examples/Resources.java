package dev.dovetail.examples;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.Store;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A guest resource ({@code counter}, with a constructor, methods and a destructor) and a host
 * resource ({@code sink}, whose handles name host objects by representation).
 */
public final class Resources {
    private Resources() {}

    /** Host state: the sinks by representation, each collecting what the guest wrote. */
    record Sinks(Map<Integer, List<Long>> written) {}

    public static void run(PrintStream out) {
        Engine engine = Engine.create();
        Component component = Examples.component(engine, "resources.wat");

        Linker<Sinks> linker = new Linker<>(engine);
        ResourceType sink =
                linker.root()
                        .resource(
                                "sink",
                                (store, rep) -> out.println("host: sink " + rep + " dropped"));
        linker.root()
                .funcNew(
                        "[method]sink.write",
                        (store, type, params) -> {
                            ResourceAny self =
                                    (ResourceAny) ((Val.Resource) params.get(0)).handle();
                            long value = ((Val.U32) params.get(1)).longValue();
                            store.data().written().get(self.rep()).add(value);
                            return null;
                        });

        Store<Sinks> store = new Store<>(engine, new Sinks(new TreeMap<>()));
        Instance instance = linker.instantiate(store, component);

        Val counter = instance.getFunc("[constructor]counter").call(store, Val.u32(41));
        out.println("made " + ((Val.Resource) counter).handle());
        Val after = instance.getFunc("[method]counter.increment").call(store, counter);
        out.println("increment -> " + after);

        store.data().written().put(7, new ArrayList<>());
        ResourceAny mySink = new ResourceAny(sink, 7, true);
        instance.getFunc("[method]counter.flush").call(store, counter, new Val.Resource(mySink));
        out.println("sink 7 received " + store.data().written().get(7));

        ((ResourceAny) ((Val.Resource) counter).handle()).resourceDrop(store);
        out.println("guest destructor ran " + instance.getFunc("dropped").call(store) + " time(s)");
        mySink.resourceDrop(store);
    }

    public static void main(String[] args) {
        run(System.out);
    }
}
