package dev.dovetail.format.model;

import java.util.Objects;

/** {@code sortidx}: an index into the index space of {@code sort}. */
public record SortIdx(Sort sort, long index) {
    public SortIdx {
        Objects.requireNonNull(sort, "sort");
    }

    @Override
    public String toString() {
        return "(" + sort + " " + index + ")";
    }
}
