package dev.dovetail.format.model;

import java.util.Objects;

/** {@code componentdecl}: an {@link InstanceDecl} or an import declarator. */
public sealed interface ComponentDecl permits InstanceDecl, ComponentDecl.Import {
    /** {@code 0x03}: {@code (import na et)}. */
    record Import(ExternName name, ExternType type) implements ComponentDecl {
        public Import {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
