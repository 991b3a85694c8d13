package dev.dovetail.async

import dev.dovetail.abi.Val
import dev.dovetail.runtime.Func
import dev.dovetail.runtime.Store
import kotlinx.coroutines.future.await

/**
 * Calls this function and suspends until it completes, never blocking the calling thread. Several
 * calls may be in flight on one store (start them from `coroutineScope { async { … } }`).
 *
 * The call starts on the store's driver thread (see the module README), which also drives the
 * store's event loop ([Store.runUntil]); guest code runs there or on the store's carriers, never on
 * the caller's dispatcher. While calls are in flight through this function, do not use the store
 * directly from other threads: a store is used by one thread at a time.
 *
 * Cancelling the calling coroutine cancels the call's future and the coroutine resumes at once with
 * the [kotlinx.coroutines.CancellationException]. The runtime does not cancel the guest task when
 * that future is cancelled: the task runs on to its end while the store's loop is driven, and its
 * result is dropped.
 *
 * @return the result, or `null` for a function without one
 * @throws dev.dovetail.abi.Trap when the guest traps; a trap or deadlock while several calls are in
 *   flight on the store fails all of them
 */
public suspend fun Func.callSuspend(store: Store<*>, vararg args: Val): Val? =
    StoreDriver.of(store).start(store, this, args).await()
