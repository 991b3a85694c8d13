package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreFuncType;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.gen.FakeHandles;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spilling of parameters and results, exact {@code realloc} calls, pointer checks, host errors. */
class FuncPlanTest {
    private static FuncType fn(List<ValType> params, ValType result) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ps.add(new FuncType.Param("p" + i, params.get(i)));
        }
        return new FuncType(ps, result, false);
    }

    private static Val[] u8s(int n) {
        Val[] out = new Val[n];
        for (int i = 0; i < n; i++) {
            out[i] = Val.u8(i + 1);
        }
        return out;
    }

    @Test
    void sixteenFlatParamsStayFlat() {
        FuncPlan plan =
                FuncPlan.forLift(fn(Collections.nCopies(16, PrimType.U8), null), false, false);
        TestHeap h = new TestHeap(64);
        long[] core = plan.lowerParams(h.cx(), u8s(16));
        assertEquals(16, core.length);
        assertEquals(16, core[15]);
        assertTrue(h.calls.isEmpty());
        assertNull(plan.liftResult(h.cx(), new long[0]));
    }

    @Test
    void seventeenParamsSpillThroughOneRealloc() {
        FuncType ft = fn(Collections.nCopies(17, PrimType.U8), null);
        FuncPlan plan = FuncPlan.forLift(ft, false, false);
        assertEquals(new CoreFuncType(List.of(CoreType.I32), List.of()), plan.coreType());
        TestHeap h = new TestHeap(64, 5);
        long[] core = plan.lowerParams(h.cx(), u8s(17));
        assertEquals(List.of(new TestHeap.Call(0, 0, 1, 17, 5)), h.calls);
        assertArrayEquals(new long[] {5}, core);
        int[] expected = new int[17];
        for (int i = 0; i < 17; i++) {
            expected[i] = i + 1;
        }
        assertArrayEquals(expected, h.bytes(5, 17));
        Val[] back = FuncPlan.forLower(ft, false).liftParams(h.cx(), core);
        assertArrayEquals(u8s(17), back);
    }

    @Test
    void spilledTupleIsAllocatedBeforeItsContents() {
        List<ValType> sixteen = Collections.nCopies(16, PrimType.U32);
        FuncType ft =
                fn(
                        List.of(new TupleType(sixteen), PrimType.STRING, ListType.of(PrimType.U16)),
                        null);
        FuncPlan plan = FuncPlan.forLift(ft, false, false);
        assertTrue(plan.paramsInMemory());
        assertEquals(80, plan.layout().paramTupleSize());
        assertEquals(64, plan.layout().paramOffset(1));
        assertEquals(72, plan.layout().paramOffset(2));
        TestHeap h = new TestHeap(256);
        Val[] inner = new Val[16];
        for (int i = 0; i < 16; i++) {
            inner[i] = Val.u32(i);
        }
        Val[] args = {Val.tuple(inner), Val.str("hi"), Val.list(Val.u16(7))};
        long[] core = plan.lowerParams(h.cx(), args);
        assertEquals(
                List.of(
                        new TestHeap.Call(0, 0, 4, 80, 0),
                        new TestHeap.Call(0, 0, 1, 2, 80),
                        new TestHeap.Call(0, 0, 2, 2, 82)),
                h.calls);
        assertArrayEquals(new long[] {0}, core);
        assertArrayEquals(
                new int[] {80, 0, 0, 0, 2, 0, 0, 0, 82, 0, 0, 0, 1, 0, 0, 0, 'h', 'i', 7, 0},
                h.bytes(64, 20));
        assertArrayEquals(args, FuncPlan.forLower(ft, false).liftParams(h.cx(), core));
    }

    @Test
    void spillReallocIsChecked() {
        FuncPlan plan =
                FuncPlan.forLift(fn(Collections.nCopies(17, PrimType.U32), null), false, false);
        Val[] args = new Val[17];
        java.util.Arrays.fill(args, Val.u32(1));
        LiftLowerContext misaligned =
                new LiftLowerContext(
                        new dev.dovetail.abi.ByteArrayMemory(1024),
                        (p, s, a, n) -> 6,
                        dev.dovetail.abi.StringEncoding.UTF8,
                        dev.dovetail.abi.Handles.NONE);
        Trap t1 = assertThrows(Trap.class, () -> plan.lowerParams(misaligned, args));
        assertEquals("realloc return: result not aligned (unaligned pointer)", t1.getMessage());
        LiftLowerContext beyond =
                new LiftLowerContext(
                        new dev.dovetail.abi.ByteArrayMemory(1024),
                        (p, s, a, n) -> 1000,
                        dev.dovetail.abi.StringEncoding.UTF8,
                        dev.dovetail.abi.Handles.NONE);
        Trap t2 = assertThrows(Trap.class, () -> plan.lowerParams(beyond, args));
        assertEquals("realloc return: beyond end of memory", t2.getMessage());
    }

    @Test
    void spilledParamPointerFromTheGuestIsChecked() {
        FuncType ft = fn(Collections.nCopies(17, PrimType.U32), null);
        FuncPlan lower = FuncPlan.forLower(ft, false);
        assertEquals(new CoreFuncType(List.of(CoreType.I32), List.of()), lower.coreType());
        TestHeap h = new TestHeap(128);
        Trap t1 = assertThrows(Trap.class, () -> lower.liftParams(h.cx(), new long[] {2}));
        assertEquals("unaligned pointer", t1.getMessage());
        Trap t2 = assertThrows(Trap.class, () -> lower.liftParams(h.cx(), new long[] {64}));
        assertEquals("pointer out of bounds of memory", t2.getMessage());
        assertEquals(17, lower.liftParams(h.cx(), new long[] {60}).length);
        // a sign-extended pointer is read as unsigned
        Trap t3 = assertThrows(Trap.class, () -> lower.liftParams(h.cx(), new long[] {-4}));
        assertEquals("pointer out of bounds of memory", t3.getMessage());
    }

    @Test
    void resultsThroughReturnedPointer() {
        ValType pair = TupleType.of(PrimType.U32, PrimType.U64);
        FuncPlan lift = FuncPlan.forLift(fn(List.of(), pair), false, false);
        assertEquals(new CoreFuncType(List.of(), List.of(CoreType.I32)), lift.coreType());
        TestHeap h = new TestHeap(64);
        h.memory.writeI32(16, 7);
        h.memory.writeI64(24, -2);
        assertEquals(Val.tuple(Val.u32(7), Val.u64(-2)), lift.liftResult(h.cx(), new long[] {16}));
        assertEquals(
                "unaligned pointer",
                assertThrows(Trap.class, () -> lift.liftResult(h.cx(), new long[] {20}))
                        .getMessage());
        assertEquals(
                "pointer out of bounds of memory",
                assertThrows(Trap.class, () -> lift.liftResult(h.cx(), new long[] {56}))
                        .getMessage());
        // a single flat result is returned directly
        FuncPlan one = FuncPlan.forLift(fn(List.of(), PrimType.S8), false, false);
        assertEquals(Val.s8(-1), one.liftResult(h.cx(), new long[] {0xFF}));
    }

    @Test
    void resultsThroughOutParam() {
        ValType pair = TupleType.of(PrimType.U8, PrimType.STRING);
        FuncType ft = fn(List.of(PrimType.U32), pair);
        FuncPlan lower = FuncPlan.forLower(ft, false);
        assertEquals(
                new CoreFuncType(List.of(CoreType.I32, CoreType.I32), List.of()), lower.coreType());
        assertEquals(1, lower.outParamIndex());
        TestHeap h = new TestHeap(64, 32);
        assertArrayEquals(new Val[] {Val.u32(3)}, lower.liftParams(h.cx(), new long[] {3, 8}));
        long[] results =
                lower.lowerResult(h.cx(), Val.tuple(Val.u8(9), Val.str("ok")), new long[] {3, 8});
        assertEquals(0, results.length);
        assertEquals(List.of(new TestHeap.Call(0, 0, 1, 2, 32)), h.calls);
        assertArrayEquals(new int[] {9, 0, 0, 0, 32, 0, 0, 0, 2, 0, 0, 0}, h.bytes(8, 12));
        assertEquals(
                "unaligned pointer",
                assertThrows(
                                Trap.class,
                                () ->
                                        lower.lowerResult(
                                                h.cx(),
                                                Val.tuple(Val.u8(9), Val.str("")),
                                                new long[] {3, 6}))
                        .getMessage());
        assertEquals(
                "pointer out of bounds of memory",
                assertThrows(
                                Trap.class,
                                () ->
                                        lower.lowerResult(
                                                h.cx(),
                                                Val.tuple(Val.u8(9), Val.str("")),
                                                new long[] {3, 60}))
                        .getMessage());
        // with spilled parameters the out-pointer is the second core argument
        FuncType many = fn(Collections.nCopies(17, PrimType.U8), pair);
        FuncPlan lowerMany = FuncPlan.forLower(many, false);
        assertEquals(
                new CoreFuncType(List.of(CoreType.I32, CoreType.I32), List.of()),
                lowerMany.coreType());
        assertEquals(1, lowerMany.outParamIndex());
        // a single flat result is returned
        FuncPlan single = FuncPlan.forLower(fn(List.of(), PrimType.F32), false);
        assertArrayEquals(
                new long[] {Float.floatToRawIntBits(-1.5f)},
                single.lowerResult(h.cx(), Val.f32(-1.5f), new long[0]));
    }

    @Test
    void asyncPlans() {
        FuncType ft =
                fn(
                        List.of(PrimType.U32, PrimType.U8, PrimType.U8, PrimType.U8, PrimType.U8),
                        PrimType.U32);
        FuncPlan lower = FuncPlan.forLower(ft, true);
        assertEquals(
                new CoreFuncType(List.of(CoreType.I32, CoreType.I32), List.of(CoreType.I32)),
                lower.coreType());
        TestHeap h = new TestHeap(64);
        h.put(12, 1, 0, 0, 0, 2, 3, 4, 5);
        assertArrayEquals(
                new Val[] {Val.u32(1), Val.u8(2), Val.u8(3), Val.u8(4), Val.u8(5)},
                lower.liftParams(h.cx(), new long[] {12, 40}));
        assertEquals(0, lower.lowerResult(h.cx(), Val.u32(0xABCD), new long[] {12, 40}).length);
        assertEquals(0xABCD, h.memory.readI32(40));
        // task.return of an async lift: up to 16 flat values, passed flat
        FuncType pairResult = fn(List.of(), TupleType.of(PrimType.U32, PrimType.F64));
        FuncPlan lift = FuncPlan.forLift(pairResult, true, true);
        assertEquals(new CoreFuncType(List.of(), List.of(CoreType.I32)), lift.coreType());
        assertEquals(
                Val.tuple(Val.u32(5), Val.f64(0.5)),
                lift.liftResult(h.cx(), new long[] {5, Double.doubleToRawLongBits(0.5)}));
        // async lower: four flat parameters still go flat
        FuncPlan four =
                FuncPlan.forLower(
                        fn(List.of(PrimType.F32, PrimType.F64, PrimType.U32, PrimType.S64), null),
                        true);
        assertEquals(
                new CoreFuncType(
                        List.of(CoreType.F32, CoreType.F64, CoreType.I32, CoreType.I64),
                        List.of(CoreType.I32)),
                four.coreType());
        assertEquals(
                List.of(Val.f32(1.1f), Val.f64(2.2), Val.u32(3), Val.s64(4)),
                List.of(
                        four.liftParams(
                                h.cx(),
                                new long[] {
                                    Float.floatToRawIntBits(1.1f),
                                    Double.doubleToRawLongBits(2.2),
                                    3,
                                    4
                                })));
    }

    /** The reference's {@code test_roundtrips} cases, as {@code func(x: t) -> t}. */
    @Test
    void referenceRoundTrips() {
        List<ValType> sixteen = Collections.nCopies(16, PrimType.U32);
        List<ValType> wide = new ArrayList<>(sixteen);
        wide.add(PrimType.STRING);
        Val[] ws = new Val[17];
        for (int i = 0; i < 16; i++) {
            ws[i] = Val.u32(i + 1);
        }
        ws[16] = Val.str("wat");
        Object[][] cases = {
            {PrimType.S8, Val.s8(-1)},
            {TupleType.of(PrimType.U16, PrimType.U16), Val.tuple(Val.u16(3), Val.u16(4))},
            {ListType.of(PrimType.STRING), Val.list(Val.str("hello there"))},
            {
                ListType.of(ListType.of(PrimType.STRING)),
                Val.list(Val.list(Val.str("one"), Val.str("two")), Val.list(Val.str("three")))
            },
            {
                ListType.of(
                        new dev.dovetail.abi.type.OptionType(
                                TupleType.of(PrimType.STRING, PrimType.U16))),
                Val.list(Val.some(Val.tuple(Val.str("answer"), Val.u16(42))))
            },
            {
                VariantType.of(new Case("x", new TupleType(wide))),
                new Val.Variant("x", Val.tuple(ws))
            },
        };
        for (Object[] c : cases) {
            ValType t = (ValType) c[0];
            Val v = (Val) c[1];
            FuncType ft = fn(List.of(t), t);
            FuncPlan lift = FuncPlan.forLift(ft, false, false);
            FuncPlan lower = FuncPlan.forLower(ft, false);
            TestHeap callee = new TestHeap(1000);
            // host -> callee's core function (lifted export)
            long[] core = lift.lowerParams(callee.cx(), v);
            // the callee (itself lowered from the host's view) reads them...
            Val[] got = lower.liftParams(callee.cx(), core);
            assertArrayEquals(new Val[] {v}, got, t::toString);
            // ...and returns the value: into the caller's out-pointer when spilled
            long[] args = core;
            if (lower.resultInMemory()) {
                args = java.util.Arrays.copyOf(core, core.length + 1);
                args[lower.outParamIndex()] =
                        callee.realloc(0, 0, lower.result().alignment(), lower.result().size());
            }
            long[] res = lower.lowerResult(callee.cx(), got[0], args);
            long[] seen = lift.resultInMemory() ? new long[] {args[lower.outParamIndex()]} : res;
            assertEquals(v, lift.liftResult(callee.cx(), seen), t::toString);
        }
    }

    @Test
    void valueTypeErrorsNameTheirPlace() {
        RecordType r = RecordType.of(new Field("x", PrimType.U32), new Field("y", PrimType.STRING));
        FuncType ft = fn(List.of(PrimType.U8, PrimType.BOOL, r), null);
        FuncPlan plan = FuncPlan.forLift(ft, false, false);
        TestHeap h = new TestHeap(64);
        Val bad = Val.record(Val.field("x", Val.str("no")), Val.field("y", Val.str("")));
        ValueTypeException e =
                assertThrows(
                        ValueTypeException.class,
                        () -> plan.lowerParams(h.cx(), Val.u8(1), Val.bool(true), bad));
        assertEquals("parameter 2 (`p2`) field `x`: expected u32, found Str", e.getMessage());

        IllegalArgumentException arity =
                assertThrows(
                        IllegalArgumentException.class, () -> plan.lowerParams(h.cx(), Val.u8(1)));
        assertTrue(
                arity.getMessage().startsWith("expected 3 arguments, found 1"), arity.getMessage());

        ValType nested =
                ListType.of(
                        new VariantType(
                                List.of(
                                        new Case("a", TupleType.of(PrimType.S8, PrimType.CHAR)),
                                        Case.of("b"))));
        FuncPlan plan2 = FuncPlan.forLift(fn(List.of(nested), null), false, false);
        Val v =
                Val.list(
                        new Val.Variant("b", null),
                        new Val.Variant("a", Val.tuple(Val.s8(1), Val.u32(2))));
        assertEquals(
                "parameter 0 (`p0`) element 1 case `a` element 1: expected char, found U32",
                assertThrows(ValueTypeException.class, () -> plan2.lowerParams(h.cx(), v))
                        .getMessage());
        Val unknown = Val.list(new Val.Variant("zz", null));
        assertTrue(
                assertThrows(ValueTypeException.class, () -> plan2.lowerParams(h.cx(), unknown))
                        .getMessage()
                        .startsWith("parameter 0 (`p0`) element 0: unknown case `zz`"));
        Val missingPayload = Val.list(new Val.Variant("a", null));
        assertEquals(
                "parameter 0 (`p0`) element 0 case `a`: expected a payload of type tuple<s8, char>, found none",
                assertThrows(
                                ValueTypeException.class,
                                () -> plan2.lowerParams(h.cx(), missingPayload))
                        .getMessage());

        FuncPlan lower =
                FuncPlan.forLower(fn(List.of(), new MapType(PrimType.STRING, PrimType.U8)), false);
        Val map = new Val.Map(List.of(new Val.Entry(Val.str("k"), Val.s8(1))));
        assertEquals(
                "result entry 0 value: expected u8, found S8",
                assertThrows(
                                ValueTypeException.class,
                                () -> lower.lowerResult(h.cx(), map, new long[] {0}))
                        .getMessage());
        assertEquals(
                "result: expected option<u8>, found nothing",
                assertThrows(
                                ValueTypeException.class,
                                () ->
                                        FuncPlan.forLower(
                                                        fn(
                                                                List.of(),
                                                                new dev.dovetail.abi.type
                                                                        .OptionType(PrimType.U8)),
                                                        false)
                                                .lowerResult(h.cx(), null, new long[] {0}))
                        .getMessage());
        assertThrows(IllegalStateException.class, () -> lower.liftResult(h.cx(), new long[0]));
    }

    @Test
    void recordFieldsMatchedByNameWhenReordered() {
        RecordType r = RecordType.of(new Field("x", PrimType.U32), new Field("y", PrimType.U8));
        Codec<Val> c = ValCodec.of(r);
        long[] flat = new long[2];
        c.lowerFlat(
                new TestHeap(8).cx(),
                Val.record(Val.field("y", Val.u8(2)), Val.field("x", Val.u32(1))),
                new FlatSink(flat));
        assertArrayEquals(new long[] {1, 2}, flat);
        assertThrows(
                ValueTypeException.class,
                () ->
                        c.lowerFlat(
                                new TestHeap(8).cx(),
                                Val.record(Val.field("x", Val.u32(1)), Val.field("z", Val.u8(2))),
                                new FlatSink(flat)));
    }

    @Test
    void handlesMoveThroughTheTable() {
        FakeHandles handles = new FakeHandles();
        TestHeap h = new TestHeap(64);
        LiftLowerContext cx = h.cx(handles);
        FuncType ft = fn(List.of(new OwnType(TypeGen.RES_A), new OwnType(TypeGen.RES_A)), null);
        Object a = new Object();
        Object b = new Object();
        long[] core =
                FuncPlan.forLift(ft, false, false)
                        .lowerParams(cx, new Val.Resource(a), new Val.Resource(b));
        assertArrayEquals(new long[] {1, 2}, core);
        assertEquals(2, handles.size());
        Val[] back = FuncPlan.forLower(ft, false).liftParams(cx, core);
        assertEquals(a, ((Val.Resource) back[0]).handle());
        assertEquals(b, ((Val.Resource) back[1]).handle());
        assertEquals(0, handles.size());
        // wrong resource type: the handle table traps
        FuncType other = fn(List.of(new OwnType(TypeGen.RES_B)), null);
        long[] idx =
                FuncPlan.forLift(fn(List.of(new OwnType(TypeGen.RES_A)), null), false, false)
                        .lowerParams(cx, new Val.Resource(a));
        assertThrows(Trap.class, () -> FuncPlan.forLower(other, false).liftParams(cx, idx));
    }
}
