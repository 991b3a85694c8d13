package dev.dovetail.runtime;

import dev.dovetail.runtime.internal.concurrent.StoreLoop;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Owns everything instantiated in it and the host state {@code T} that host functions reach. A
 * store is used by one thread at a time: a call from a second thread while another is inside the
 * store fails with {@link IllegalStateException} instead of corrupting it.
 */
public final class Store<T> implements AutoCloseable {
    private final Engine engine;
    private final StoreLimits limits;
    private T data;
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private int depth;
    private int instances;
    private final StoreLoop loop;

    public Store(Engine engine, T data) {
        this(engine, data, StoreLimits.NONE);
    }

    public Store(Engine engine, T data, StoreLimits limits) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.data = data;
        this.loop = new StoreLoop(engine.carriers());
    }

    /** The event loop of the async tasks of this store's instances. */
    StoreLoop loop() {
        return loop;
    }

    /**
     * Drives the store's event loop (resuming guest tasks that are ready, delivering host futures
     * that completed) until every one of {@code calls} is done; from {@link Func#callAsync}.
     *
     * @throws dev.dovetail.abi.Trap when a guest traps, or "deadlock detected" when nothing can
     *     make progress while a call is still pending
     */
    public void runUntil(java.util.concurrent.CompletableFuture<?>... calls) {
        enter();
        try {
            for (var call : calls) {
                while (!call.isDone()) {
                    if (!loop.tick()) {
                        throw new dev.dovetail.abi.Trap(
                                "wasm trap: deadlock detected: event loop cannot make further"
                                        + " progress");
                    }
                }
            }
        } finally {
            exit();
        }
    }

    /**
     * Ends every Java thread the store started to carry paused guest threads (async tasks). The
     * store must not be used afterwards.
     */
    @Override
    public void close() {
        loop.close();
    }

    public Engine engine() {
        return engine;
    }

    public StoreLimits limits() {
        return limits;
    }

    /** The host state. */
    public T data() {
        return data;
    }

    public void setData(T data) {
        this.data = data;
    }

    /**
     * Marks the current thread as inside the store; nested entries from the same thread (host
     * functions calling back into wasm) are fine. Pair with {@link #exit()}.
     */
    void enter() {
        Thread current = Thread.currentThread();
        if (owner.get() != current && !owner.compareAndSet(null, current)) {
            Thread other = owner.get();
            throw new IllegalStateException(
                    "store is in use by thread '"
                            + (other == null ? "?" : other.getName())
                            + "'; a store may be used by one thread at a time");
        }
        depth++; // only the owning thread gets here
    }

    void exit() {
        if (--depth == 0) {
            // A release store (no full fence): the next owner's compareAndSet still sees
            // everything this thread did inside the store.
            owner.setRelease(null);
        }
    }

    /** Counts a new component instance against {@link StoreLimits#maxInstances()}. */
    void countInstance() {
        if (instances >= limits.maxInstances()) {
            throw new UnlinkableException(
                    "instance limit of " + limits.maxInstances() + " reached in this store");
        }
        instances++;
    }
}
