package dev.dovetail.runtime;

import dev.dovetail.runtime.internal.concurrent.Carriers;

/**
 * Global configuration shared by many {@link Store}s and {@link Component}s: which Chicory machine
 * runs core code. Immutable and thread-safe.
 */
public final class Engine {
    private final boolean compiler;
    private final Carriers.Kind carriers;

    private Engine(Builder b) {
        this.compiler = b.compiler;
        this.carriers = b.carriers;
    }

    /** Which Java threads carry guest threads that may pause (async tasks). */
    public Carriers.Kind carriers() {
        return carriers;
    }

    /** An engine with the default configuration: core code compiled to JVM bytecode. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether core modules are compiled to JVM bytecode by Chicory's compiler (the default) rather
     * than run by its interpreter.
     */
    public boolean usesCompiler() {
        return compiler;
    }

    @Override
    public String toString() {
        return "Engine[" + (compiler ? "compiler" : "interpreter") + "]";
    }

    /** Options of an {@link Engine}. */
    public static final class Builder {
        private boolean compiler = true;
        private Carriers.Kind carriers = Carriers.Kind.AUTO;

        private Builder() {}

        /** Compile core code to bytecode (default {@code true}); {@code false} interprets it. */
        public Builder compiler(boolean compiler) {
            this.compiler = compiler;
            return this;
        }

        /** Shorthand for {@code compiler(false)}. */
        public Builder interpreter() {
            return compiler(false);
        }

        /**
         * The Java threads that carry guest threads which may pause: {@code AUTO} (the default)
         * takes virtual threads on JDK 24+ and platform threads before.
         */
        public Builder carriers(Carriers.Kind kind) {
            this.carriers = java.util.Objects.requireNonNull(kind, "kind");
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
