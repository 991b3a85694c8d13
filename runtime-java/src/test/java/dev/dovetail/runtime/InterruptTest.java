package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dovetail.abi.Trap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A runaway guest stops when its thread is interrupted, as a trap. */
class InterruptTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSpinningGuestTrapsWhenInterrupted(boolean compiler) throws Exception {
        Engine engine = Engine.builder().compiler(compiler).build();
        Component c =
                Component.fromWat(
                        engine,
                        """
                        (component
                          (core module $M (func (export "spin") (loop $l (br $l))))
                          (core instance $m (instantiate $M))
                          (func (export "spin") (canon lift (core func $m "spin"))))
                        """);
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
