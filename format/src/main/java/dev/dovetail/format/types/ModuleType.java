package dev.dovetail.format.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The type of a core module: its imports (in order) and its exports by name. */
public record ModuleType(List<Import> imports, Map<String, CoreExtern> exports) {
    /** A core import: module name, field name and type. */
    public record Import(String module, String name, CoreExtern type) {
        public Import {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return "(import \"" + module + "\" \"" + name + "\" " + type + ")";
        }
    }

    public ModuleType {
        imports = List.copyOf(imports);
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    /** The import named {@code module}/{@code name}, or null. */
    public CoreExtern findImport(String module, String name) {
        for (Import i : imports) {
            if (i.module().equals(module) && i.name().equals(name)) {
                return i.type();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(core module");
        for (Import i : imports) {
            sb.append("\n  ").append(i);
        }
        exports.forEach(
                (n, t) ->
                        sb.append("\n  (export \"").append(n).append("\" ").append(t).append(')'));
        return sb.append(')').toString();
    }
}
