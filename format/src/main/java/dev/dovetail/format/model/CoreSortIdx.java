package dev.dovetail.format.model;

import java.util.Objects;

/** {@code core:sortidx}: an index into a core index space. */
public record CoreSortIdx(CoreSort sort, long index) {
    public CoreSortIdx {
        Objects.requireNonNull(sort, "sort");
    }

    @Override
    public String toString() {
        return "(" + sort + " " + index + ")";
    }
}
