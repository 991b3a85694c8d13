package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.FakeHandles;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.gen.ValGen;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ValType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests over random types and values: memory, flat and function-level round trips.
 * Each loop counts its cases and checks the count, so a generator that silently stops producing
 * cases fails the test.
 */
class RoundTripPropertyTest {
    static final int TYPES = 2000;
    static final int VALUES_PER_TYPE = 3;
    static final StringEncoding[] ENCODINGS = StringEncoding.values();

    @Test
    void memoryRoundTrip() {
        Random random = new Random(0x5eed_0001L);
        TypeGen types = new TypeGen(random, 3, true);
        ValGen values = new ValGen(random);
        int cases = 0;
        for (int n = 0; n < TYPES; n++) {
            ValType t = types.type();
            Codec<Val> c = ValCodec.of(t);
            assertEquals(Layout.elemSize(t, AddrType.I32), c.size());
            assertEquals(Layout.alignment(t, AddrType.I32), c.alignment());
            for (int k = 0; k < VALUES_PER_TYPE; k++) {
                Val v = values.value(t);
                TestHeap heap = new TestHeap(1 << 16, 1 + random.nextInt(16));
                FakeHandles handles = new FakeHandles();
                StringEncoding encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
                LiftLowerContext cx = heap.cx(handles, encoding);
                long ptr = heap.realloc(0, 0, c.alignment(), c.size());
                c.store(cx, v, ptr);
                Val back = c.load(cx, ptr);
                assertEquals(v, back, () -> "memory round trip of " + t + " in " + encoding);
                cases++;
            }
        }
        assertEquals(TYPES * VALUES_PER_TYPE, cases);
    }

    @Test
    void flatRoundTrip() {
        Random random = new Random(0x5eed_0002L);
        TypeGen types = new TypeGen(random, 3, true);
        ValGen values = new ValGen(random);
        int cases = 0;
        while (cases < TYPES * VALUES_PER_TYPE) {
            ValType t = types.type();
            Codec<Val> c = ValCodec.of(t);
            if (c.flatCount() < 0) {
                continue; // never passed flat
            }
            for (int k = 0; k < VALUES_PER_TYPE; k++) {
                Val v = values.value(t);
                TestHeap heap = new TestHeap(1 << 16);
                StringEncoding encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
                LiftLowerContext cx = heap.cx(new FakeHandles(), encoding);
                long[] flat = new long[c.flatCount() + 2];
                FlatSink sink = new FlatSink().reset(flat, 1);
                c.lowerFlat(cx, v, sink);
                assertEquals(1 + c.flatCount(), sink.position(), () -> "flat count of " + t);
                for (int i = 0; i < c.flatCount(); i++) {
                    long slot = flat[1 + i];
                    CoreType ct = c.flatTypes().get(i);
                    if (ct.is32()) {
                        assertEquals((long) (int) slot, slot, "32-bit slots are sign-extended");
                    }
                }
                FlatSource source = new FlatSource().reset(flat, 1);
                Val back = c.liftFlat(cx, source);
                assertEquals(v, back, () -> "flat round trip of " + t);
                assertEquals(1 + c.flatCount(), source.position());
                cases++;
            }
        }
        assertEquals(TYPES * VALUES_PER_TYPE, cases);
    }

    /**
     * Calls through a {@code canon lift} plan (host to guest) and reads the arguments back through
     * a {@code canon lower} plan of the same type, as a guest receiving them would; results go the
     * other way through the out-pointer and the returned pointer. Many functions have more than 16
     * flat parameters or more than one flat result, so both spill paths are exercised.
     */
    @Test
    void functionRoundTrip() {
        Random random = new Random(0x5eed_0003L);
        TypeGen types = new TypeGen(random, 2, true);
        ValGen values = new ValGen(random);
        int cases = 0;
        int spilledParams = 0;
        int spilledResults = 0;
        for (int n = 0; n < 1000; n++) {
            FuncType ft = types.funcType(20);
            FuncPlan lift = FuncPlan.forLift(ft, false, false);
            FuncPlan lower = FuncPlan.forLower(ft, false);
            assertEquals(lift.paramsInMemory(), lower.paramsInMemory());
            TestHeap heap = new TestHeap(1 << 17);
            LiftLowerContext cx = heap.cx(new FakeHandles());

            Val[] args = new Val[ft.params().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = values.value(ft.params().get(i).type());
            }
            long[] core = lift.lowerParams(cx, args);
            assertEquals(lift.coreType().params().size(), core.length);
            if (lift.paramsInMemory()) {
                spilledParams++;
                assertEquals(1, core.length);
            }
            Val[] received = lower.liftParams(cx, core);
            assertEquals(java.util.List.of(args), java.util.List.of(received), ft::toString);

            if (ft.result() != null) {
                Val result = values.value(ft.result());
                long[] guestArgs = core;
                long out = -1;
                if (lower.resultInMemory()) {
                    spilledResults++;
                    out = heap.realloc(0, 0, lower.result().alignment(), lower.result().size());
                    guestArgs = java.util.Arrays.copyOf(core, core.length + 1);
                    guestArgs[lower.outParamIndex()] = out;
                }
                long[] coreResults = lower.lowerResult(cx, result, guestArgs);
                assertEquals(lower.coreType().results().size(), coreResults.length);
                // the lifted side sees the results, or the pointer to them
                long[] seen = lift.resultInMemory() ? new long[] {out} : coreResults;
                assertEquals(lift.coreType().results().size(), seen.length);
                assertEquals(result, lift.liftResult(cx, seen), ft::toString);
            }
            cases++;
        }
        assertEquals(1000, cases);
        assertTrue(spilledParams > 50, "spilled parameters: " + spilledParams);
        assertTrue(spilledResults > 200, "spilled results: " + spilledResults);
    }

    /** Async lowering: at most 4 flat parameters, results always through the out-pointer. */
    @Test
    void asyncLowerRoundTrip() {
        Random random = new Random(0x5eed_0004L);
        TypeGen types = new TypeGen(random, 2, false);
        ValGen values = new ValGen(random);
        int spilled = 0;
        for (int n = 0; n < 500; n++) {
            FuncType ft = types.funcType(6);
            FuncPlan lower = FuncPlan.forLower(ft, true);
            TestHeap heap = new TestHeap(1 << 17);
            LiftLowerContext cx = heap.cx();
            Val[] args = new Val[ft.params().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = values.value(ft.params().get(i).type());
            }
            // the guest's side: flat when they fit in 4 core values, else a tuple in memory
            long[] core = new long[lower.coreType().params().size()];
            if (lower.paramsInMemory()) {
                spilled++;
                long ptr =
                        heap.realloc(
                                0,
                                0,
                                lower.layout().paramTupleAlign(),
                                lower.layout().paramTupleSize());
                for (int i = 0; i < args.length; i++) {
                    lower.param(i).store(cx, args[i], ptr + lower.layout().paramOffset(i));
                }
                core[0] = ptr;
            } else {
                FlatSink sink = new FlatSink(core);
                for (int i = 0; i < args.length; i++) {
                    lower.param(i).lowerFlat(cx, args[i], sink);
                }
            }
            assertEquals(java.util.List.of(args), java.util.List.of(lower.liftParams(cx, core)));
            if (ft.result() != null) {
                assertTrue(lower.resultInMemory());
                long out = heap.realloc(0, 0, 8, lower.result().size());
                core[lower.outParamIndex()] = out;
                Val result = values.value(ft.result());
                assertEquals(0, lower.lowerResult(cx, result, core).length);
                assertEquals(result, lower.result().load(cx, out));
            }
        }
        assertTrue(spilled > 100, "spilled: " + spilled);
    }
}
