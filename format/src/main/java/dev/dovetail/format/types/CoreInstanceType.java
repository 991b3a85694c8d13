package dev.dovetail.format.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type of a core instance: its exports by name, in order. */
public record CoreInstanceType(Map<String, CoreExtern> exports) {
    public CoreInstanceType {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(core instance");
        exports.forEach(
                (n, t) ->
                        sb.append("\n  (export \"").append(n).append("\" ").append(t).append(')'));
        return sb.append(')').toString();
    }
}
