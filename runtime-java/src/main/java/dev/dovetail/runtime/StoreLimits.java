package dev.dovetail.runtime;

/**
 * Resource caps for everything instantiated in one {@link Store}: memory pages per memory, table
 * elements per table, component instances, and handles per instance handle table. Exceeding a cap
 * fails the instantiation ({@link UnlinkableException}) or makes growth fail as wasm defines
 * ({@code memory.grow} returns -1), or traps for the handle table.
 */
public record StoreLimits(
        int maxMemoryPages, int maxTableElements, int maxInstances, int maxHandles) {
    /** No caps beyond what WebAssembly and the Canonical ABI impose. */
    public static final StoreLimits NONE =
            new StoreLimits(65536, Integer.MAX_VALUE, Integer.MAX_VALUE, (1 << 28) - 1);

    public StoreLimits {
        if (maxMemoryPages < 0 || maxTableElements < 0 || maxInstances < 0 || maxHandles < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StoreLimits}, starting from {@link #NONE}. */
    public static final class Builder {
        private int maxMemoryPages = NONE.maxMemoryPages;
        private int maxTableElements = NONE.maxTableElements;
        private int maxInstances = NONE.maxInstances;
        private int maxHandles = NONE.maxHandles;

        private Builder() {}

        /** At most this many 64 KiB pages in any one memory. */
        public Builder maxMemoryPages(int pages) {
            this.maxMemoryPages = pages;
            return this;
        }

        /** At most this many elements in any one table. */
        public Builder maxTableElements(int elements) {
            this.maxTableElements = elements;
            return this;
        }

        /** At most this many component instances (nested ones included) in the store. */
        public Builder maxInstances(int instances) {
            this.maxInstances = instances;
            return this;
        }

        /** At most this many live handles in any one instance's handle table. */
        public Builder maxHandles(int handles) {
            this.maxHandles = handles;
            return this;
        }

        public StoreLimits build() {
            return new StoreLimits(maxMemoryPages, maxTableElements, maxInstances, maxHandles);
        }
    }
}
