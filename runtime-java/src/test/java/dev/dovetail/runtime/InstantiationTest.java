package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import org.junit.jupiter.api.Test;

/** What runs, and what may not run, while a component is instantiated. */
class InstantiationTest {
    private static final Engine ENGINE = Engine.builder().build();

    /**
     * A core module whose start section counts once and whose exported {@code _start} (a command's
     * entry point, as wasi-libc emits it) counts by ten; {@code count} reads the counter.
     */
    private static final String COMMAND =
            """
            (component
              (core module $M
                (global $n (mut i32) (i32.const 0))
                (func $init (global.set $n (i32.add (global.get $n) (i32.const 1))))
                (start $init)
                (func (export "_start") (global.set $n (i32.add (global.get $n) (i32.const 10))))
                (func (export "count") (result i32) (global.get $n)))
              (core instance $m (instantiate $M))
              (func (export "run") (canon lift (core func $m "_start")))
              (func (export "count") (result u32) (canon lift (core func $m "count"))))
            """;

    @Test
    void onlyTheStartSectionRunsAtInstantiationNeverAnExportedStart() {
        for (Engine engine : new Engine[] {ENGINE, Engine.builder().interpreter().build()}) {
            Component c = Component.fromWat(engine, COMMAND);
            Store<Void> store = new Store<>(engine, null);
            Instance instance = new Linker<Void>(engine).instantiate(store, c);
            Func count = instance.getFunc("count");
            assertEquals(Val.u32(1), count.call(store));
            instance.getFunc("run").call(store);
            assertEquals(Val.u32(11), count.call(store));
        }
    }

    /**
     * Lifts {@code $f1} and lowers it again into {@code $f2}; with {@code %s} the start function of
     * a second core instance calls {@code $f2} while the component is being instantiated.
     */
    private static final String SELF_LOWERED =
            """
            (component
              (core module $m (func (export "")))
              (core instance $m (instantiate $m))
              (func $f1 (canon lift (core func $m "")))
              (core func $f2 (canon lower (func $f1)))
              %s)
            """;

    private static final String CALL_AT_START =
            """
            (core module $m2
              (import "" "" (func $f))
              (func $start call $f)
              (start $start))
            (core instance (instantiate $m2 (with "" (instance (export "" (func $f2))))))
            """;

    @Test
    void loweringAFunctionTheSameInstanceLiftsIsValid() {
        Component c = Component.fromWat(ENGINE, SELF_LOWERED.formatted(""));
        new Linker<Void>(ENGINE).instantiate(new Store<>(ENGINE, null), c);
    }

    @Test
    void callingItDuringInstantiationCannotEnterTheInstance() {
        Component c = Component.fromWat(ENGINE, SELF_LOWERED.formatted(CALL_AT_START));
        Linker<Void> linker = new Linker<>(ENGINE);
        Trap t = assertThrows(Trap.class, () -> linker.instantiate(new Store<>(ENGINE, null), c));
        assertEquals("wasm trap: cannot enter component instance", t.getMessage());
    }

    /** A parent lowering its child's export, and calling it from its own lifted export. */
    private static final String PARENT_CALLS_CHILD =
            """
            (component
              (component $Child
                (core module $C (func (export "f")))
                (core instance $c (instantiate $C))
                (func (export "f") (canon lift (core func $c "f"))))
              (instance $child (instantiate $Child))
              (core func $f (canon lower (func $child "f")))
              (core module $Outer
                (import "" "f" (func $f))
                (func (export "g") (call $f)))
              (core instance $outer (instantiate $Outer (with "" (instance (export "f" (func $f))))))
              (func (export "g") (canon lift (core func $outer "g"))))
            """;

    @Test
    void aParentCallingIntoItsChildTrapsAsTheReferenceTestsRequire() {
        Component c = Component.fromWat(ENGINE, PARENT_CALLS_CHILD);
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        Trap t = assertThrows(Trap.class, () -> instance.getFunc("g").call(store));
        assertEquals("wasm trap: cannot enter component instance", t.getMessage());
    }
}
