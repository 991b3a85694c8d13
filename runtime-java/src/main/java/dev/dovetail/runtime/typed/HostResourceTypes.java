package dev.dovetail.runtime.typed;

import dev.dovetail.abi.type.ResourceType;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The Java type each host-defined resource type represents, recorded by {@link
 * dev.dovetail.runtime.LinkerInstance#resource(String, Class, java.util.function.BiConsumer)} and
 * checked when a {@code Resource<T>} crosses the boundary. Resource types compare by identity.
 */
public final class HostResourceTypes {
    private static final Map<ResourceType, Class<?>> TYPES = new WeakHashMap<>();

    private HostResourceTypes() {}

    public static synchronized void register(ResourceType type, Class<?> javaType) {
        TYPES.put(type, javaType);
    }

    /** The Java type registered for {@code type}, or {@code null}. */
    public static synchronized Class<?> javaType(ResourceType type) {
        return TYPES.get(type);
    }
}
