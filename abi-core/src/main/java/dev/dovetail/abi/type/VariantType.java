package dev.dovetail.abi.type;

import java.util.List;
import java.util.stream.Collectors;

/** {@code variant { a, b(T), ... }}: at least one case. */
public record VariantType(List<Case> cases) implements ValType {
    public VariantType {
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("variant type must have at least one case");
        }
    }

    public static VariantType of(Case... cases) {
        return new VariantType(List.of(cases));
    }

    /** Index of the case named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return cases.stream()
                .map(Case::toString)
                .collect(Collectors.joining(", ", "variant { ", " }"));
    }
}
