package dev.dovetail.runtime;

import java.util.Objects;

/**
 * Host definitions by name, used to satisfy a component's imports: functions, instances (WIT
 * interfaces) and resource types. Build it once and use it to {@link #instantiatePre} any number of
 * components.
 */
public final class Linker<T> {
    private final Engine engine;
    private final LinkerInstance<T> root;
    private boolean allowShadowing;

    public Linker(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.root = new LinkerInstance<>(this, "");
    }

    public Engine engine() {
        return engine;
    }

    /** The root namespace, for imports that are not inside an instance. */
    public LinkerInstance<T> root() {
        return root;
    }

    /** Shorthand for {@code root().instance(name)}. */
    public LinkerInstance<T> instance(String name) {
        return root.instance(name);
    }

    /** Whether a later definition may replace an earlier one of the same name (default no). */
    public Linker<T> allowShadowing(boolean allow) {
        this.allowShadowing = allow;
        return this;
    }

    boolean shadowingAllowed() {
        return allowShadowing;
    }

    /**
     * Defines every import of {@code component} that this linker does not define yet as a stub:
     * functions that trap when called, empty-handed instances of such functions, and fresh resource
     * types. Useful to load a component whose imports are never used.
     */
    public Linker<T> defineUnknownImportsAsTraps(Component component) {
        Imports.defineTraps(this, component);
        return this;
    }

    /**
     * Resolves and type-checks {@code component}'s imports against this linker once; the result
     * instantiates cheaply, as often as needed.
     *
     * @throws UnlinkableException naming the first import that is missing or has the wrong type
     */
    public InstancePre<T> instantiatePre(Component component) {
        return new InstancePre<>(component, Imports.resolve(this, component));
    }

    /** {@code instantiatePre(component).instantiate(store)}. */
    public Instance instantiate(Store<T> store, Component component) {
        return instantiatePre(component).instantiate(store);
    }
}
