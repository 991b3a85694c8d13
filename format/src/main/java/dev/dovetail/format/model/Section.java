package dev.dovetail.format.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A section of a component, in the order of Binary.md's {@code section} production. */
public sealed interface Section {
    /**
     * Section 0: a custom section, kept as raw bytes (the {@code component-name} section too: see
     * {@code dev.dovetail.format.binary.NameSection} to read it into {@link ComponentNames}).
     */
    record CustomSection(String name, byte[] data) implements Section {
        public CustomSection {
            Objects.requireNonNull(name, "name");
            data = data.clone();
        }

        /** A copy of the payload after the name. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        public int size() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CustomSection c
                    && name.equals(c.name)
                    && Arrays.equals(data, c.data);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "(@custom \"" + name + "\" " + data.length + " bytes)";
        }
    }

    /**
     * Section 1: an embedded core module, kept as its raw bytes. {@code offset} is where the module
     * starts in the decoded input (0 when built by hand); it is not part of equality.
     */
    record CoreModuleSection(byte[] bytes, long offset) implements Section {
        public CoreModuleSection {
            bytes = bytes.clone();
        }

        public CoreModuleSection(byte[] bytes) {
            this(bytes, 0);
        }

        /** A copy of the module's bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public int size() {
            return bytes.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CoreModuleSection m && Arrays.equals(bytes, m.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "(core module " + bytes.length + " bytes @0x" + Long.toHexString(offset) + ")";
        }
    }

    /** Section 2: core instances. */
    record CoreInstanceSection(List<CoreInstance> instances) implements Section {
        public CoreInstanceSection {
            instances = List.copyOf(instances);
        }
    }

    /** Section 3: core types. */
    record CoreTypeSection(List<CoreType> types) implements Section {
        public CoreTypeSection {
            types = List.copyOf(types);
        }
    }

    /** Section 4: a nested component. */
    record ComponentSection(ComponentModel component) implements Section {
        public ComponentSection {
            Objects.requireNonNull(component, "component");
        }

        @Override
        public String toString() {
            return component.toString();
        }
    }

    /** Section 5: component instances. */
    record InstanceSection(List<Instance> instances) implements Section {
        public InstanceSection {
            instances = List.copyOf(instances);
        }
    }

    /** Section 6: aliases. */
    record AliasSection(List<Alias> aliases) implements Section {
        public AliasSection {
            aliases = List.copyOf(aliases);
        }
    }

    /** Section 7: types. */
    record TypeSection(List<DefType> types) implements Section {
        public TypeSection {
            types = List.copyOf(types);
        }
    }

    /** Section 8: canonical definitions. */
    record CanonSection(List<Canon> canons) implements Section {
        public CanonSection {
            canons = List.copyOf(canons);
        }
    }

    /** Section 9: the start function. */
    record StartSection(Start start) implements Section {
        public StartSection {
            Objects.requireNonNull(start, "start");
        }
    }

    /** Section 10: imports. */
    record ImportSection(List<Import> imports) implements Section {
        public ImportSection {
            imports = List.copyOf(imports);
        }
    }

    /** Section 11: exports. */
    record ExportSection(List<Export> exports) implements Section {
        public ExportSection {
            exports = List.copyOf(exports);
        }
    }

    /** Section 12: values. */
    record ValueSection(List<Value> values) implements Section {
        public ValueSection {
            values = List.copyOf(values);
        }
    }
}
