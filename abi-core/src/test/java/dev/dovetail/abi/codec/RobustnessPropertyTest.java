package dev.dovetail.abi.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.gen.FakeHandles;
import dev.dovetail.abi.gen.TestHeap;
import dev.dovetail.abi.gen.TypeGen;
import dev.dovetail.abi.gen.ValGen;
import dev.dovetail.abi.type.ValType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded robustness properties: arbitrary guest data either lifts or traps (never any other
 * exception), and an arbitrary host value either lowers (and then round-trips) or is rejected with
 * {@link ValueTypeException} (never a {@link ClassCastException} or the like).
 */
class RobustnessPropertyTest {
    private static final int MEMORY = 1 << 12;

    private static long slot(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(4); // small discriminants, lengths, indices
            case 1 -> random.nextInt(MEMORY + 16); // pointers around memory
            case 2 -> random.nextInt(64); // short lengths
            case 3 -> random.nextInt(); // any i32, sign-extended
            case 4 -> random.nextInt() & 0xFFFF_FFFFL; // any i32, zero-extended
            default -> random.nextLong();
        };
    }

    @Test
    void arbitraryGuestDataLiftsOrTraps() {
        Random random = new Random(0x5eed_0010L);
        TypeGen types = new TypeGen(random, 3, true);
        int lifted = 0;
        int trapped = 0;
        for (int n = 0; n < 3000; n++) {
            ValType t = types.type();
            Codec<Val> c = ValCodec.of(t);
            TestHeap heap = new TestHeap(MEMORY);
            byte[] junk = new byte[MEMORY];
            random.nextBytes(junk);
            if (random.nextBoolean()) {
                // make small values likelier: zero most bytes
                for (int i = 0; i < junk.length; i++) {
                    if (random.nextInt(4) != 0) {
                        junk[i] = (byte) random.nextInt(3);
                    }
                }
            }
            heap.memory.write(0, junk, 0, junk.length);
            StringEncoding enc = StringEncoding.values()[random.nextInt(3)];
            LiftLowerContext cx = heap.cx(new FakeHandles(), enc);
            try {
                if (c.flatCount() >= 0 && random.nextBoolean()) {
                    long[] flat = new long[c.flatCount()];
                    for (int i = 0; i < flat.length; i++) {
                        flat[i] = slot(random);
                    }
                    c.liftFlat(cx, new FlatSource(flat));
                } else {
                    int ptr = random.nextInt(MEMORY - c.size() + 1) / c.alignment() * c.alignment();
                    c.load(cx, ptr);
                }
                lifted++;
            } catch (Trap expected) {
                trapped++;
            } catch (RuntimeException e) {
                throw new AssertionError("lifting " + t + " threw " + e, e);
            }
        }
        assertEquals(3000, lifted + trapped);
        assertTrue(lifted > 300, "lifted " + lifted);
        assertTrue(trapped > 300, "trapped " + trapped);
    }

    @Test
    void mismatchedHostValuesAreRejectedCleanly() {
        Random random = new Random(0x5eed_0011L);
        TypeGen types = new TypeGen(random, 2, true);
        ValGen values = new ValGen(random);
        int rejected = 0;
        int accepted = 0;
        for (int n = 0; n < 3000; n++) {
            ValType t = types.type();
            ValType other = random.nextInt(4) == 0 ? t : types.type();
            Val v = values.value(other);
            Codec<Val> c = ValCodec.of(t);
            TestHeap heap = new TestHeap(1 << 16);
            LiftLowerContext cx = heap.cx(new FakeHandles());
            try {
                Val back;
                if (c.flatCount() >= 0 && random.nextBoolean()) {
                    long[] flat = new long[c.flatCount()];
                    c.lowerFlat(cx, v, new FlatSink(flat));
                    back = c.liftFlat(cx, new FlatSource(flat));
                } else {
                    long ptr = heap.realloc(0, 0, c.alignment(), c.size());
                    c.store(cx, v, ptr);
                    back = c.load(cx, ptr);
                }
                assertEquals(v, back, () -> v + " accepted as " + t);
                accepted++;
            } catch (ValueTypeException e) {
                assertTrue(
                        e.getMessage().contains("expected")
                                || e.getMessage().contains("unknown")
                                || e.getMessage().contains("missing"),
                        e.getMessage());
                rejected++;
            } catch (RuntimeException e) {
                fail("lowering a " + other + " value as " + t + " threw " + e, e);
            }
        }
        assertEquals(3000, accepted + rejected);
        assertTrue(rejected > 1000, "rejected " + rejected);
        assertTrue(accepted > 500, "accepted " + accepted);
    }
}
