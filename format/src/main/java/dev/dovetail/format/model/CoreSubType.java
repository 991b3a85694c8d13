package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;

/**
 * A core {@code subtype}. A plain {@code comptype} in the binary is a final subtype without
 * supertypes.
 */
public record CoreSubType(boolean isFinal, List<Long> supertypes, CoreCompType type) {
    public CoreSubType {
        supertypes = List.copyOf(supertypes);
        Objects.requireNonNull(type, "type");
    }

    /** A final subtype with no supertypes, i.e. just {@code type}. */
    public static CoreSubType of(CoreCompType type) {
        return new CoreSubType(true, List.of(), type);
    }
}
