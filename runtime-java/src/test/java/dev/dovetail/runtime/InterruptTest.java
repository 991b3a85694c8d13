package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dovetail.abi.Trap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A runaway guest stops when its thread is interrupted, as a trap. */
class InterruptTest {
    /**
     * Loops that Chicory's interpreter alone would not interrupt (br_if, br_table, tail calls): the
     * runtime checks the flag before every interpreted instruction.
     */
    @ParameterizedTest
    @CsvSource({
        "false, (loop $l (br $l))",
        "true, (loop $l (br $l))",
        "false, (loop $l (br_if $l (i32.const 1)))",
        "true, (loop $l (br_if $l (i32.const 1)))",
        "false, (loop $l (br_table $l $l (i32.const 0)))",
        "false, (return_call $spin)",
        // (Chicory's compiler runs return_call as a plain call: that loop ends by itself with
        // "call stack exhausted".)
    })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSpinningGuestTrapsWhenInterrupted(boolean compiler, String body) throws Exception {
        Engine engine = Engine.builder().compiler(compiler).build();
        Component c =
                Component.fromWat(
                        engine,
                        """
                        (component
                          (core module $M (func $spin (export "spin") %s))
                          (core instance $m (instantiate $M))
                          (func (export "spin") (canon lift (core func $m "spin"))))
                        """
                                .formatted(body));
        Store<Void> store = new Store<>(engine, null);
        Func spin = new Linker<Void>(engine).instantiate(store, c).getFunc("spin");
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                spin.call(store);
                            } catch (Throwable e) {
                                outcome.set(e);
                            }
                        });
        t.start();
        Thread.sleep(200);
        t.interrupt();
        t.join(30_000);
        assertInstanceOf(Trap.class, outcome.get());
        assertEquals("wasm trap: interrupted", outcome.get().getMessage());
    }
}
