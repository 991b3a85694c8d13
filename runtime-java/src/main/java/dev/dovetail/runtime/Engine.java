package dev.dovetail.runtime;

/**
 * Global configuration shared by many {@link Store}s and {@link Component}s: which Chicory machine
 * runs core code. Immutable and thread-safe.
 */
public final class Engine {
    private final boolean compiler;

    private Engine(Builder b) {
        this.compiler = b.compiler;
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

        public Engine build() {
            return new Engine(this);
        }
    }
}
