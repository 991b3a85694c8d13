package dev.dovetail.format.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined value type. Identity matters only for naming (external visibility); equality of types
 * is structural ({@link TypeEquality#sameValue}). {@code kids} may hold nulls (absent payloads).
 */
final class DefinedType implements ValueType {
    /** Which type constructor defined the type. */
    enum Kind {
        RECORD("record"),
        VARIANT("variant"),
        LIST("list"),
        FIXED_LIST("list"),
        TUPLE("tuple"),
        FLAGS("flags"),
        ENUM("enum"),
        OPTION("option"),
        RESULT("result"),
        OWN("own"),
        BORROW("borrow"),
        STREAM("stream"),
        FUTURE("future"),
        MAP("map");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    final Kind kind;
    final List<String> labels;
    final List<ValueType> kids;
    final long length;
    final ResourceAlias res;

    /**
     * Structural nesting depth as wasmparser counts it: 1 for a type without value-type children,
     * else one more than its deepest child (a primitive counts 1).
     */
    final int depth;

    DefinedType(
            Kind kind, List<String> labels, List<ValueType> kids, long length, ResourceAlias res) {
        this.kind = kind;
        this.labels = labels == null ? List.of() : List.copyOf(labels);
        this.kids =
                kids == null
                        ? List.of()
                        : java.util.Collections.unmodifiableList(new ArrayList<>(kids));
        this.length = length;
        this.res = res;
        int deepest = 0;
        for (ValueType k : this.kids) {
            deepest = Math.max(deepest, k instanceof DefinedType d ? d.depth : k == null ? 0 : 1);
        }
        this.depth = deepest + 1;
    }

    /** The same type under a new identity (a new name for it). */
    DefinedType copy() {
        return new DefinedType(kind, labels, kids, length, res);
    }
}
