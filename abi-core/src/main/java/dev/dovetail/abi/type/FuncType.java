package dev.dovetail.abi.type;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A component function type: named parameters and an optional single result ({@code null} when the
 * function returns nothing). {@code async} marks an {@code async func}.
 */
public record FuncType(List<Param> params, ValType result, boolean async) {
    /** A named parameter. */
    public record Param(String name, ValType type) {
        @Override
        public String toString() {
            return name + ": " + type;
        }
    }

    public FuncType {
        params = List.copyOf(params);
    }

    /** The parameter types in order. */
    public List<ValType> paramTypes() {
        return params.stream().map(Param::type).toList();
    }

    /** The result types: empty or a single element, as the Canonical ABI sees them. */
    public List<ValType> resultTypes() {
        return result == null ? List.of() : List.of(result);
    }

    @Override
    public String toString() {
        String s =
                (async ? "async func" : "func")
                        + params.stream()
                                .map(Param::toString)
                                .collect(Collectors.joining(", ", "(", ")"));
        return result == null ? s : s + " -> " + result;
    }
}
