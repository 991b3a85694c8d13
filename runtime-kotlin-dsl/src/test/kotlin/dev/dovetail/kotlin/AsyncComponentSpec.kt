package dev.dovetail.kotlin

import dev.dovetail.abi.Trap
import dev.dovetail.abi.Val
import dev.dovetail.runtime.Component
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.Store
import dev.dovetail.runtime.UnsupportedFeatureException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/**
 * A component that uses an async built-in: sync-lifted `add` and `fail`, `async`-lifted `later`.
 */
private val USES_ASYNC =
    """
    (component
      (core module ${'$'}M
        (import "" "context.get" (func ${'$'}context.get (result i32)))
        (import "" "task.return" (func ${'$'}task.return (param i32)))
        (func (export "add") (param i32 i32) (result i32)
          (i32.add (i32.add (local.get 0) (local.get 1)) (call ${'$'}context.get)))
        (func (export "fail") unreachable)
        (func (export "later") (result i32)
          (call ${'$'}task.return (i32.const 7))
          (i32.const 0))
        (func (export "later-cb") (param i32 i32 i32) (result i32) unreachable))
      (canon context.get i32 0 (core func ${'$'}context.get))
      (canon task.return (result u32) (core func ${'$'}task.return))
      (core instance ${'$'}m (instantiate ${'$'}M (with "" (instance
        (export "context.get" (func ${'$'}context.get))
        (export "task.return" (func ${'$'}task.return))))))
      (func (export "add") (param "a" u32) (param "b" u32) (result u32)
        (canon lift (core func ${'$'}m "add")))
      (func (export "fail") (canon lift (core func ${'$'}m "fail")))
      (func (export "later") async (result u32)
        (canon lift (core func ${'$'}m "later") async (callback (func ${'$'}m "later-cb")))))
    """

class AsyncComponentSpec :
    FunSpec({
        val engine = dev.dovetail.runtime.Engine.create()

        test("typed calls of sync-lifted exports run as Func.call runs them") {
            Store<Unit?>(engine, null).use { store ->
                val instance =
                    Linker<Unit?>(engine).instantiate(store, Component.fromWat(engine, USES_ASYNC))
                val add = instance.func<UInt, UInt, UInt>("add")
                add(4_000_000_000u, 5u) shouldBe 4_000_000_005u
                instance.getFunc("add").call(store, Val.U32(-294_967_296), Val.U32(5)) shouldBe
                    Val.U32(-294_967_291)
                shouldThrow<Trap> { instance.func<Unit>("fail")() }
                shouldThrow<Trap> { add(1u, 2u) }.message shouldContain "cannot enter component"
            }
        }

        test("an async-lifted export is refused by name") {
            Store<Unit?>(engine, null).use { store ->
                val instance =
                    Linker<Unit?>(engine).instantiate(store, Component.fromWat(engine, USES_ASYNC))
                shouldThrow<UnsupportedFeatureException> { instance.func<UInt>("later") }
                    .message shouldContain "`later`"
                instance.getFunc("later").call(store) shouldBe Val.U32(7)
            }
        }
    })
