package dev.dovetail.runtime;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.internal.exec.RuntimeItem;
import java.util.Set;
import java.util.TreeSet;

/** An instantiated component: look up its exports. Belongs to one {@link Store}. */
public final class Instance {
    private final Store<?> store;
    private final RuntimeItem.Instance root;
    private final Component component;

    Instance(Store<?> store, RuntimeItem.Instance root, Component component) {
        this.store = store;
        this.root = root;
        this.component = component;
    }

    /**
     * The function at an index resolved once with {@link Component#exportIndex}: no name lookup.
     *
     * @throws IllegalArgumentException if the index belongs to another component or does not name a
     *     function
     */
    public Func getFunc(ExportIndex index) {
        if (index.component() != component) {
            throw new IllegalArgumentException(index + " belongs to another component");
        }
        String[] names = index.names();
        int[] positions = index.positions();
        RuntimeItem item = root;
        for (int i = 0; i < names.length; i++) {
            if (!(item instanceof RuntimeItem.Instance inst)) {
                item = null;
                break;
            }
            item = inst.at(positions[i], names[i]);
        }
        if (item instanceof RuntimeItem.Func f) {
            return new Func(store, f.func(), String.join("#", names));
        }
        throw new IllegalArgumentException(index + " is not an exported function");
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

    /**
     * The exported function {@code name} (as in {@link #getFunc(String)}) with Java types, checked
     * now against {@code signature}; see {@link TypedFunc}.
     *
     * @throws IllegalArgumentException if there is no such function or the types do not match,
     *     naming both types
     */
    public <R> TypedFunc<R> getTypedFunc(String name, Signature<R> signature) {
        Func f = getFunc(name);
        return TypedFunc.of(store, f.runtimeFunc(), f.name(), signature);
    }

    /** {@link #getTypedFunc(String, Signature)} called as {@code f.call(store)}. */
    public <R> TypedFunc.Func0<R> getTypedFunc(String name, Signature.S0<R> signature) {
        return getTypedFunc(name, (Signature<R>) signature).func0();
    }

    /** {@link #getTypedFunc(String, Signature)} called as {@code f.call(store, a)}. */
    public <A, R> TypedFunc.Func1<A, R> getTypedFunc(String name, Signature.S1<A, R> signature) {
        return getTypedFunc(name, (Signature<R>) signature).func1();
    }

    /** {@link #getTypedFunc(String, Signature)} called as {@code f.call(store, a, b)}. */
    public <A, B, R> TypedFunc.Func2<A, B, R> getTypedFunc(
            String name, Signature.S2<A, B, R> signature) {
        return getTypedFunc(name, (Signature<R>) signature).func2();
    }

    /** {@link #getTypedFunc(String, Signature)} called as {@code f.call(store, a, b, c)}. */
    public <A, B, C, R> TypedFunc.Func3<A, B, C, R> getTypedFunc(
            String name, Signature.S3<A, B, C, R> signature) {
        return getTypedFunc(name, (Signature<R>) signature).func3();
    }

    /** {@link #getTypedFunc(String, Signature)} called as {@code f.call(store, a, b, c, d)}. */
    public <A, B, C, D, R> TypedFunc.Func4<A, B, C, D, R> getTypedFunc(
            String name, Signature.S4<A, B, C, D, R> signature) {
        return getTypedFunc(name, (Signature<R>) signature).func4();
    }

    /** The function {@code func} exported by the exported instance {@code instance}. */
    public Func getFunc(String instance, String func) {
        RuntimeItem i = root.exports().get(instance);
        if (!(i instanceof RuntimeItem.Instance inst)) {
            throw new IllegalArgumentException(
                    "no exported instance `" + instance + "`; exports are " + exportNames());
        }
        return func(inst, func, instance + "#");
    }

    private Func func(RuntimeItem.Instance inst, String name, String prefix) {
        RuntimeItem item = inst.exports().get(name);
        if (item instanceof RuntimeItem.Func f) {
            return new Func(store, f.func(), prefix + name);
        }
        Set<String> funcs = new TreeSet<>();
        inst.exports()
                .forEach(
                        (n, it) -> {
                            if (it instanceof RuntimeItem.Func) {
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
        RuntimeItem.Instance inst = root;
        String local = name;
        if (hash >= 0) {
            RuntimeItem i = root.exports().get(name.substring(0, hash));
            if (!(i instanceof RuntimeItem.Instance in)) {
                throw new IllegalArgumentException(
                        "no exported instance `" + name.substring(0, hash) + "`");
            }
            inst = in;
            local = name.substring(hash + 1);
        }
        if (inst.exports().get(local) instanceof RuntimeItem.Resource r) {
            return r.type();
        }
        throw new IllegalArgumentException("no exported resource type `" + name + "`");
    }

    RuntimeItem.Instance root() {
        return root;
    }

    /** The store this instance lives in. */
    public Store<?> store() {
        return store;
    }
}
