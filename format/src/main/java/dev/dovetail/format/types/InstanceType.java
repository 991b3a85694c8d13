package dev.dovetail.format.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type of a component instance: its exports, by name, in order. */
public record InstanceType(Map<String, ComponentItem> exports) {
    public InstanceType {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("interface {");
        exports.forEach(
                (n, t) -> {
                    sb.append('\n');
                    ComponentItem.print(sb, "  ", "export", n, t);
                });
        return sb.append("\n}").toString();
    }
}
