package dev.dovetail.wasi;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Resource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The WASI resource types of one linker, by their WIT name (unique across the WASI 0.2 interfaces):
 * each is defined once in its own interface and {@linkplain #use re-used} by the interfaces whose
 * WIT {@code use}s it, so that a stream from {@code wasi:cli/stdout} is the same type as one in
 * {@code wasi:io/streams}.
 */
public final class WasiResources<T> {
    private final Function<T, WasiCtx> view;
    private final Map<String, ResourceType> types = new HashMap<>();

    WasiResources(Function<T, WasiCtx> view) {
        this.view = view;
    }

    /** The context of a store's data. */
    public Function<T, WasiCtx> view() {
        return view;
    }

    /**
     * Defines resource {@code name} in {@code instance}, its host side a {@code javaType} in the
     * context's table; dropping a handle removes it from the table.
     */
    public void define(LinkerInstance<T> instance, String name, Class<?> javaType) {
        define(instance, name, javaType, value -> {});
    }

    /**
     * As {@link #define(LinkerInstance, String, Class)}, running {@code close} on the dropped
     * value.
     */
    public <V> void define(
            LinkerInstance<T> instance,
            String name,
            Class<V> javaType,
            java.util.function.Consumer<V> close) {
        types.put(
                name,
                instance.resource(
                        name,
                        javaType,
                        (store, rep) ->
                                close.accept(
                                        javaType.cast(
                                                view.apply(store.data())
                                                        .table()
                                                        .delete(Resource.newOwn(rep))))));
    }

    /** The resource type named {@code name} (e.g. {@code input-stream}), if WASI defines one. */
    public java.util.Optional<ResourceType> type(String name) {
        return java.util.Optional.ofNullable(types.get(name));
    }

    /** Defines {@code name} in {@code instance} as the resource type defined earlier. */
    public void use(LinkerInstance<T> instance, String name) {
        ResourceType type = types.get(name);
        if (type == null) {
            throw new IllegalStateException("resource `" + name + "` is used before it is defined");
        }
        instance.resource(name, type);
    }
}
