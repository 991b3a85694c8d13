package dev.dovetail.abi.flat;

import java.util.List;
import java.util.Objects;

/**
 * A core function signature as {@link Flattening#flattenFuncType} computes it, to compare with the
 * type of the core function a component lifts or the runtime provides for a lowered import.
 */
public record CoreFuncType(List<CoreType> params, List<CoreType> results) {
    public CoreFuncType {
        params = List.copyOf(Objects.requireNonNull(params, "params"));
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }

    @Override
    public String toString() {
        return "(func (param " + join(params) + ") (result " + join(results) + "))";
    }

    private static String join(List<CoreType> ts) {
        StringBuilder sb = new StringBuilder();
        for (CoreType t : ts) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
