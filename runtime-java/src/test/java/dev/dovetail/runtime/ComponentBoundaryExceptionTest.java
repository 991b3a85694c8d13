package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Trap;
import org.junit.jupiter.api.Test;

/**
 * A core wasm exception never crosses a component boundary: {@code canon lift} traps when its
 * callee throws (definitions.py's {@code call_and_trap_on_throw}).
 */
class ComponentBoundaryExceptionTest {
    private static final String UNCAUGHT =
            "wasm trap: uncaught exception propagated out of component";

    /**
     * {@code $Thrower} exports {@code boom}, which throws; its sibling {@code $Catcher} calls it
     * inside a {@code try_table} that would catch anything. The root exports both.
     */
    private static final String CATCHER =
            """
            (component
              (component $Thrower
                (core module $M
                  (tag $t (param i32))
                  (func (export "boom") (throw $t (i32.const 7))))
                (core instance $m (instantiate $M))
                (func (export "boom") (canon lift (core func $m "boom"))))
              (component $Catcher
                (import "boom" (func $boom))
                (core func $boom' (canon lower (func $boom)))
                (core module $C
                  (import "" "boom" (func $boom))
                  (func (export "run") (result i32)
                    (block $caught
                      (try_table (catch_all $caught) (call $boom))
                      (return (i32.const 0)))
                    (i32.const 1)))
                (core instance $c (instantiate $C (with "" (instance (export "boom" (func $boom'))))))
                (func (export "run") (result u32) (canon lift (core func $c "run"))))
              (instance $thrower (instantiate $Thrower))
              (instance $catcher (instantiate $Catcher (with "boom" (func $thrower "boom"))))
              (export "run" (func $catcher "run"))
              (export "boom" (func $thrower "boom")))
            """;

    @Test
    void anExceptionThrownInsideALiftedExportTrapsAtTheBoundary() {
        for (Engine engine :
                new Engine[] {Engine.builder().build(), Engine.builder().interpreter().build()}) {
            Component c = Component.fromWat(engine, CATCHER);
            Store<Void> store = new Store<>(engine, null);
            Instance instance = new Linker<Void>(engine).instantiate(store, c);
            Trap t = assertThrows(Trap.class, () -> instance.getFunc("run").call(store));
            assertEquals(UNCAUGHT, t.getMessage());
        }
    }

    @Test
    void anExceptionReachingTheHostIsATrap() {
        Engine engine = Engine.builder().build();
        Component c = Component.fromWat(engine, CATCHER);
        Store<Void> store = new Store<>(engine, null);
        Instance instance = new Linker<Void>(engine).instantiate(store, c);
        Trap t = assertThrows(Trap.class, () -> instance.getFunc("boom").call(store));
        assertEquals(UNCAUGHT, t.getMessage());
    }
}
