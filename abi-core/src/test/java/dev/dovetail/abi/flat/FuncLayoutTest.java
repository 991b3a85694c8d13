package dev.dovetail.abi.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuncLayoutTest {
    private static FuncType fn(List<ValType> params, ValType result) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ps.add(new FuncType.Param("p" + i, params.get(i)));
        }
        return new FuncType(ps, result, false);
    }

    @Test
    void limitsPerSide() {
        FuncType five =
                fn(
                        List.of(PrimType.U32, PrimType.U8, PrimType.U8, PrimType.U8, PrimType.U8),
                        PrimType.U32);
        FuncLayout syncLift = FuncLayout.forLift(five, AddrType.I32, false, false);
        assertEquals(16, syncLift.maxFlatParams());
        assertEquals(1, syncLift.maxFlatResults());
        assertFalse(syncLift.paramsInMemory());
        assertFalse(syncLift.resultInMemory());
        assertEquals(1, syncLift.flatResultCount());
        FuncLayout asyncLift = FuncLayout.forLift(five, AddrType.I32, true, true);
        assertEquals(16, asyncLift.maxFlatResults());
        FuncLayout asyncLower = FuncLayout.forLower(five, AddrType.I32, true);
        assertEquals(4, asyncLower.maxFlatParams());
        assertEquals(0, asyncLower.maxFlatResults());
        assertTrue(asyncLower.paramsInMemory());
        assertTrue(asyncLower.resultInMemory());
        assertEquals(1, asyncLower.outParamIndex());
        assertEquals(8, asyncLower.paramTupleSize());
        assertEquals(4, asyncLower.paramTupleAlign());
        assertEquals(List.of(0, 4, 5, 6, 7), offsets(asyncLower, 5));
    }

    private static List<Integer> offsets(FuncLayout l, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(l.paramOffset(i));
        }
        return out;
    }

    @Test
    void sixtyFourBitAddresses() {
        FuncType ft = fn(List.of(PrimType.STRING, PrimType.U8), TupleType.of(PrimType.STRING));
        FuncLayout lift = FuncLayout.forLift(ft, AddrType.I64, false, false);
        assertEquals(
                new CoreFuncType(
                        List.of(CoreType.I64, CoreType.I64, CoreType.I32), List.of(CoreType.I64)),
                lift.coreType());
        assertEquals(16, lift.resultSize());
        assertEquals(8, lift.resultAlign());
        assertEquals(24, lift.paramTupleSize());
        assertEquals(16, lift.paramOffset(1));
        FuncLayout lower = FuncLayout.forLower(ft, AddrType.I64, false);
        assertEquals(
                new CoreFuncType(
                        List.of(CoreType.I64, CoreType.I64, CoreType.I32, CoreType.I64), List.of()),
                lower.coreType());
        assertEquals(3, lower.outParamIndex());
    }

    /** The signature agrees with the spill decisions, for random function types. */
    @Test
    void signatureMatchesSpillDecisions() {
        TypeGen gen = new TypeGen(new Random(0xfa11), 2, true);
        int n = 0;
        for (; n < 1000; n++) {
            FuncType ft = gen.funcType(20);
            for (AddrType addr : AddrType.values()) {
                for (boolean async : new boolean[] {false, true}) {
                    FuncLayout lift = FuncLayout.forLift(ft, addr, async, async);
                    FuncLayout lower = FuncLayout.forLower(ft, addr, async);
                    long paramCount = Flattening.flatCount(ft.paramTypes(), addr);
                    assertEquals(
                            lift.paramsInMemory() ? 1 : paramCount,
                            lift.coreType().params().size() - 0);
                    int extra = lower.resultInMemory() && ft.result() != null ? 1 : 0;
                    assertEquals(lower.flatParamCount() + extra, lower.coreType().params().size());
                    if (!async) {
                        assertEquals(
                                lift.resultInMemory() ? 1 : lift.flatResultCount(),
                                lift.coreType().results().size());
                        assertEquals(lower.flatResultCount(), lower.coreType().results().size());
                    }
                    assertEquals(
                            Layout.elemSizeRecord(ft.paramTypes(), addr), lift.paramTupleSize());
                }
            }
        }
        assertEquals(1000, n);
    }
}
