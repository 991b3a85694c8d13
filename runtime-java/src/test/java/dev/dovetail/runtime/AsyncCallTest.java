package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Component async from the host: concurrent calls on one store, host functions that complete later
 * (and see cancellation), deadlock, and the carriers a store ends when closed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AsyncCallTest {
    private final Engine engine = Engine.create();
    private final Store<Void> store = new Store<>(engine, null);

    @AfterEach
    void close() {
        store.close();
    }

    /** {@code get(x)} yields once, then returns {@code x + 1} read back from its context slot. */
    private static final String YIELDING =
            """
            (component
              (core module $M
                (import "" "task.return" (func $task.return (param i32)))
                (import "" "context.get" (func $context.get (result i32)))
                (import "" "context.set" (func $context.set (param i32)))
                (func (export "get") (param $x i32) (result i32)
                  (call $context.set (local.get $x))
                  (i32.const 1 (; YIELD ;)))
                (func (export "get-cb") (param i32 i32 i32) (result i32)
                  (call $task.return (i32.add (call $context.get) (i32.const 1)))
                  (i32.const 0 (; EXIT ;))))
              (canon task.return (result u32) (core func $task.return))
              (canon context.get i32 0 (core func $context.get))
              (canon context.set i32 0 (core func $context.set))
              (core instance $m (instantiate $M (with "" (instance
                (export "task.return" (func $task.return))
                (export "context.get" (func $context.get))
                (export "context.set" (func $context.set))))))
              (func (export "get") async (param "x" u32) (result u32)
                (canon lift (core func $m "get") async (callback (core func $m "get-cb")))))
            """;

    @Test
    void twoCallsInFlightCompleteWhenTheLoopRuns() {
        Func get =
                new Linker<Void>(engine)
                        .instantiate(store, Component.fromWat(engine, YIELDING))
                        .getFunc("get");
        CompletableFuture<Val> first = get.callAsync(store, new Val.U32(1));
        CompletableFuture<Val> second = get.callAsync(store, new Val.U32(10));
        assertFalse(first.isDone(), "the callback task yielded");
        assertFalse(second.isDone());
        store.runUntil(first, second);
        assertEquals(new Val.U32(2), first.join());
        assertEquals(new Val.U32(11), second.join(), "each task has its own context slot");
        assertEquals(new Val.U32(6), get.call(store, new Val.U32(5)));
    }

    /**
     * {@code run(x)}: a sync-lifted async function that calls the imported {@code fetch(x) + 1}.
     */
    private static final String FETCHING =
            """
            (component
              (import "fetch" (func $fetch async (param "x" u32) (result u32)))
              (core func $fetch' (canon lower (func $fetch)))
              (core module $M
                (import "" "fetch" (func $fetch (param i32) (result i32)))
                (func (export "run") (param i32) (result i32)
                  (i32.add (call $fetch (local.get 0)) (i32.const 1))))
              (core instance $m (instantiate $M (with "" (instance (export "fetch" (func $fetch'))))))
              (func (export "run") async (param "x" u32) (result u32)
                (canon lift (core func $m "run"))))
            """;

    @Test
    void aHostFunctionCompletesLaterOnAnotherThread() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            Linker<Void> linker = new Linker<>(engine);
            linker.root()
                    .funcAsync(
                            "fetch",
                            (s, type, params) -> {
                                CompletableFuture<Val> f = new CompletableFuture<>();
                                int x = ((Val.U32) params.get(0)).value();
                                timer.schedule(
                                        () -> f.complete(new Val.U32(x * 10)),
                                        50,
                                        TimeUnit.MILLISECONDS);
                                return f;
                            });
            Func run =
                    linker.instantiate(store, Component.fromWat(engine, FETCHING)).getFunc("run");
            assertEquals(new Val.U32(31), run.call(store, new Val.U32(3)));
            CompletableFuture<Val> a = run.callAsync(store, new Val.U32(4));
            CompletableFuture<Val> b = run.callAsync(store, new Val.U32(5));
            store.runUntil(a, b);
            assertEquals(new Val.U32(41), a.join());
            assertEquals(new Val.U32(51), b.join());
        } finally {
            timer.shutdownNow();
        }
    }

    /**
     * {@code run()} calls the imported {@code slow()} with the async ABI, cancels the subtask and
     * returns the state {@code subtask.cancel} reported.
     */
    private static final String CANCELLING =
            """
            (component
              (import "slow" (func $slow async))
              (core module $M
                (import "" "slow" (func $slow (result i32)))
                (import "" "subtask.cancel" (func $subtask.cancel (param i32) (result i32)))
                (import "" "task.return" (func $task.return (param i32)))
                (func (export "run") (result i32)
                  (local $ret i32)
                  (local.set $ret (call $slow))
                  (if (i32.ne (i32.and (local.get $ret) (i32.const 0xf)) (i32.const 1 (; STARTED ;)))
                    (then unreachable))
                  (call $task.return
                    (call $subtask.cancel (i32.shr_u (local.get $ret) (i32.const 4))))
                  (i32.const 0 (; EXIT ;)))
                (func (export "run-cb") (param i32 i32 i32) (result i32) unreachable))
              (core func $slow' (canon lower (func $slow) async))
              (canon subtask.cancel (core func $subtask.cancel))
              (canon task.return (result u32) (core func $task.return))
              (core instance $m (instantiate $M (with "" (instance
                (export "slow" (func $slow'))
                (export "subtask.cancel" (func $subtask.cancel))
                (export "task.return" (func $task.return))))))
              (func (export "run") async (result u32)
                (canon lift (core func $m "run") async (callback (core func $m "run-cb")))))
            """;

    @Test
    void cancellingASubtaskReachesTheHostFuture() {
        AtomicReference<CompletableFuture<Val>> pending = new AtomicReference<>();
        Linker<Void> linker = new Linker<>(engine);
        linker.root()
                .funcAsync(
                        "slow",
                        (s, type, params) -> {
                            CompletableFuture<Val> f = new CompletableFuture<>();
                            pending.set(f);
                            return f;
                        });
        Func run = linker.instantiate(store, Component.fromWat(engine, CANCELLING)).getFunc("run");
        assertEquals(
                new Val.U32(4), run.call(store), "CANCELLED_BEFORE_RETURNED reaches the guest");
        assertTrue(pending.get().isCancelled(), "the host's future was cancelled");
    }

    @Test
    void sharedEverythingThreadsAreRejectedByName() {
        UnsupportedFeatureException e =
                assertThrows(
                        UnsupportedFeatureException.class,
                        () ->
                                Component.fromWat(
                                        engine,
                                        """
                                        (component
                                          (canon thread.available-parallelism
                                            (core func $p)))
                                        """));
        assertTrue(e.getMessage().contains("thread.available-parallelism"), e.getMessage());
    }

    /** {@code stuck()} waits forever on an empty waitable set (a stackful async task). */
    private static final String STUCK =
            """
            (component
              (core module $Mem (memory (export "mem") 1))
              (core instance $mem (instantiate $Mem))
              (core module $M
                (import "" "waitable-set.new" (func $new (result i32)))
                (import "" "waitable-set.wait" (func $wait (param i32 i32) (result i32)))
                (func (export "stuck") (drop (call $wait (call $new) (i32.const 0)))))
              (canon waitable-set.new (core func $new))
              (canon waitable-set.wait (memory (core memory $mem "mem")) (core func $wait))
              (core instance $m (instantiate $M (with "" (instance
                (export "waitable-set.new" (func $new))
                (export "waitable-set.wait" (func $wait))))))
              (func (export "stuck") async (canon lift (core func $m "stuck") async)))
            """;

    @Test
    void nothingToRunTrapsAsADeadlock() {
        Func stuck =
                new Linker<Void>(engine)
                        .instantiate(store, Component.fromWat(engine, STUCK))
                        .getFunc("stuck");
        Trap t = assertThrows(Trap.class, () -> stuck.call(store));
        assertEquals(
                "wasm trap: deadlock detected: event loop cannot make further progress",
                t.getMessage());
    }

    @Test
    void closingTheStoreEndsItsCarriers() throws Exception {
        Store<Void> own = new Store<>(engine, null);
        Func stuck =
                new Linker<Void>(engine)
                        .instantiate(own, Component.fromWat(engine, STUCK))
                        .getFunc("stuck");
        CompletableFuture<Val> a = stuck.callAsync(own);
        CompletableFuture<Val> b = stuck.callAsync(own);
        assertFalse(a.isDone() || b.isDone());
        assertEquals(2, own.loop().carriersOrNull().live(), "two parked guest threads");
        String prefix = own.loop().carriersOrNull().namePrefix();
        own.close();
        assertEquals(0, own.loop().carriersOrNull().live());
        // (virtual carriers are not listed here; live() above counts them)
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(
                    t.getName().startsWith(prefix) && t.isAlive(), "carrier left running: " + t);
        }
    }
}
