package dev.dovetail.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Trap;
import org.junit.jupiter.api.Test;

class HandleTableTest {
    @Test
    void indicesStartAtOneAndFreedSlotsAreReusedMostRecentFirst() {
        HandleTable t = new HandleTable();
        assertEquals(1, t.add("a"));
        assertEquals(2, t.add("b"));
        assertEquals(3, t.add("c"));
        t.remove(2);
        t.remove(1);
        assertEquals(1, t.add("d"));
        assertEquals(2, t.add("e"));
        assertEquals(4, t.add("f"));
        assertEquals("d", t.get(1));
        assertEquals(4, t.size());
    }

    @Test
    void unknownIndicesTrapWithTheSpecWording() {
        HandleTable t = new HandleTable();
        t.add("a");
        assertEquals(
                "unknown handle index 0", assertThrows(Trap.class, () -> t.get(0)).getMessage());
        assertEquals(
                "unknown handle index 5", assertThrows(Trap.class, () -> t.get(5)).getMessage());
        assertEquals(
                "unknown handle index 4294967295",
                assertThrows(Trap.class, () -> t.get(-1)).getMessage());
        t.remove(1);
        assertEquals(
                "unknown handle index 1", assertThrows(Trap.class, () -> t.remove(1)).getMessage());
    }

    @Test
    void aLimitedTableTrapsInsteadOfGrowingForever() {
        HandleTable t = new HandleTable(2);
        t.add("a");
        t.add("b");
        assertThrows(Trap.class, () -> t.add("c"));
        t.remove(1);
        assertEquals(1, t.add("c"));
    }
}
