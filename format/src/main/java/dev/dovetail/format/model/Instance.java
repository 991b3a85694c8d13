package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;

/** {@code instance}: a component instance definition. */
public sealed interface Instance {
    /** {@code 0x00}: {@code (instantiate c (with n si)*)}. */
    record Instantiate(long component, List<Arg> args) implements Instance {
        public Instantiate {
            args = List.copyOf(args);
        }
    }

    /** {@code instantiatearg}. */
    record Arg(String name, SortIdx target) {
        public Arg {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code 0x01}: a bag of {@code inlineexport}s. */
    record FromExports(List<Export> exports) implements Instance {
        public FromExports {
            exports = List.copyOf(exports);
        }
    }

    /** {@code inlineexport}. */
    record Export(ExternName name, SortIdx target) {
        public Export {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }
    }
}
