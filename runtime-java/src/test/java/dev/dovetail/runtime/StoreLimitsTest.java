package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import org.junit.jupiter.api.Test;

class StoreLimitsTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    /** A memory of 2 pages (max 10) and a table of 4 elements (max 100); exports growers. */
    private static final Component GROWER =
            Component.fromWat(
                    ENGINE,
                    """
                    (component
                      (core module $M
                        (memory 2 10)
                        (table 4 100 funcref)
                        (func (export "grow-memory") (param i32) (result i32)
                          (memory.grow (local.get 0)))
                        (func (export "grow-table") (param i32) (result i32)
                          (table.grow (ref.null func) (local.get 0))))
                      (core instance $m (instantiate $M))
                      (func (export "grow-memory") (param "pages" u32) (result s32)
                        (canon lift (core func $m "grow-memory")))
                      (func (export "grow-table") (param "n" u32) (result s32)
                        (canon lift (core func $m "grow-table"))))
                    """);

    private static Instance instantiate(Store<Void> store) {
        return new Linker<Void>(ENGINE).instantiate(store, GROWER);
    }

    @Test
    void memoryGrowthStopsAtTheCap() {
        Store<Void> store =
                new Store<>(ENGINE, null, StoreLimits.builder().maxMemoryPages(4).build());
        Func grow = instantiate(store).getFunc("grow-memory");
        assertEquals(Val.s32(2), grow.call(store, Val.u32(2)));
        assertEquals(Val.s32(-1), grow.call(store, Val.u32(1)), "a fifth page is refused");
    }

    @Test
    void tableGrowthStopsAtTheCap() {
        Store<Void> store =
                new Store<>(ENGINE, null, StoreLimits.builder().maxTableElements(6).build());
        Func grow = instantiate(store).getFunc("grow-table");
        assertEquals(Val.s32(4), grow.call(store, Val.u32(2)));
        assertEquals(Val.s32(-1), grow.call(store, Val.u32(1)));
    }

    @Test
    void aModuleLargerThanTheCapDoesNotInstantiate() {
        Store<Void> small =
                new Store<>(ENGINE, null, StoreLimits.builder().maxMemoryPages(1).build());
        var e = assertThrows(UnlinkableException.class, () -> instantiate(small));
        assertTrue(e.getMessage().contains("exceeds the store limit of 1 pages"), e.getMessage());
        Store<Void> tiny =
                new Store<>(ENGINE, null, StoreLimits.builder().maxTableElements(3).build());
        var t = assertThrows(UnlinkableException.class, () -> instantiate(tiny));
        assertTrue(
                t.getMessage().contains("exceeds the store limit of 3 elements"), t.getMessage());
    }

    @Test
    void negativeLimitsAreRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> StoreLimits.builder().maxHandles(-1).build());
    }
}
