package dev.dovetail.bench;

import static org.junit.jupiter.api.Assertions.*;

import dev.dovetail.abi.Val;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each benchmark's setup works and every measured call gives the right answer; no timing. */
class BenchmarkSetupTest {
    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void calls(String machine) {
        CallBench b = new CallBench();
        b.machine = machine;
        b.setup();
        b.nop_core(); // null or empty: no results
        assertNull(b.nop_typed());
        assertNull(b.nop_dynamic());
        assertEquals(42, b.add_core());
        assertEquals(42, b.add_typed());
        assertEquals(new Val.U32(42), b.add_dynamic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void hostCalls(String machine) {
        HostCallBench b = new HostCallBench();
        b.machine = machine;
        b.setup();
        int expected = HostCallBench.N * (HostCallBench.N - 1) / 2;
        assertEquals(expected, b.hostAdd_core());
        assertEquals(expected, b.hostAdd_typed());
        assertEquals(expected, b.hostAdd_dynamic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void strings(String machine) {
        for (String encoding : new String[] {"utf8", "utf16"}) {
            for (int size : new int[] {16, 16384}) {
                StringBench b = new StringBench();
                b.machine = machine;
                b.encoding = encoding;
                b.size = size;
                b.setup();
                for (int i = 0; i < 3; i++) {
                    assertEquals(b.s, b.string_core());
                    assertEquals(b.s, b.string_typed());
                    assertEquals(b.v, b.string_dynamic());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void bytes(String machine) {
        for (int size : new int[] {16, 1 << 20}) {
            BytesBench b = new BytesBench();
            b.machine = machine;
            b.size = size;
            b.setup();
            for (int i = 0; i < 5; i++) { // wraps the bump allocator
                assertArrayEquals(b.bytes, b.bytes_arraycopy());
                assertArrayEquals(b.bytes, b.bytes_core());
                assertArrayEquals(b.bytes, b.bytes_typed());
            }
            assertEquals(b.v, b.bytes_dynamic());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void records(String machine) {
        RecordBench b = new RecordBench();
        b.machine = machine;
        b.setup();
        assertEquals(RecordBench.ITEMS, b.items.size());
        assertEquals(b.items, b.items_typed());
        assertEquals(b.itemsVal, b.items_dynamic());
        assertEquals(b.entries, b.mix_typed());
        assertEquals(b.entriesVal, b.mix_dynamic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "interpreter"})
    void instantiation(String machine) {
        InstantiateBench b = new InstantiateBench();
        b.machine = machine;
        b.setup();
        assertNotNull(b.multi_component());
        var instance = b.multi_instantiate();
        assertTrue(instance.exportNames().containsAll(java.util.Set.of("run", "get", "inner")));
    }
}
