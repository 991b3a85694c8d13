package dev.dovetail.format.model;

import java.util.Objects;

/** {@code instancedecl}: a declarator of an instance type (and of a component type). */
public sealed interface InstanceDecl extends ComponentDecl {
    /** {@code 0x00}: a core type. */
    record CoreTypeDecl(CoreType type) implements InstanceDecl {
        public CoreTypeDecl {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x01}: a type. */
    record TypeDecl(DefType type) implements InstanceDecl {
        public TypeDecl {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x02}: an alias. */
    record AliasDecl(Alias alias) implements InstanceDecl {
        public AliasDecl {
            Objects.requireNonNull(alias, "alias");
        }
    }

    /** {@code 0x04}: {@code (export na et)}. */
    record Export(ExternName name, ExternType type) implements InstanceDecl {
        public Export {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
