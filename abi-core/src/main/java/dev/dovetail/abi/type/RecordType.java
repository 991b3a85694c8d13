package dev.dovetail.abi.type;

import java.util.List;
import java.util.stream.Collectors;

/** {@code record { a: T, ... }}: at least one field, in declaration order. */
public record RecordType(List<Field> fields) implements ValType {
    public RecordType {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("record type must have at least one field");
        }
    }

    public static RecordType of(Field... fields) {
        return new RecordType(List.of(fields));
    }

    @Override
    public String toString() {
        return fields.stream()
                .map(Field::toString)
                .collect(Collectors.joining(", ", "record { ", " }"));
    }
}
