package dev.dovetail.format.model;

import java.util.List;

/** {@code instancetype} ({@code 0x42}): the declarators of an instance type. */
public record InstanceType(List<InstanceDecl> decls) implements DefType {
    public InstanceType {
        decls = List.copyOf(decls);
    }
}
