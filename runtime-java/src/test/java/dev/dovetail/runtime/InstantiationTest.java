package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
