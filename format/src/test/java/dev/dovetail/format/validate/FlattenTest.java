package dev.dovetail.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.CoreValType.Num;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenTest {
    private static Ty.V p(PrimType t) {
        return new Ty.P(t);
    }

    private static Ty.D d(Ty.Kind k, Ty.V... kids) {
        return new Ty.D(k, null, Arrays.asList(kids), 0, null);
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
                Flatten.flatten(d(Ty.Kind.RESULT, p(PrimType.F32), p(PrimType.U32))));
        // result<f64, u32> -> i64
        assertEquals(
                List.of(Num.I32, Num.I64),
                Flatten.flatten(d(Ty.Kind.RESULT, p(PrimType.F64), p(PrimType.U32))));
        // option<f32>
        assertEquals(
                List.of(Num.I32, Num.F32), Flatten.flatten(d(Ty.Kind.OPTION, p(PrimType.F32))));
        // result (no payloads)
        assertEquals(List.of(Num.I32), Flatten.flatten(d(Ty.Kind.RESULT, null, null)));
    }

    @Test
    void functypeSpills() {
        List<Ty.V> params = java.util.Collections.nCopies(17, p(PrimType.U32));
        Ty.F f =
                new Ty.F(false, java.util.Collections.nCopies(17, "x"), params, p(PrimType.STRING));
        var lift = Flatten.functype(f, false, false, true);
        assertEquals(List.<CoreValType>of(Num.I32), lift.params());
        assertEquals(List.<CoreValType>of(Num.I32), lift.results());
        var lower = Flatten.functype(f, false, false, false);
        assertEquals(List.<CoreValType>of(Num.I32, Num.I32), lower.params());
        assertEquals(List.<CoreValType>of(), lower.results());
        var asyncLower =
                Flatten.functype(
                        new Ty.F(true, List.of("a"), List.of(p(PrimType.U32)), p(PrimType.U32)),
                        true,
                        false,
                        false);
        assertEquals(List.<CoreValType>of(Num.I32, Num.I32), asyncLower.params());
        assertEquals(List.<CoreValType>of(Num.I32), asyncLower.results());
        var asyncLiftCb =
                Flatten.functype(
                        new Ty.F(true, List.of("a"), List.of(p(PrimType.U32)), p(PrimType.U32)),
                        true,
                        true,
                        true);
        assertEquals(List.<CoreValType>of(Num.I32), asyncLiftCb.results());
    }

    @Test
    void maxValueSize() {
        Layout l = new Layout(8);
        assertEquals(16, l.of(p(PrimType.STRING))[0]);
        Ty.D fixed = new Ty.D(Ty.Kind.FIXED_LIST, null, List.of(p(PrimType.U64)), 33554431, null);
        assertEquals(8L * 33554431, l.of(fixed)[0]);
        // record { a: u8, b: u32 } -> 8 bytes, align 4
        Ty.D rec =
                new Ty.D(
                        Ty.Kind.RECORD,
                        List.of("a", "b"),
                        List.of(p(PrimType.U8), p(PrimType.U32)),
                        0,
                        null);
        assertEquals(8, l.of(rec)[0]);
        assertEquals(4, l.of(rec)[1]);
    }
}
