package dev.dovetail.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenTest {
    private static ValueType p(PrimType t) {
        return new PrimitiveType(t);
    }

    private static DefinedType d(Kind k, ValueType... kids) {
        return new DefinedType(k, null, Arrays.asList(kids), 0, null);
    }

    @Test
    void primitivesAndStrings() {
        assertEquals(List.of(Num.I32, Num.I32), Flatten.flatten(p(PrimType.STRING)));
        assertEquals(List.of(Num.I64), Flatten.flatten(p(PrimType.U64)));
        assertEquals(List.of(Num.F64), Flatten.flatten(p(PrimType.F64)));
        assertEquals(List.of(Num.I32), Flatten.flatten(p(PrimType.CHAR)));
    }

    @Test
    void variantsJoinPayloads() {
        // result<f32, u32> -> [i32 discriminant, i32 (join f32 u32)]
        assertEquals(
                List.of(Num.I32, Num.I32),
                Flatten.flatten(d(Kind.RESULT, p(PrimType.F32), p(PrimType.U32))));
        // result<f64, u32> -> i64
        assertEquals(
                List.of(Num.I32, Num.I64),
                Flatten.flatten(d(Kind.RESULT, p(PrimType.F64), p(PrimType.U32))));
        // option<f32>
        assertEquals(List.of(Num.I32, Num.F32), Flatten.flatten(d(Kind.OPTION, p(PrimType.F32))));
        // result (no payloads)
        assertEquals(List.of(Num.I32), Flatten.flatten(d(Kind.RESULT, null, null)));
    }

    @Test
    void functypeSpills() {
        List<ValueType> params = java.util.Collections.nCopies(17, p(PrimType.U32));
        FunctionType f =
                new FunctionType(
                        false, java.util.Collections.nCopies(17, "x"), params, p(PrimType.STRING));
        var lift = Flatten.functype(f, false, false, true);
        assertEquals(List.<CoreValType>of(Num.I32), lift.params());
        assertEquals(List.<CoreValType>of(Num.I32), lift.results());
        var lower = Flatten.functype(f, false, false, false);
        assertEquals(List.<CoreValType>of(Num.I32, Num.I32), lower.params());
        assertEquals(List.<CoreValType>of(), lower.results());
        var asyncLower =
                Flatten.functype(
                        new FunctionType(
                                true, List.of("a"), List.of(p(PrimType.U32)), p(PrimType.U32)),
                        true,
                        false,
                        false);
        assertEquals(List.<CoreValType>of(Num.I32, Num.I32), asyncLower.params());
        assertEquals(List.<CoreValType>of(Num.I32), asyncLower.results());
        var asyncLiftCb =
                Flatten.functype(
                        new FunctionType(
                                true, List.of("a"), List.of(p(PrimType.U32)), p(PrimType.U32)),
                        true,
                        true,
                        true);
        assertEquals(List.<CoreValType>of(Num.I32), asyncLiftCb.results());
    }

    @Test
    void maxValueSize() {
        MaxValueSize l = new MaxValueSize();
        assertEquals(16, l.sizeAndAlignment(p(PrimType.STRING))[0]);
        DefinedType fixed =
                new DefinedType(Kind.FIXED_LIST, null, List.of(p(PrimType.U64)), 33554431, null);
        assertEquals(8L * 33554431, l.sizeAndAlignment(fixed)[0]);
        assertFalse(l.exceeded(fixed));
        DefinedType tooLong =
                new DefinedType(Kind.FIXED_LIST, null, List.of(p(PrimType.U64)), 33554432, null);
        assertTrue(l.exceeded(tooLong));
        // record { a: u8, b: u32 } -> 8 bytes, align 4
        DefinedType rec =
                new DefinedType(
                        Kind.RECORD,
                        List.of("a", "b"),
                        List.of(p(PrimType.U8), p(PrimType.U32)),
                        0,
                        null);
        assertEquals(8, l.sizeAndAlignment(rec)[0]);
        assertEquals(4, l.sizeAndAlignment(rec)[1]);
        // option<record> -> discriminant padded to the payload's alignment: 12 bytes, align 4
        DefinedType opt = new DefinedType(Kind.OPTION, null, List.of(rec), 0, null);
        assertEquals(12, l.sizeAndAlignment(opt)[0]);
        assertEquals(4, l.sizeAndAlignment(opt)[1]);
        // tuple<t, t> nested 40 times: 2^40 leaves as a tree, 40 definitions as a graph
        l = new MaxValueSize();
        ValueType t = p(PrimType.U8);
        for (int i = 0; i < 40; i++) {
            t = new DefinedType(Kind.TUPLE, null, List.of(t, t), 0, null);
            assertEquals(i >= 27, l.exceeded(t), "tuple depth " + (i + 1));
        }
    }
}
