package dev.dovetail.format.types;

import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.Limits;
import java.util.Objects;

/** The type of a core definition that can be imported or exported by a core module or instance. */
public sealed interface CoreExtern {
    /** A core function. */
    record Func(CoreFuncType type) implements CoreExtern {
        public Func {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return type.toString();
        }
    }

    /** A table of {@code element} references. */
    record Table(CoreValType.Ref element, Limits limits) implements CoreExtern {
        public Table {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(limits, "limits");
        }

        @Override
        public String toString() {
            return "(table " + CoreTypes.limits(limits) + " " + element + ")";
        }
    }

    /** A linear memory. */
    record Memory(Limits limits) implements CoreExtern {
        public Memory {
            Objects.requireNonNull(limits, "limits");
        }

        @Override
        public String toString() {
            return "(memory " + CoreTypes.limits(limits) + ")";
        }
    }

    /** A global. */
    record Global(CoreValType type, boolean mutable) implements CoreExtern {
        public Global {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return "(global " + (mutable ? "(mut " + type + ")" : type.toString()) + ")";
        }
    }

    /** An exception tag with the parameters of {@code type}. */
    record Tag(CoreFuncType type) implements CoreExtern {
        public Tag {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return "(tag " + type + ")";
        }
    }

    /** A short description of the kind: {@code func}, {@code table}, ... */
    default String kind() {
        if (this instanceof Func) {
            return "func";
        }
        if (this instanceof Table) {
            return "table";
        }
        if (this instanceof Memory) {
            return "memory";
        }
        if (this instanceof Global) {
            return "global";
        }
        if (this instanceof Tag) {
            return "tag";
        }
        throw new IllegalStateException("unreachable: unexpected variant");
    }
}
