package dev.dovetail.wit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An elaborated world: includes are merged in, and every interface an item depends on is imported
 * explicitly. docs may be null.
 */
public record World(
        String name,
        Map<WorldKey, WorldItem> imports,
        Map<WorldKey, WorldItem> exports,
        String docs,
        Stability stability,
        int packageIndex) {

    public World {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }
}
