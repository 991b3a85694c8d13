package dev.dovetail.runtime;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.internal.exec.RtItem;
import java.util.Set;
import java.util.TreeSet;

/** An instantiated component: look up its exports. Belongs to one {@link Store}. */
public final class Instance {
    private final Store<?> store;
    private final RtItem.Inst root;

    Instance(Store<?> store, RtItem.Inst root) {
        this.store = store;
        this.root = root;
    }

    /** Names of the top-level exports. */
    public Set<String> exportNames() {
        return new TreeSet<>(root.exports().keySet());
    }

    /**
     * The exported function {@code name}. A function inside an exported instance is named {@code
     * instance#function}, e.g. {@code ns:pkg/iface@1.0.0#get}.
     *
     * @throws IllegalArgumentException if there is no such function, listing what exists
     */
    public Func getFunc(String name) {
        int hash = name.lastIndexOf('#');
        if (hash >= 0) {
            return getFunc(name.substring(0, hash), name.substring(hash + 1));
        }
        return func(root, name, "");
    }

    /** The function {@code func} exported by the exported instance {@code instance}. */
    public Func getFunc(String instance, String func) {
        RtItem i = root.exports().get(instance);
        if (!(i instanceof RtItem.Inst inst)) {
            throw new IllegalArgumentException(
                    "no exported instance `" + instance + "`; exports are " + exportNames());
        }
        return func(inst, func, instance + "#");
    }

    private Func func(RtItem.Inst inst, String name, String prefix) {
        RtItem item = inst.exports().get(name);
        if (item instanceof RtItem.Func f) {
            return new Func(store, f.func(), prefix + name);
        }
        Set<String> funcs = new TreeSet<>();
        inst.exports()
                .forEach(
                        (n, it) -> {
                            if (it instanceof RtItem.Func) {
                                funcs.add(prefix + n);
                            }
                        });
        throw new IllegalArgumentException(
                (item == null ? "no export named `" : "export is not a function: `")
                        + prefix
                        + name
                        + "`; exported functions are "
                        + funcs);
    }

    /** The exported resource type {@code name}, to recognise handles of it. */
    public ResourceType getResource(String name) {
        int hash = name.lastIndexOf('#');
        RtItem.Inst inst = root;
        String local = name;
        if (hash >= 0) {
            RtItem i = root.exports().get(name.substring(0, hash));
            if (!(i instanceof RtItem.Inst in)) {
                throw new IllegalArgumentException(
                        "no exported instance `" + name.substring(0, hash) + "`");
            }
            inst = in;
            local = name.substring(hash + 1);
        }
        if (inst.exports().get(local) instanceof RtItem.Resource r) {
            return r.type();
        }
        throw new IllegalArgumentException("no exported resource type `" + name + "`");
    }

    RtItem.Inst root() {
        return root;
    }

    Store<?> store() {
        return store;
    }
}
