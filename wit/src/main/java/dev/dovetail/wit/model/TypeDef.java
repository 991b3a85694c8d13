package dev.dovetail.wit.model;

/**
 * A type definition: named (declared in an interface or world) or anonymous (a {@code list<u8>}
 * written inline). Docs may be null.
 */
public record TypeDef(
        String name, TypeDefKind kind, TypeOwner owner, String docs, Stability stability) {}
