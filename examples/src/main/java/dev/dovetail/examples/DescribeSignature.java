package dev.dovetail.examples;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.VariantType;
import java.util.List;

/**
 * Builds a component function type and matching values by hand, the way a host that discovers a
 * signature at run time would, and prints both in WIT-like syntax.
 */
public final class DescribeSignature {
    private DescribeSignature() {}

    /** The type of {@code draw: func(shape: shape, tags: list<string>) -> result<u32, string>}. */
    public static FuncType drawType() {
        RecordType point =
                RecordType.of(new Field("x", PrimType.F64), new Field("y", PrimType.F64));
        VariantType shape =
                VariantType.of(
                        new Case("circle", PrimType.F64), new Case("at", point), Case.of("none"));
        return new FuncType(
                List.of(
                        new FuncType.Param("shape", shape),
                        new FuncType.Param("tags", ListType.of(PrimType.STRING))),
                new ResultType(PrimType.U32, PrimType.STRING),
                false);
    }

    /** Arguments for {@link #drawType()}: a circle of radius 2.5 tagged "red". */
    public static List<Val> drawArguments() {
        return List.of(new Val.Variant("circle", Val.f64(2.5)), Val.list(Val.str("red")));
    }

    public static void main(String[] args) {
        System.out.println("draw: " + drawType());
        System.out.println("arguments: " + drawArguments());
    }
}
