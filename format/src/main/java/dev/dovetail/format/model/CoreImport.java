package dev.dovetail.format.model;

import java.util.Objects;

/** A core {@code import}: module name, field name and extern type. */
public record CoreImport(String module, String name, CoreExternType type) {
    public CoreImport {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
