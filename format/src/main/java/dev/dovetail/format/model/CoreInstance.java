package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;

/** {@code core:instance}: a core instance definition. */
public sealed interface CoreInstance {
    /** {@code 0x00}: {@code (instantiate m (with n (instance i))*)}. */
    record Instantiate(long module, List<Arg> args) implements CoreInstance {
        public Instantiate {
            args = List.copyOf(args);
        }
    }

    /**
     * {@code core:instantiatearg}. The binary fixes the sort to {@code instance} ({@code 0x12}), so
     * only the instance index is kept.
     */
    record Arg(String name, long instance) {
        public Arg {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code 0x01}: a bag of {@code core:inlineexport}s. */
    record FromExports(List<Export> exports) implements CoreInstance {
        public FromExports {
            exports = List.copyOf(exports);
        }
    }

    /** {@code core:inlineexport}. */
    record Export(String name, CoreSortIdx target) {
        public Export {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }
    }
}
