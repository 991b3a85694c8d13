package dev.dovetail.format.model;

/** {@code core:sort}: the index spaces of core definitions. */
public enum CoreSort {
    FUNC("func"),
    TABLE("table"),
    MEMORY("memory"),
    GLOBAL("global"),
    TAG("tag"),
    TYPE("type"),
    MODULE("module"),
    INSTANCE("instance");

    private final String text;

    CoreSort(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
