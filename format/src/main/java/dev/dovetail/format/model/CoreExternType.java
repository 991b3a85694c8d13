package dev.dovetail.format.model;

import java.util.Objects;

/** A core {@code externtype} as found in module type imports and exports. */
public sealed interface CoreExternType {
    /** {@code 0x00}: a function of core type {@code type}. */
    record Func(long type) implements CoreExternType {}

    /** {@code 0x01}: a table. */
    record Table(CoreValType.Ref element, Limits limits) implements CoreExternType {
        public Table {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(limits, "limits");
        }
    }

    /** {@code 0x02}: a memory. */
    record Memory(Limits limits) implements CoreExternType {
        public Memory {
            Objects.requireNonNull(limits, "limits");
        }
    }

    /** {@code 0x03}: a global. */
    record Global(CoreValType type, boolean mutable) implements CoreExternType {
        public Global {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x04}: an exception tag of function type {@code type}. */
    record Tag(long type) implements CoreExternType {}
}
