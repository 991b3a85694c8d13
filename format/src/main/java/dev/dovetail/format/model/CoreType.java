package dev.dovetail.format.model;

import java.util.List;

/** A component-level {@code core:type}: a core rec group or a core module type. */
public sealed interface CoreType permits CoreType.RecGroup, CoreType.ModuleType {
    /**
     * A {@code core:rectype}. A group of exactly one subtype is the binary's bare-subtype shorthand
     * (the encoder writes it without the {@code 0x4e} prefix); any other size is an explicit {@code
     * rec}.
     */
    record RecGroup(List<CoreSubType> types) implements CoreType {
        public RecGroup {
            types = List.copyOf(types);
        }

        public static RecGroup of(CoreCompType type) {
            return new RecGroup(List.of(CoreSubType.of(type)));
        }
    }

    /** {@code 0x50}: {@code (module md*)}. */
    record ModuleType(List<ModuleDecl> decls) implements CoreType {
        public ModuleType {
            decls = List.copyOf(decls);
        }
    }
}
