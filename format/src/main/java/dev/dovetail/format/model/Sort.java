package dev.dovetail.format.model;

/**
 * {@code sort}: a component-level index space. The core sorts are flattened in ({@code 0x00
 * core:sort} in the binary) so a single enum covers every {@code sortidx}.
 */
public enum Sort {
    CORE_FUNC(CoreSort.FUNC),
    CORE_TABLE(CoreSort.TABLE),
    CORE_MEMORY(CoreSort.MEMORY),
    CORE_GLOBAL(CoreSort.GLOBAL),
    CORE_TAG(CoreSort.TAG),
    CORE_TYPE(CoreSort.TYPE),
    CORE_MODULE(CoreSort.MODULE),
    CORE_INSTANCE(CoreSort.INSTANCE),
    FUNC(null),
    VALUE(null),
    TYPE(null),
    COMPONENT(null),
    INSTANCE(null);

    private final CoreSort core;

    Sort(CoreSort core) {
        this.core = core;
    }

    public boolean isCore() {
        return core != null;
    }

    /** The core sort of a {@code core ...} sort; null for component sorts. */
    public CoreSort coreSort() {
        return core;
    }

    public static Sort ofCore(CoreSort sort) {
        return switch (sort) {
            case FUNC -> CORE_FUNC;
            case TABLE -> CORE_TABLE;
            case MEMORY -> CORE_MEMORY;
            case GLOBAL -> CORE_GLOBAL;
            case TAG -> CORE_TAG;
            case TYPE -> CORE_TYPE;
            case MODULE -> CORE_MODULE;
            case INSTANCE -> CORE_INSTANCE;
        };
    }

    @Override
    public String toString() {
        return core != null ? "core " + core : name().toLowerCase(java.util.Locale.ROOT);
    }
}
