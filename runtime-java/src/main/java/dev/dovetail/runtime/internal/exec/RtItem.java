package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.internal.core.CompiledModule;
import dev.dovetail.runtime.model.ComponentModel;
import dev.dovetail.runtime.validate.ComponentTypeInfo;
import java.util.Map;

/** A component-level definition at run time: what fills the component index spaces. */
public sealed interface RtItem {
    /** A component instance: its exports by name. */
    record Inst(Map<String, RtItem> exports) implements RtItem {
        public Inst {
            exports = Map.copyOf(exports);
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
