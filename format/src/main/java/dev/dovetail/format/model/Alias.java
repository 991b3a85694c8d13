package dev.dovetail.format.model;

import java.util.Objects;

/**
 * {@code alias}: adds {@code target} to the index space of {@code sort}.
 *
 * <p>The decoder only produces the combinations the binary allows: core instance exports of core
 * {@code func/table/memory/global/tag}, and outer aliases of {@code core module}, {@code core
 * type}, {@code type} and {@code component}.
 */
public record Alias(Sort sort, Target target) {
    public Alias {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(target, "target");
    }

    /** Where the aliased definition comes from. */
    public sealed interface Target {}

    /** {@code 0x00}: {@code (alias export i n)}. */
    public record InstanceExport(long instance, String name) implements Target {
        public InstanceExport {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code 0x01}: {@code (alias core export i n)}. */
    public record CoreInstanceExport(long instance, String name) implements Target {
        public CoreInstanceExport {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code 0x02}: {@code (alias outer ct idx)}. */
    public record Outer(long count, long index) implements Target {}

    @Override
    public String toString() {
        String t;
        if (target instanceof InstanceExport e) {
            t = "export " + e.instance() + " \"" + e.name() + "\"";
        } else if (target instanceof CoreInstanceExport e) {
            t = "core export " + e.instance() + " \"" + e.name() + "\"";
        } else {
            Outer o = (Outer) target;
            t = "outer " + o.count() + " " + o.index();
        }
        return "(alias " + t + " (" + sort + "))";
    }
}
