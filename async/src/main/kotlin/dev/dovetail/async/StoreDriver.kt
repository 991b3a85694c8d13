package dev.dovetail.async

import dev.dovetail.abi.Val
import dev.dovetail.runtime.Func
import dev.dovetail.runtime.Store
import java.util.Collections
import java.util.WeakHashMap
import java.util.concurrent.CompletableFuture
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.ThreadPoolExecutor
import java.util.concurrent.TimeUnit

/**
 * Drives one store's event loop off every coroutine thread. All work on the store (starting calls,
 * [Store.runUntil]) runs on at most one daemon thread at a time, named `dovetail-store-driver`,
 * that ends after a second without calls; guest code runs there or on the store's carriers.
 *
 * The loop runs in steps: each step drives the store until one call completes or a new call asks to
 * start (the "wakeup"), so a call started while others are in flight begins after at most one
 * event-loop tick. A tick may wait for a host future to complete; that wait blocks only this
 * thread.
 */
internal class StoreDriver private constructor() {
    // The driver keeps no reference to its store (the registry's weak key): tasks capture it.
    private val executor =
        ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, LinkedBlockingQueue()) { task ->
            Thread(task, "dovetail-store-driver").apply { isDaemon = true }
        }

    /** A runtime call and the caller's view of it, completed only once the store is left. */
    private data class Call(val call: CompletableFuture<Val>, val result: CompletableFuture<Val?>)

    /** Calls in flight; touched only on the driver thread. */
    private val pending = ArrayList<Call>()
    private var stepScheduled = false

    /** Completed to end the current step early, so that queued work can run. */
    @Volatile private var wakeup = CompletableFuture<Unit>()

    /**
     * Starts [func] on the driver thread; the returned future completes with the call. Cancelling
     * it drops the call from this driver (see [callSuspend] for what the runtime does).
     */
    fun start(store: Store<*>, func: Func, args: Array<out Val>): CompletableFuture<Val?> {
        val result = CompletableFuture<Val?>()
        executor.execute {
            if (result.isDone) return@execute // cancelled before it started
            val call =
                try {
                    func.callAsync(store, *args)
                } catch (e: Throwable) {
                    result.completeExceptionally(e)
                    return@execute
                }
            pending.add(Call(call, result))
            settle()
            if (pending.isNotEmpty()) scheduleStep(store)
        }
        // After queueing: a step that published its wakeup before we read it sees our task queued.
        wakeup.complete(Unit)
        return result
    }

    private fun scheduleStep(store: Store<*>) {
        if (!stepScheduled) {
            stepScheduled = true
            executor.execute { step(store) }
        }
    }

    private fun step(store: Store<*>) {
        stepScheduled = false
        settle()
        if (pending.isEmpty()) return
        val stop = CompletableFuture<Unit>()
        wakeup = stop
        if (executor.queue.isEmpty()) {
            try {
                val watched = pending.flatMap { listOf(it.call, it.result) } + stop
                store.runUntil(CompletableFuture.anyOf(*watched.toTypedArray()))
            } catch (e: Throwable) {
                // A trap (or deadlock) ends the loop: the runtime does not say which task it hit,
                // so every call in flight on this store fails with it.
                pending.forEach { it.result.completeExceptionally(e) }
                pending.clear()
                return
            }
        }
        settle()
        if (pending.isNotEmpty()) scheduleStep(store)
    }

    /**
     * Hands finished calls to their callers and forgets the ones callers cancelled. Runs outside
     * the store only: a caller resumed while the driver is still inside the store would find it
     * busy.
     */
    private fun settle() {
        pending.removeIf { (call, result) ->
            if (call.isDone && !result.isDone) {
                try {
                    result.complete(call.join())
                } catch (e: java.util.concurrent.CancellationException) {
                    result.cancel(false)
                } catch (e: java.util.concurrent.CompletionException) {
                    result.completeExceptionally(e.cause ?: e)
                }
            }
            result.isDone
        }
    }

    companion object {
        private val drivers = Collections.synchronizedMap(WeakHashMap<Store<*>, StoreDriver>())

        /** The driver of [store], created on first use. */
        fun of(store: Store<*>): StoreDriver = drivers.computeIfAbsent(store) { StoreDriver() }
    }
}
