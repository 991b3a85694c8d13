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
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.delay
import kotlinx.coroutines.test.runTest

class SuspendHostSpec :
    FunSpec({
        val engine = Engine.create()

        test("a suspend host function with delay completes in virtual time") {
            Store<Void?>(engine, null).use { store ->
                runTest {
                    val linker = Linker<Void?>(engine)
                    linker.root().suspendFunc("fetch", backgroundScope) { params ->
                        delay(10_000)
                        Val.U32((params[0] as Val.U32).value() * 10)
                    }
                    val run =
                        linker
                            .instantiate(store, Component.fromWat(engine, FETCHING))
                            .getFunc("run")
                    run.callSuspend(store, Val.U32(3)) shouldBe Val.U32(31)
                    testScheduler.currentTime shouldBe 10_000
                }
            }
        }

        test("concurrent guest calls each wait for their own suspend host call") {
            Store<Void?>(engine, null).use { store ->
                runTest {
                    val linker = Linker<Void?>(engine)
                    linker.root().suspendFunc("fetch", backgroundScope) { params ->
                        val x = (params[0] as Val.U32).value()
                        delay(1_000L * x)
                        Val.U32(x * 10)
                    }
                    val run =
                        linker
                            .instantiate(store, Component.fromWat(engine, FETCHING))
                            .getFunc("run")
                    (1..3)
                        .map { x -> async { run.callSuspend(store, Val.U32(x)) } }
                        .awaitAll() shouldContainExactly
                        listOf(Val.U32(11), Val.U32(21), Val.U32(31))
                }
            }
        }

        test("a suspend host function that fails traps the call") {
            Store<Void?>(engine, null).use { store ->
                runTest {
                    val linker = Linker<Void?>(engine)
                    linker.root().suspendFunc("fetch", backgroundScope) {
                        throw Trap("fetch refused")
                    }
                    val run =
                        linker
                            .instantiate(store, Component.fromWat(engine, FETCHING))
                            .getFunc("run")
                    shouldThrow<Trap> { run.callSuspend(store, Val.U32(1)) }.message shouldContain
                        "fetch refused"
                }
            }
        }
    })
