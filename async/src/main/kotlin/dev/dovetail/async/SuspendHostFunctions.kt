package dev.dovetail.async

import dev.dovetail.abi.Val
import dev.dovetail.runtime.LinkerInstance
import java.util.concurrent.CompletableFuture
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

/**
 * Defines [name] as an async host function whose body is a suspend lambda, over
 * [LinkerInstance.funcAsync]: each call from the guest launches [body] in [scope] (so it runs on
 * the scope's dispatcher) and completes the guest's call when the coroutine returns. Parameters and
 * result are dynamic [Val]s checked against the component's import type; return `null` for a
 * function without result.
 *
 * When the guest cancels the subtask (`subtask.cancel`), the coroutine is cancelled (if it has not
 * started yet, it never runs). When [body] throws, the guest's call traps with that exception; the
 * failure does not cancel [scope]. Cancelling [scope] cancels the calls in flight.
 */
public fun <T> LinkerInstance<T>.suspendFunc(
    name: String,
    scope: CoroutineScope,
    body: suspend (params: List<Val>) -> Val?,
): LinkerInstance<T> =
    funcAsync(name) { _, _, params ->
        val result = CompletableFuture<Val?>()
        val job =
            scope.launch {
                try {
                    result.complete(body(params))
                } catch (e: CancellationException) {
                    result.cancel(false)
                    throw e
                } catch (e: Throwable) {
                    result.completeExceptionally(e)
                }
            }
        result.whenComplete { _, _ -> if (result.isCancelled) job.cancel() }
        job.invokeOnCompletion { if (!result.isDone) result.cancel(false) }
        result
    }
