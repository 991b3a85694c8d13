package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a {@code component-name} custom section: an optional name for the component and,
 * per sort, names for indices. Debug information only; it never affects validity.
 */
public record ComponentNames(Optional<String> component, List<SortNames> sorts) {
    public ComponentNames {
        Objects.requireNonNull(component, "component");
        sorts = List.copyOf(sorts);
    }

    /** A {@code sortnames} subsection. */
    public record SortNames(Sort sort, List<NameAssoc> names) {
        public SortNames {
            Objects.requireNonNull(sort, "sort");
            names = List.copyOf(names);
        }
    }

    /** A {@code nameassoc}. */
    public record NameAssoc(long index, String name) {
        public NameAssoc {
            Objects.requireNonNull(name, "name");
        }
    }
}
