package dev.dovetail.wit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An interface: named types (name to index into {@link Resolve#types()}) and functions, in
 * declaration order. name is null for an interface written inline in a world; docs may be null.
 */
public record Interface(
        String name,
        Map<String, Integer> types,
        Map<String, Function> functions,
        String docs,
        Stability stability,
        int packageIndex) {

    public Interface {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }
}
