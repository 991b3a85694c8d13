package dev.dovetail.abi.type;

import java.util.List;
import java.util.stream.Collectors;

/** {@code tuple<T, ...>}: at least one element. */
public record TupleType(List<ValType> types) implements ValType {
    public TupleType {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("tuple type must have at least one element");
        }
    }

    public static TupleType of(ValType... types) {
        return new TupleType(List.of(types));
    }

    @Override
    public String toString() {
        return types.stream()
                .map(ValType::toString)
                .collect(Collectors.joining(", ", "tuple<", ">"));
    }
}
