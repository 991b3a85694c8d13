package dev.dovetail.format.types;

import dev.dovetail.format.model.CoreValType;
import java.util.List;
import java.util.stream.Collectors;

/** A core function type: parameter and result types. */
public record CoreFuncType(List<CoreValType> params, List<CoreValType> results) {
    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static CoreFuncType of(
            List<? extends CoreValType> params, List<? extends CoreValType> results) {
        return new CoreFuncType(List.copyOf(params), List.copyOf(results));
    }

    @Override
    public String toString() {
        String p = params.stream().map(Object::toString).collect(Collectors.joining(" "));
        String r = results.stream().map(Object::toString).collect(Collectors.joining(" "));
        return "(func"
                + (p.isEmpty() ? "" : " (param " + p + ")")
                + (r.isEmpty() ? "" : " (result " + r + ")")
                + ")";
    }
}
