package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.validate.ComponentTypeInfo;
import dev.dovetail.runtime.internal.core.CompiledModule;
import java.util.Map;

/** A component-level definition at run time: what fills the component index spaces. */
public sealed interface RuntimeItem {
    /** A component instance: its exports by name. */
    record Instance(Map<String, RuntimeItem> exports, String[] names, RuntimeItem[] items)
            implements RuntimeItem {
        /** The exports in definition order, also kept as arrays for lookups by position. */
        public Instance(Map<String, RuntimeItem> exports) {
            this(
                    java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports)),
                    exports.keySet().toArray(new String[0]),
                    exports.values().toArray(new RuntimeItem[0]));
        }

        /** The export at {@code position} if it is named {@code name}, else by name. */
        public RuntimeItem at(int position, String name) {
            if (position >= 0 && position < names.length && names[position].equals(name)) {
                return items[position];
            }
            return exports.get(name);
        }
    }

    /** A component not yet instantiated, with the scope its outer aliases refer to. */
    record Component(ComponentModel model, ComponentTypeInfo info, Scope enclosing)
            implements RuntimeItem {}

    /** A core module. */
    record Module(CompiledModule module) implements RuntimeItem {}

    /** A resource type (the run-time identity). */
    record Resource(ResourceType type) implements RuntimeItem {}

    /** A value type: nothing exists at run time beyond the type. */
    record Type(ValType type) implements RuntimeItem {}

    /** A component function. */
    record Func(RuntimeFunc func) implements RuntimeItem {}
}
