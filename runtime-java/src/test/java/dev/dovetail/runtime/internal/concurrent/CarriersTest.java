package dev.dovetail.runtime.internal.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The pool of Java threads that carry guest threads. */
class CarriersTest {
    @Test
    void autoTakesVirtualThreadsFromJdk24On() {
        Carriers c = new Carriers(Carriers.Kind.AUTO);
        try {
            assertEquals(Runtime.version().feature() >= 24, c.virtual());
        } finally {
            c.close();
        }
    }

    @Test
    void platformCarriersHaveTheStoresPrefixAndEndOnClose() throws Exception {
        Carriers c = new Carriers(Carriers.Kind.PLATFORM);
        assertFalse(c.virtual());
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> carrier = new AtomicReference<>();
        c.start(
                () -> {
                    carrier.set(Thread.currentThread());
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(); // parked like a blocked guest thread
                    } catch (InterruptedException e) {
                        // unwinds
                    }
                });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(carrier.get().getName().startsWith(c.namePrefix()));
        assertEquals(1, c.live());
        c.close();
        carrier.get().join(10_000);
        assertFalse(carrier.get().isAlive());
        assertEquals(0, c.live());
    }
}
