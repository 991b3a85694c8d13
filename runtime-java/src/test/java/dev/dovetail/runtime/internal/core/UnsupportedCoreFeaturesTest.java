package dev.dovetail.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.UnsupportedFeatureException;
import org.junit.jupiter.api.Test;

/** What the core engine cannot run is refused when the component loads, naming the feature. */
class UnsupportedCoreFeaturesTest {
    private static final Engine ENGINE = Engine.builder().build();

    /**
     * {@code $A} owns a table of {@code (ref i31)}; with {@code %s} set, {@code $B} imports it
     * (Chicory would read A's boxed i31s against B's own GC store: a wrong value, or a
     * NullPointerException once compiled).
     */
    private static final String I31_TABLE =
            """
            (component
              (core module $A
                (table (export "t") 2 2 (ref i31) (ref.i31 (i32.const 42)))
                (func (export "get") (param i32) (result i32)
                  (i31.get_s (table.get 0 (local.get 0)))))
              (core instance $a (instantiate $A))
              %s
              (func (export "get-a") (param "i" u32) (result s32) (canon lift (core func $a "get"))))
            """;

    private static final String IMPORTER =
            """
            (core module $B
              (import "a" "t" (table 2 2 (ref i31)))
              (func (export "get") (param i32) (result i32)
                (i31.get_s (table.get 0 (local.get 0)))))
            (core instance $b (instantiate $B (with "a" (instance (export "t" (table $a "t"))))))
            """;

    @Test
    void aGcTableUsedByItsOwnInstanceRuns() {
        Component c = Component.fromWat(ENGINE, I31_TABLE.formatted(""));
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        assertEquals(Val.s32(42), instance.getFunc("get-a").call(store, Val.u32(1)));
    }

    @Test
    void aGcTableImportedByAnotherCoreInstanceIsRefusedAtLoad() {
        var e =
                assertThrows(
                        UnsupportedFeatureException.class,
                        () -> Component.fromWat(ENGINE, I31_TABLE.formatted(IMPORTER)));
        assertTrue(
                e.getMessage().startsWith("GC references shared between core instances"),
                e.getMessage());
        assertTrue(e.getMessage().contains("`a` `t`: table of"), e.getMessage());
    }

    @Test
    void aStructGlobalImportedByAnotherCoreInstanceIsRefusedAtLoad() {
        String wat =
                """
                (component
                  (core module $A
                    (type $s (struct (field i32)))
                    (global (export "g") (ref null $s) (struct.new $s (i32.const 42))))
                  (core instance $a (instantiate $A))
                  (core module $B
                    (type $s (struct (field i32)))
                    (import "a" "g" (global (ref null $s)))
                    (func (export "get") (result i32) (struct.get $s 0 (global.get 0))))
                  (core instance $b (instantiate $B (with "a" (instance (export "g" (global $a "g")))))))
                """;
        var e =
                assertThrows(
                        UnsupportedFeatureException.class, () -> Component.fromWat(ENGINE, wat));
        assertTrue(e.getMessage().contains("global of"), e.getMessage());
    }

    @Test
    void aSixtyFourBitMemoryIsRefusedAsMemory64NotAsMalformed() {
        for (String memory :
                new String[] {"(memory i64 1)", "(import \"m\" \"mem\" (memory i64 1))"}) {
            String wat = "(component (core module $M " + memory + "))";
            var e =
                    assertThrows(
                            UnsupportedFeatureException.class,
                            () -> Component.fromWat(ENGINE, wat));
            assertTrue(e.getMessage().startsWith("memory64"), e.getMessage());
        }
    }
}
