package dev.dovetail.format.model;

import java.util.Objects;

/** {@code core:moduledecl}: a declarator of a core module type. */
public sealed interface ModuleDecl {
    /** {@code 0x00}: an import. */
    record Import(CoreImport imp) implements ModuleDecl {
        public Import {
            Objects.requireNonNull(imp, "imp");
        }
    }

    /**
     * {@code 0x01}: a type. Module types cannot nest, so only rec groups occur here (and a
     * non-final sub type is written without the component-level {@code 0x00} prefix, as wasmparser
     * does).
     */
    record Type(CoreType.RecGroup type) implements ModuleDecl {
        public Type {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x02 0x10 0x01}: {@code (alias outer ct idx (type))}. */
    record OuterAlias(long count, long index) implements ModuleDecl {}

    /** {@code 0x03}: {@code (export n t)}. */
    record Export(String name, CoreExternType type) implements ModuleDecl {
        public Export {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
