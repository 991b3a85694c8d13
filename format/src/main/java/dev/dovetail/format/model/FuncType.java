package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code functype}: {@code 0x40} (sync) or {@code 0x43} (async). */
public record FuncType(boolean async, List<LabeledValType> params, Optional<ValType> result)
        implements DefType {
    public FuncType {
        params = List.copyOf(params);
        Objects.requireNonNull(result, "result");
    }
}
