package dev.dovetail.format.model;

import java.util.List;

/** {@code componenttype} ({@code 0x41}): the declarators of a component type. */
public record ComponentType(List<ComponentDecl> decls) implements DefType {
    public ComponentType {
        decls = List.copyOf(decls);
    }
}
