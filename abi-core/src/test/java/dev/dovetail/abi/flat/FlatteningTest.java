package dev.dovetail.abi.flat;

import static dev.dovetail.abi.flat.CoreType.F32;
import static dev.dovetail.abi.flat.CoreType.F64;
import static dev.dovetail.abi.flat.CoreType.I32;
import static dev.dovetail.abi.flat.CoreType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlatteningTest {
    private static List<CoreType> flat(ValType t) {
        return Flattening.flatten(t, AddrType.I32);
    }

    @Test
    void primitivesAndCompounds() {
        assertEquals(List.of(I32), flat(PrimType.BOOL));
        assertEquals(List.of(I32), flat(PrimType.U16));
        assertEquals(List.of(I64), flat(PrimType.S64));
        assertEquals(List.of(F32), flat(PrimType.F32));
        assertEquals(List.of(F64), flat(PrimType.F64));
        assertEquals(List.of(I32), flat(PrimType.CHAR));
        assertEquals(List.of(I32, I32), flat(PrimType.STRING));
        assertEquals(List.of(I64, I64), Flattening.flatten(PrimType.STRING, AddrType.I64));
        assertEquals(List.of(I32, I32), flat(ListType.of(PrimType.F64)));
        assertEquals(
                List.of(I64, I64),
                Flattening.flatten(new MapType(PrimType.U8, PrimType.U8), AddrType.I64));
        assertEquals(List.of(F32, F32, F32), flat(ListType.fixed(PrimType.F32, 3)));
        assertEquals(
                List.of(I32, F64, I64),
                flat(
                        RecordType.of(
                                new Field("a", PrimType.U8),
                                new Field("b", PrimType.F64),
                                new Field("c", PrimType.U64))));
        assertEquals(List.of(I32), flat(FlagsType.of("a")));
        assertEquals(List.of(I32), flat(EnumType.of("a", "b")));
    }

    @Test
    void variantsJoinPayloads() {
        assertEquals(List.of(I32, I32), flat(new ResultType(PrimType.U32, PrimType.F32)));
        assertEquals(
                List.of(I32, I64),
                flat(VariantType.of(new Case("a", PrimType.F32), new Case("b", PrimType.U64))));
        assertEquals(List.of(I32, F32), flat(new OptionType(PrimType.F32)));
        assertEquals(List.of(I32, I64), flat(new ResultType(PrimType.F64, PrimType.U32)));
        assertEquals(List.of(I32, I64), flat(new ResultType(PrimType.F64, PrimType.F32)));
        assertEquals(List.of(I32), flat(new ResultType(null, null)));
        assertEquals(
                List.of(I32, I32, I64, F32),
                flat(
                        VariantType.of(
                                new Case("a", TupleType.of(PrimType.U8, PrimType.F32)),
                                new Case(
                                        "b",
                                        TupleType.of(PrimType.F32, PrimType.U64, PrimType.F32)),
                                Case.of("c"))));
    }

    @Test
    void widenedSlots() {
        List<ValType> cases =
                Layout.caseTypes(
                        VariantType.of(
                                new Case("a", TupleType.of(PrimType.F32, PrimType.U8)),
                                new Case("b", TupleType.of(PrimType.U64, PrimType.F32)),
                                new Case("c", PrimType.F64),
                                Case.of("d")));
        // joined payload: [i64, i32]
        assertEquals(List.of(I64, I32), Flattening.variantPayload(cases, AddrType.I32));
        assertEquals(List.of(0), toList(Flattening.widenedSlots(cases, 0, AddrType.I32)));
        assertEquals(List.of(), toList(Flattening.widenedSlots(cases, 1, AddrType.I32)));
        assertEquals(List.of(), toList(Flattening.widenedSlots(cases, 2, AddrType.I32)));
        assertEquals(List.of(), toList(Flattening.widenedSlots(cases, 3, AddrType.I32)));
    }

    private static List<Integer> toList(int[] xs) {
        List<Integer> out = new ArrayList<>();
        for (int x : xs) {
            out.add(x);
        }
        return out;
    }

    @Test
    void joinTable() {
        CoreType[][] expected = {
            // I32  I64  F32  F64
            {I32, I64, I32, I64},
            {I64, I64, I64, I64},
            {I32, I64, F32, I64},
            {I64, I64, I64, F64},
        };
        CoreType[] all = CoreType.values();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                assertEquals(
                        expected[a][b], CoreType.join(all[a], all[b]), all[a] + " join " + all[b]);
                assertEquals(
                        CoreType.join(all[a], all[b]),
                        CoreType.join(all[b], all[a]),
                        "commutative");
            }
        }
    }

    private static FuncType fn(List<ValType> params, ValType result) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ps.add(new FuncType.Param("p" + i, params.get(i)));
        }
        return new FuncType(ps, result, false);
    }

    private static CoreFuncType sig(List<CoreType> params, List<CoreType> results) {
        return new CoreFuncType(params, results);
    }

    /** The reference's {@code test_flatten} vectors (with a single result per function). */
    @Test
    void flattenFuncTypeVectors() {
        List<ValType> three = List.of(PrimType.U8, PrimType.F32, PrimType.F64);
        List<CoreType> threeFlat = List.of(I32, F32, F64);
        for (FlatContext cx : FlatContext.values()) {
            assertEquals(
                    sig(threeFlat, List.of()),
                    Flattening.flattenFuncType(fn(three, null), AddrType.I32, false, false, cx));
            assertEquals(
                    sig(threeFlat, List.of(F32)),
                    Flattening.flattenFuncType(
                            fn(three, PrimType.F32), AddrType.I32, false, false, cx));
            assertEquals(
                    sig(threeFlat, List.of(I32)),
                    Flattening.flattenFuncType(
                            fn(three, PrimType.U8), AddrType.I32, false, false, cx));
            assertEquals(
                    sig(threeFlat, List.of(F32)),
                    Flattening.flattenFuncType(
                            fn(three, TupleType.of(PrimType.F32)), AddrType.I32, false, false, cx));
        }
        FuncType twoResults = fn(three, TupleType.of(PrimType.F32, PrimType.F32));
        assertEquals(
                sig(threeFlat, List.of(I32)),
                Flattening.flattenFuncType(
                        twoResults, AddrType.I32, false, false, FlatContext.LIFT));
        assertEquals(
                sig(List.of(I32, F32, F64, I32), List.of()),
                Flattening.flattenFuncType(
                        twoResults, AddrType.I32, false, false, FlatContext.LOWER));

        List<ValType> seventeen = Collections.nCopies(17, PrimType.U8);
        for (AddrType addr : AddrType.values()) {
            CoreType p = CoreType.of(addr);
            assertEquals(
                    sig(List.of(p), List.of()),
                    Flattening.flattenFuncType(
                            fn(seventeen, null), addr, false, false, FlatContext.LIFT));
            FuncType f = fn(seventeen, TupleType.of(PrimType.U8, PrimType.U8));
            assertEquals(
                    sig(List.of(p), List.of(p)),
                    Flattening.flattenFuncType(f, addr, false, false, FlatContext.LIFT));
            assertEquals(
                    sig(List.of(p, p), List.of()),
                    Flattening.flattenFuncType(f, addr, false, false, FlatContext.LOWER));
        }
        assertEquals(
                sig(Collections.nCopies(16, I32), List.of()),
                Flattening.flattenFuncType(
                        fn(Collections.nCopies(16, PrimType.U8), null),
                        AddrType.I32,
                        false,
                        false,
                        FlatContext.LOWER));
    }

    @Test
    void flattenFuncTypeAsync() {
        FuncType four = fn(List.of(PrimType.F32, PrimType.F64, PrimType.U32, PrimType.S64), null);
        FuncType five = fn(Collections.nCopies(5, PrimType.U8), PrimType.U32);
        assertEquals(
                sig(List.of(F32, F64, I32, I64), List.of(I32)),
                Flattening.flattenFuncType(four, AddrType.I32, true, false, FlatContext.LOWER));
        assertEquals(
                sig(List.of(I32, I32), List.of(I32)),
                Flattening.flattenFuncType(five, AddrType.I32, true, false, FlatContext.LOWER));
        assertEquals(
                sig(Collections.nCopies(5, I32), List.of(I32)),
                Flattening.flattenFuncType(five, AddrType.I32, true, true, FlatContext.LIFT));
        assertEquals(
                sig(Collections.nCopies(5, I32), List.of()),
                Flattening.flattenFuncType(five, AddrType.I32, true, false, FlatContext.LIFT));
        FuncType many = fn(Collections.nCopies(17, PrimType.U8), PrimType.STRING);
        assertEquals(
                sig(List.of(I64, I64), List.of(I32)),
                Flattening.flattenFuncType(many, AddrType.I64, true, false, FlatContext.LOWER));
    }

    @Test
    void cappedFlatteningOfHugeTypes() {
        ValType big = ListType.fixed(PrimType.U8, 100_000);
        assertEquals(100_000, Flattening.flatCount(big, AddrType.I32));
        assertNull(Flattening.flattenCapped(big, AddrType.I32, 16));
        assertEquals(
                Long.MAX_VALUE,
                Flattening.flatCount(
                        ListType.fixed(
                                ListType.fixed(ListType.fixed(PrimType.U8, 1 << 30), 1 << 30),
                                1 << 30),
                        AddrType.I32));
    }

    /** flatCount agrees with flatten; a variant's flattening is 1 + the longest case flattening. */
    @Test
    void invariantsOnRandomTypes() {
        TypeGen gen = new TypeGen(new Random(0xf1a7), 4, true);
        for (int n = 0; n < 3000; n++) {
            ValType t = gen.type();
            for (AddrType addr : AddrType.values()) {
                List<CoreType> f = Flattening.flatten(t, addr);
                assertEquals(f.size(), Flattening.flatCount(t, addr), t::toString);
                List<ValType> cases = Layout.caseTypes(t);
                if (cases != null) {
                    int max = 0;
                    for (ValType c : cases) {
                        if (c != null) {
                            List<CoreType> cf = Flattening.flatten(c, addr);
                            max = Math.max(max, cf.size());
                            for (int i = 0; i < cf.size(); i++) {
                                // every case's core type fits the joined slot
                                CoreType slot = f.get(1 + i);
                                assertEquals(slot, CoreType.join(slot, cf.get(i)), t::toString);
                            }
                        }
                    }
                    assertEquals(1 + max, f.size(), t::toString);
                    assertEquals(I32, f.get(0));
                }
            }
        }
    }
}
