package dev.dovetail.format.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The type of a component: its imports and exports, by name, in order. {@link #toString()} prints a
 * WIT-like world.
 */
public record ComponentType(
        Map<String, ComponentItem> imports, Map<String, ComponentItem> exports) {
    public ComponentType {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("world {");
        imports.forEach(
                (n, t) -> {
                    sb.append('\n');
                    ComponentItem.print(sb, "  ", "import", n, t);
                });
        exports.forEach(
                (n, t) -> {
                    sb.append('\n');
                    ComponentItem.print(sb, "  ", "export", n, t);
                });
        return sb.append("\n}").toString();
    }
}
