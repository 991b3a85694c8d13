package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.validate.ComponentTypeInfo;
import dev.dovetail.runtime.internal.core.CompiledModule;
import java.util.Map;

/** A component-level definition at run time: what fills the component index spaces. */
public sealed interface RtItem {
    /** A component instance: its exports by name. */
    record Inst(Map<String, RtItem> exports, String[] names, RtItem[] items) implements RtItem {
        /** The exports in definition order, also kept as arrays for lookups by position. */
        public Inst(Map<String, RtItem> exports) {
            this(
                    java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports)),
                    exports.keySet().toArray(new String[0]),
                    exports.values().toArray(new RtItem[0]));
        }

        /** The export at {@code position} if it is named {@code name}, else by name. */
        public RtItem at(int position, String name) {
            if (position >= 0 && position < names.length && names[position].equals(name)) {
                return items[position];
            }
            return exports.get(name);
        }
    }

    /** A component not yet instantiated, with the scope its outer aliases refer to. */
    record Comp(ComponentModel model, ComponentTypeInfo info, Scope enclosing) implements RtItem {}

    /** A core module. */
    record Module(CompiledModule module) implements RtItem {}

    /** A resource type (the run-time identity). */
    record Resource(ResourceType type) implements RtItem {}

    /** A value type: nothing exists at run time beyond the type. */
    record Type(ValType type) implements RtItem {}

    /** A component function. */
    record Func(RtFunc func) implements RtItem {}
}
