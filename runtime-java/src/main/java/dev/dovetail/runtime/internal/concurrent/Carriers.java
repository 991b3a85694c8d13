package dev.dovetail.runtime.internal.concurrent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool of Java threads that carry guest threads of one store. The JVM cannot capture a stack in
 * the middle of compiled wasm, so each guest thread that may pause keeps a carrier of its own while
 * it lives; carriers return to the pool when their guest thread ends. Platform threads get an
 * explicit stack size (deep wasm recursion); on JDK 24+ virtual threads no longer pin on monitors
 * and are the default.
 */
public final class Carriers {
    /** Which kind of Java thread carries guest threads. */
    public enum Kind {
        /** Virtual threads where the JVM has them without pinning (24+), else platform threads. */
        AUTO,
        PLATFORM,
        VIRTUAL
    }

    /** Stack size of platform carriers: compiled wasm recursion needs more than the default. */
    public static final long PLATFORM_STACK_SIZE = 16L << 20;

    private static final AtomicInteger STORES = new AtomicInteger();

    private final ExecutorService pool;
    private final String namePrefix;
    private final AtomicInteger live = new AtomicInteger();
    private final boolean virtual;

    public Carriers(Kind kind) {
        boolean wantVirtual =
                kind == Kind.VIRTUAL || (kind == Kind.AUTO && Runtime.version().feature() >= 24);
        int store = STORES.incrementAndGet();
        this.namePrefix = "dovetail-carrier-" + store + "-";
        ThreadFactory factory = wantVirtual ? virtualFactory(namePrefix) : null;
        this.virtual = factory != null;
        if (factory == null) {
            AtomicInteger n = new AtomicInteger();
            factory =
                    r -> {
                        Thread t =
                                new Thread(
                                        null,
                                        r,
                                        namePrefix + n.incrementAndGet(),
                                        PLATFORM_STACK_SIZE);
                        t.setDaemon(true);
                        return t;
                    };
        }
        this.pool = Executors.newCachedThreadPool(factory);
    }

    /** The name every carrier of this pool starts with (one pool per store). */
    public String namePrefix() {
        return namePrefix;
    }

    /** Whether carriers are virtual threads. */
    public boolean virtual() {
        return virtual;
    }

    /** Runs {@code body} on a carrier of the pool. */
    void start(Runnable body) {
        live.incrementAndGet();
        pool.execute(
                () -> {
                    try {
                        body.run();
                    } finally {
                        live.decrementAndGet();
                    }
                });
    }

    /** Guest threads currently on a carrier (running or parked). */
    public int live() {
        return live.get();
    }

    /** Interrupts every carrier (parked guest threads unwind) and waits for them to end. */
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code Thread.ofVirtual().factory()} through reflection: the build targets Java 17. */
    private static ThreadFactory virtualFactory(String namePrefix) {
        try {
            var lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder$OfVirtual");
            Object b =
                    lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(builder))
                            .invoke();
            b =
                    lookup.findVirtual(
                                    builder,
                                    "name",
                                    MethodType.methodType(builder, String.class, long.class))
                            .invoke(b, namePrefix, 1L);
            return (ThreadFactory)
                    lookup.findVirtual(
                                    Class.forName("java.lang.Thread$Builder"),
                                    "factory",
                                    MethodType.methodType(ThreadFactory.class))
                            .invoke(b);
        } catch (Throwable e) {
            return null;
        }
    }
}
