package dev.dovetail.format.model;

import java.util.Objects;

/** {@code attribute} of an {@link ExternName}. */
public sealed interface NameAttribute {
    /** {@code 0x00}: {@code (implements "in")}. */
    record Implements(String interfaceName) implements NameAttribute {
        public Implements {
            Objects.requireNonNull(interfaceName, "interfaceName");
        }

        @Override
        public String toString() {
            return "(implements \"" + interfaceName + "\")";
        }
    }

    /** {@code 0x01}: {@code (versionsuffix "vs")}. */
    record VersionSuffix(String suffix) implements NameAttribute {
        public VersionSuffix {
            Objects.requireNonNull(suffix, "suffix");
        }

        @Override
        public String toString() {
            return "(versionsuffix \"" + suffix + "\")";
        }
    }

    /** {@code 0x02}: {@code (external-id n)}. */
    record ExternalId(String id) implements NameAttribute {
        public ExternalId {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return "(external-id \"" + id + "\")";
        }
    }
}
