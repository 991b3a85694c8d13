package dev.dovetail.async

import dev.dovetail.abi.Trap
import dev.dovetail.abi.Val
import dev.dovetail.runtime.Component
import dev.dovetail.runtime.Engine
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.Store
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith
import java.util.concurrent.atomic.AtomicReference
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

class SuspendCallSpec :
    FunSpec({
        val engine = Engine.create()

        suspend fun <R> withStore(block: suspend (Store<Void?>) -> R): R {
            val store = Store<Void?>(engine, null)
            try {
                return block(store)
            } finally {
                store.close()
            }
        }

        test("a suspend call of a callback-lifted export returns its result") {
            withStore { store ->
                val get =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, YIELDING))
                        .getFunc("get")
                withTimeout(30.seconds) { get.callSuspend(store, Val.U32(1)) } shouldBe Val.U32(2)
            }
        }

        test("several calls in flight on one store from structured concurrency") {
            withStore { store ->
                val get =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, YIELDING))
                        .getFunc("get")
                val results =
                    withTimeout(30.seconds) {
                        coroutineScope {
                            (1..8)
                                .map { x ->
                                    async(Dispatchers.Default) {
                                        get.callSuspend(store, Val.U32(x * 100))
                                    }
                                }
                                .awaitAll()
                        }
                    }
                results shouldContainExactly (1..8).map { Val.U32(it * 100 + 1) }
            }
        }

        test("a trap inside a suspend call surfaces as the runtime's Trap") {
            withStore { store ->
                val get =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, YIELDING))
                        .getFunc("get")
                val trap =
                    shouldThrow<Trap> {
                        withTimeout(30.seconds) { get.callSuspend(store, Val.U32(13)) }
                    }
                trap.message shouldContain "unreachable"
            }
        }

        test("a trap while a plain function starts surfaces as Trap") {
            withStore { store ->
                val boom =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, BOOM))
                        .getFunc("boom")
                shouldThrow<Trap> { boom.callSuspend(store) }.message shouldContain "unreachable"
            }
        }

        test("guest code runs on the store's driver, never on the caller's dispatcher") {
            withStore { store ->
                val seen = AtomicReference<String>()
                val linker = Linker<Void?>(engine)
                linker.root().funcNew("fetch") { _, _, params ->
                    seen.set(Thread.currentThread().name)
                    Val.U32((params[0] as Val.U32).value() * 10)
                }
                val run =
                    linker.instantiate(store, Component.fromWat(engine, FETCHING)).getFunc("run")
                withContext(Dispatchers.Default) {
                    withTimeout(30.seconds) { run.callSuspend(store, Val.U32(3)) }
                } shouldBe Val.U32(31)
                seen.get() shouldNotContain "DefaultDispatcher"
                seen.get() shouldStartWith "dovetail-" // the driver or a carrier
            }
        }

        test(
            "cancelling the caller ends the call at once; the runtime lets the guest task finish"
        ) {
            withStore { store ->
                val started = CompletableDeferred<Unit>()
                val release = CompletableDeferred<Val>()
                val hostCancelled = AtomicReference(false)
                coroutineScope {
                    val linker = Linker<Void?>(engine)
                    linker.root().suspendFunc("fetch", this) {
                        started.complete(Unit)
                        try {
                            release.await()
                        } catch (e: kotlinx.coroutines.CancellationException) {
                            hostCancelled.set(true)
                            throw e
                        }
                    }
                    val run =
                        linker
                            .instantiate(store, Component.fromWat(engine, FETCHING))
                            .getFunc("run")
                    val caller = launch(Dispatchers.Default) { run.callSuspend(store, Val.U32(1)) }
                    withTimeout(30.seconds) { started.await() }
                    caller.cancel()
                    withTimeout(30.seconds) { caller.join() }
                    caller.isCancelled shouldBe true
                    // The runtime does not cancel a task when its call's future is cancelled: the
                    // host function is still running, and completing it lets the task end.
                    hostCancelled.get() shouldBe false
                    release.complete(Val.U32(7))
                    // The store is usable again once the dropped task ended.
                    withTimeout(30.seconds) {
                        val again = CompletableDeferred<Val?>()
                        launch { again.complete(run.callSuspend(store, Val.U32(2))) }
                        again.await()
                    } shouldBe Val.U32(8)
                }
            }
        }

        test("a guest cancelling its subtask cancels the host coroutine") {
            withStore { store ->
                val hostCancelled = CompletableDeferred<Unit>()
                val result = coroutineScope {
                    val linker = Linker<Void?>(engine)
                    // Unconfined: the body starts at once, so the guest's cancel finds it running.
                    val hosts = CoroutineScope(coroutineContext + Dispatchers.Unconfined)
                    linker.root().suspendFunc("slow", hosts) {
                        try {
                            awaitCancellation()
                        } finally {
                            hostCancelled.complete(Unit)
                        }
                    }
                    val run =
                        linker
                            .instantiate(store, Component.fromWat(engine, CANCELLING))
                            .getFunc("run")
                    withTimeout(30.seconds) { run.callSuspend(store) }
                }
                result shouldBe Val.U32(4) // CANCELLED_BEFORE_RETURNED
                withTimeout(30.seconds) { hostCancelled.await() }
            }
        }

        test("a deadlock fails every call in flight with the runtime's Trap") {
            withStore { store ->
                val stuck =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, STUCK))
                        .getFunc("stuck")
                coroutineScope {
                    val calls = (1..2).map { async { runCatching { stuck.callSuspend(store) } } }
                    withTimeout(30.seconds) { calls.awaitAll() }
                        .forEach {
                            it.exceptionOrNull()!!.message shouldContain "deadlock detected"
                        }
                }
            }
        }

        test("the store is usable from plain calls once suspend calls are done") {
            withStore { store ->
                val get =
                    Linker<Void?>(engine)
                        .instantiate(store, Component.fromWat(engine, YIELDING))
                        .getFunc("get")
                withTimeout(30.seconds) { get.callSuspend(store, Val.U32(4)) } shouldBe Val.U32(5)
                // The driver left the store (runUntil exits it), so this thread may enter.
                get.call(store, Val.U32(6)) shouldBe Val.U32(7)
            }
        }
    })
