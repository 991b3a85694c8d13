package dev.dovetail.format.model;

import java.util.Objects;

/** {@code externtype}: the type of an import or export. */
public sealed interface ExternType {
    /** {@code 0x00 0x11}: {@code (core module (type i))}, {@code i} a core type index. */
    record CoreModule(long coreType) implements ExternType {}

    /** {@code 0x01}: {@code (func (type i))}. */
    record Func(long type) implements ExternType {}

    /** {@code 0x02}: {@code (value b)}. */
    record Value(ValueBound bound) implements ExternType {
        public Value {
            Objects.requireNonNull(bound, "bound");
        }
    }

    /** {@code 0x03}: {@code (type b)}. */
    record Type(TypeBound bound) implements ExternType {
        public Type {
            Objects.requireNonNull(bound, "bound");
        }
    }

    /** {@code 0x04}: {@code (component (type i))}. */
    record Component(long type) implements ExternType {}

    /** {@code 0x05}: {@code (instance (type i))}. */
    record Instance(long type) implements ExternType {}

    /** {@code typebound}. */
    sealed interface TypeBound {}

    /** {@code 0x00}: {@code (eq i)}. */
    record Eq(long type) implements TypeBound {}

    /** {@code 0x01}: {@code (sub resource)}. */
    record SubResource() implements TypeBound {}

    /** {@code valuebound}. */
    sealed interface ValueBound {}

    /** {@code 0x00}: {@code (eq i)} of a value index. */
    record ValueEq(long value) implements ValueBound {}

    /** {@code 0x01}: a value type. */
    record ValueOfType(ValType type) implements ValueBound {
        public ValueOfType {
            Objects.requireNonNull(type, "type");
        }
    }
}
