package dev.dovetail.runtime;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.runtime.internal.state.DefinedResourceType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A namespace of host definitions in a {@link Linker}: the root, or an instance that satisfies an
 * instance import such as {@code wasi:cli/stdout@0.2.0}.
 */
public final class LinkerInstance<T> {
    /** A host definition. */
    sealed interface Definition
            permits Definition.Func,
                    Definition.Typed,
                    Definition.Nested,
                    Definition.Resource,
                    Definition.Trap,
                    Definition.Live,
                    Definition.Module {
        record Func<T>(HostFunction<T> function) implements Definition {}

        /** A host function over Java types. */
        record Typed<T>(TypedHost<T> host) implements Definition {}

        record Nested<T>(LinkerInstance<T> instance) implements Definition {}

        record Resource(DefinedResourceType type) implements Definition {}

        /** A core module for a {@code core module} import. */
        record Module(
                dev.dovetail.runtime.internal.core.CompiledModule module,
                dev.dovetail.format.types.ModuleType type)
                implements Definition {}

        /** The exports of a live instance (in one store), linked into another component. */
        record Live(Instance instance) implements Definition {}

        /** Stands in for an unknown import: any use traps. */
        record Trap(String name) implements Definition {}
    }

    private final Linker<T> linker;
    private final String path;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    LinkerInstance(Linker<T> linker, String path) {
        this.linker = linker;
        this.path = path;
    }

    private void define(String name, Definition d) {
        Objects.requireNonNull(name, "name");
        if (definitions.containsKey(name) && !linker.shadowingAllowed()) {
            throw new IllegalArgumentException(
                    "`"
                            + qualified(name)
                            + "` is already defined; call allowShadowing(true) to"
                            + " replace definitions");
        }
        definitions.put(name, d);
    }

    String qualified(String name) {
        return path.isEmpty() ? name : path + "#" + name;
    }

    /**
     * Defines a host function that takes and returns dynamic {@link dev.dovetail.abi.Val}s. Its
     * type is whatever the importing component declares; values are checked against it.
     */
    public LinkerInstance<T> funcNew(String name, HostFunction<T> function) {
        define(name, new Definition.Func<>(Objects.requireNonNull(function, "function")));
        return this;
    }

    /**
     * Defines {@code name} as the exports of an already instantiated component, so that another
     * component importing an instance {@code name} is linked directly to it. Both must be
     * instantiated in the same store.
     */
    public LinkerInstance<T> instance(String name, Instance instance) {
        define(name, new Definition.Live(Objects.requireNonNull(instance, "instance")));
        return this;
    }

    /**
     * Defines a host function over Java values of any arity: {@code args} holds one Java value per
     * parameter. The signature is checked against the component's import type at {@link
     * Linker#instantiatePre}; see {@link TypedHostFunction}.
     */
    public LinkerInstance<T> funcArgs(
            String name, Signature<?> signature, TypedHostFunction<T> function) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(function, "function");
        define(name, new Definition.Typed<>(new TypedHost<>(signature, function)));
        return this;
    }

    /** A typed host function of no parameters: {@code store -> ...}. */
    public <R> LinkerInstance<T> func(
            String name, Signature.S0<R> signature, TypedHostFunction.F0<T, R> f) {
        Objects.requireNonNull(f, "function");
        return funcArgs(name, signature, (store, a) -> f.call(store));
    }

    /** A typed host function of one parameter: {@code (store, a) -> ...}. */
    @SuppressWarnings("unchecked")
    public <A, R> LinkerInstance<T> func(
            String name, Signature.S1<A, R> signature, TypedHostFunction.F1<T, A, R> f) {
        Objects.requireNonNull(f, "function");
        return funcArgs(name, signature, (store, a) -> f.call(store, (A) a[0]));
    }

    /** A typed host function of two parameters: {@code (store, a, b) -> ...}. */
    @SuppressWarnings("unchecked")
    public <A, B, R> LinkerInstance<T> func(
            String name, Signature.S2<A, B, R> signature, TypedHostFunction.F2<T, A, B, R> f) {
        Objects.requireNonNull(f, "function");
        return funcArgs(name, signature, (store, a) -> f.call(store, (A) a[0], (B) a[1]));
    }

    /** A typed host function of three parameters. */
    @SuppressWarnings("unchecked")
    public <A, B, C, R> LinkerInstance<T> func(
            String name,
            Signature.S3<A, B, C, R> signature,
            TypedHostFunction.F3<T, A, B, C, R> f) {
        Objects.requireNonNull(f, "function");
        return funcArgs(name, signature, (store, a) -> f.call(store, (A) a[0], (B) a[1], (C) a[2]));
    }

    /** A typed host function of four parameters. */
    @SuppressWarnings("unchecked")
    public <A, B, C, D, R> LinkerInstance<T> func(
            String name,
            Signature.S4<A, B, C, D, R> signature,
            TypedHostFunction.F4<T, A, B, C, D, R> f) {
        Objects.requireNonNull(f, "function");
        return funcArgs(
                name,
                signature,
                (store, a) -> f.call(store, (A) a[0], (B) a[1], (C) a[2], (D) a[3]));
    }

    /**
     * Defines a core module (a binary, validated and compiled now) for a component's {@code core
     * module} import {@code name}. At {@link Linker#instantiatePre} its exports must cover the ones
     * the import declares, and its imports must be among the ones the import allows.
     *
     * @throws InvalidComponentException if the bytes are not a valid core module
     * @throws MalformedComponentException if they are not a well-formed one
     */
    public LinkerInstance<T> module(String name, byte[] coreModule) {
        if (dev.dovetail.format.binary.ComponentDecoder.detect(coreModule)
                != dev.dovetail.format.binary.BinaryKind.CORE_MODULE) {
            throw new InvalidComponentException("`" + qualified(name) + "` is not a core module");
        }
        dev.dovetail.format.binary.CoreModuleCheck.CHICORY.check(coreModule, 0);
        var compiled =
                dev.dovetail.runtime.internal.core.CompiledModule.of(
                        coreModule, linker.engine().usesCompiler());
        define(
                name,
                new Definition.Module(
                        compiled, dev.dovetail.format.validate.Validator.moduleType(coreModule)));
        return this;
    }

    /**
     * The nested instance {@code name}, created empty on first use, to satisfy an instance import.
     */
    @SuppressWarnings("unchecked")
    public LinkerInstance<T> instance(String name) {
        Definition d = definitions.get(name);
        if (d instanceof Definition.Nested<?> n) {
            return (LinkerInstance<T>) n.instance();
        }
        LinkerInstance<T> nested = new LinkerInstance<>(linker, qualified(name));
        define(name, new Definition.Nested<>(nested));
        return nested;
    }

    /**
     * Defines a host resource type {@code name}. Guests see handles whose representation is the
     * {@code u32} the host chooses; {@code destructor} runs (with the store and the representation)
     * when a guest drops an owned handle. Returns the resource type, to compare with {@link
     * ResourceAny#type()}.
     */
    public dev.dovetail.abi.type.ResourceType resource(
            String name, BiConsumer<Store<T>, Integer> destructor) {
        Objects.requireNonNull(destructor, "destructor");
        DefinedResourceType type =
                new DefinedResourceType(
                        qualified(name),
                        null,
                        (store, caller, rep) -> runDestructor(destructor, store, rep));
        define(name, new Definition.Resource(type));
        return type;
    }

    /**
     * Defines a host resource type {@code name} whose host representation is a {@code javaType}
     * (kept, for example, in a {@link ResourceTable}), so that typed functions can pass its handles
     * as {@link Resource}{@code <javaType>}. Otherwise as {@link #resource(String, BiConsumer)}.
     */
    public dev.dovetail.abi.type.ResourceType resource(
            String name, Class<?> javaType, BiConsumer<Store<T>, Integer> destructor) {
        Objects.requireNonNull(javaType, "javaType");
        dev.dovetail.abi.type.ResourceType type = resource(name, destructor);
        dev.dovetail.runtime.typed.HostResourceTypes.register(type, javaType);
        return type;
    }

    /**
     * Defines {@code name} as the host resource type {@code type}, defined earlier by {@link
     * #resource(String, BiConsumer)} in any instance of this linker: the host side of a WIT {@code
     * use}. An interface that uses another's resource (WASI's {@code streams} uses {@code
     * error.error}) is imported with that resource as an export bound by {@code (eq ...)}, and must
     * be given the same type, not a new one.
     *
     * @throws IllegalArgumentException if {@code type} was not defined by the host
     */
    public LinkerInstance<T> resource(String name, dev.dovetail.abi.type.ResourceType type) {
        Objects.requireNonNull(type, "type");
        if (!(type instanceof DefinedResourceType d) || d.impl() != null) {
            throw new IllegalArgumentException(
                    "resource type `" + type + "` is not defined by the host");
        }
        define(name, new Definition.Resource(d));
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <T> void runDestructor(
            BiConsumer<Store<T>, Integer> destructor, Store<?> store, int rep) {
        destructor.accept((Store<T>) store, rep);
    }

    Definition get(String name) {
        Definition d = definitions.get(name);
        return d != null ? d : Versions.lookupCompatible(definitions, name);
    }

    void defineTrap(String name) {
        definitions.putIfAbsent(name, new Definition.Trap(qualified(name)));
    }

    String path() {
        return path;
    }
}
