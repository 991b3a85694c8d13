package dev.dovetail.kotlin

import dev.dovetail.abi.Val
import dev.dovetail.runtime.Component
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.Resource
import dev.dovetail.runtime.ResourceAny
import dev.dovetail.runtime.ResourceTable
import dev.dovetail.runtime.Store
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeSameInstanceAs
import kotlin.reflect.typeOf

private val D = '$'

/** Imports of every arity (root and in an instance) and exports that call straight through. */
val ARITIES =
    """
    (component
      (import "log" (func ${D}log (param "msg" string)))
      (import "now" (func ${D}now (result u64)))
      (import "dyn" (func ${D}dyn (param "x" u32) (result u32)))
      (import "my:pkg/math@1.0.0" (instance ${D}math
        (export "add" (func (param "a" u32) (param "b" u32) (result u32)))
        (export "mix3" (func (param "a" u8) (param "b" s16) (param "c" f64) (result f64)))
        (export "sum4" (func (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (result u32)))
        (export "sum5" (func (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (param "e" u32) (result u32)))))
      (alias export ${D}math "add" (func ${D}add))
      (alias export ${D}math "mix3" (func ${D}mix3))
      (alias export ${D}math "sum4" (func ${D}sum4))
      (alias export ${D}math "sum5" (func ${D}sum5))
      (core module ${D}mem (memory (export "mem") 1)
        (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 256))
      (core instance ${D}mi (instantiate ${D}mem))
      (core func ${D}log-l (canon lower (func ${D}log) (memory (core memory ${D}mi "mem")) (realloc (core func ${D}mi "realloc"))))
      (core func ${D}now-l (canon lower (func ${D}now)))
      (core func ${D}dyn-l (canon lower (func ${D}dyn)))
      (core func ${D}add-l (canon lower (func ${D}add)))
      (core func ${D}mix3-l (canon lower (func ${D}mix3)))
      (core func ${D}sum4-l (canon lower (func ${D}sum4)))
      (core func ${D}sum5-l (canon lower (func ${D}sum5)))
      (core module ${D}m
        (import "mem" "mem" (memory 1))
        (import "h" "log" (func ${D}log (param i32 i32)))
        (import "h" "now" (func ${D}now (result i64)))
        (import "h" "dyn" (func ${D}dyn (param i32) (result i32)))
        (import "h" "add" (func ${D}add (param i32 i32) (result i32)))
        (import "h" "mix3" (func ${D}mix3 (param i32 i32 f64) (result f64)))
        (import "h" "sum4" (func ${D}sum4 (param i32 i32 i32 i32) (result i32)))
        (import "h" "sum5" (func ${D}sum5 (param i32 i32 i32 i32 i32) (result i32)))
        (data (i32.const 16) "hello")
        (func (export "hello") (call ${D}log (i32.const 16) (i32.const 5)))
        (func (export "now") (result i64) call ${D}now)
        (func (export "dyn") (param i32) (result i32) local.get 0 call ${D}dyn)
        (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 call ${D}add)
        (func (export "mix3") (param i32 i32 f64) (result f64) local.get 0 local.get 1 local.get 2 call ${D}mix3)
        (func (export "sum4") (param i32 i32 i32 i32) (result i32) local.get 0 local.get 1 local.get 2 local.get 3 call ${D}sum4)
        (func (export "sum5") (param i32 i32 i32 i32 i32) (result i32) local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 call ${D}sum5))
      (core instance ${D}i (instantiate ${D}m (with "mem" (instance ${D}mi)) (with "h" (instance
        (export "log" (func ${D}log-l)) (export "now" (func ${D}now-l)) (export "dyn" (func ${D}dyn-l))
        (export "add" (func ${D}add-l)) (export "mix3" (func ${D}mix3-l))
        (export "sum4" (func ${D}sum4-l)) (export "sum5" (func ${D}sum5-l))))))
      (func (export "hello") (canon lift (core func ${D}i "hello")))
      (func (export "now") (result u64) (canon lift (core func ${D}i "now")))
      (func (export "dyn") (param "x" u32) (result u32) (canon lift (core func ${D}i "dyn")))
      (func (export "add") (param "a" u32) (param "b" u32) (result u32) (canon lift (core func ${D}i "add")))
      (func (export "mix3") (param "a" u8) (param "b" s16) (param "c" f64) (result f64) (canon lift (core func ${D}i "mix3")))
      (func (export "sum4") (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (result u32) (canon lift (core func ${D}i "sum4")))
      (func (export "sum5") (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (param "e" u32) (result u32) (canon lift (core func ${D}i "sum5")))
    )
    """

/** A host resource `counter`: the guest constructs, reads and drops counters. */
val RESOURCES =
    """
    (component
      (import "counter" (type ${D}counter (sub resource)))
      (import "[constructor]counter" (func ${D}new (param "v" u32) (result (own ${D}counter))))
      (import "[method]counter.get" (func ${D}get (param "self" (borrow ${D}counter)) (result u32)))
      (core func ${D}new-l (canon lower (func ${D}new)))
      (core func ${D}get-l (canon lower (func ${D}get)))
      (core func ${D}drop (canon resource.drop ${D}counter))
      (core module ${D}m
        (import "h" "new" (func ${D}new (param i32) (result i32)))
        (import "h" "get" (func ${D}get (param i32) (result i32)))
        (import "h" "drop" (func ${D}drop (param i32)))
        (func (export "make") (param i32) (result i32) local.get 0 call ${D}new)
        (func (export "peek") (param i32) (result i32) (local ${D}v i32)
          (local.set ${D}v (call ${D}get (local.get 0)))
          (call ${D}drop (local.get 0))
          local.get ${D}v)
        (func (export "take") (param i32) (result i32) (local ${D}v i32)
          (local.set ${D}v (call ${D}get (local.get 0)))
          (call ${D}drop (local.get 0))
          local.get ${D}v))
      (core instance ${D}i (instantiate ${D}m (with "h" (instance
          (export "new" (func ${D}new-l)) (export "get" (func ${D}get-l)) (export "drop" (func ${D}drop))))))
      (func (export "make") (param "v" u32) (result (own ${D}counter)) (canon lift (core func ${D}i "make")))
      (func (export "peek") (param "c" (borrow ${D}counter)) (result u32) (canon lift (core func ${D}i "peek")))
      (func (export "take") (param "c" (own ${D}counter)) (result u32) (canon lift (core func ${D}i "take")))
    )
    """

class Host {
    val log = mutableListOf<String>()
    var clock = 41UL
    val table = ResourceTable()
    val dropped = mutableListOf<UInt>()
}

class Counter(val value: UInt)

class DslSpec :
    FunSpec({
        test(
            "host functions of every arity, in the root and in an instance, reach the host state"
        ) {
            val linker =
                linker<Host>(ENGINE) {
                    root {
                        func("log") { msg: String -> data.log += msg }
                        func("now") { -> data.clock++ }
                    }
                    funcNew("dyn") { type, params ->
                        data.log += "dyn ${type.params()[0].name()}"
                        Val.u32((params[0] as Val.U32).longValue() + 1)
                    }
                    instance("my:pkg/math@1.0.0") {
                        func("add") { a: UInt, b: UInt -> a + b }
                        func("mix3") { a: UByte, b: Short, c: Double -> a.toDouble() + b + c }
                        func("sum4") { a: UInt, b: UInt, c: UInt, d: UInt -> a + b + c + d }
                        funcN("sum5", List(5) { typeOf<UInt>() }, typeOf<UInt>()) { args ->
                            args.sumOf { it as UInt }
                        }
                    }
                }
            val store = Store(ENGINE, Host())
            val instance = linker.instantiate(store, Component.fromWat(ENGINE, ARITIES))

            val hello = instance.func<Unit>("hello")
            hello() shouldBe Unit
            store.data().log shouldContainExactly listOf("hello")
            val now = instance.func<ULong>("now")
            now() shouldBe 41UL
            now() shouldBe 42UL
            instance.func<UInt, UInt>("dyn")(UInt.MAX_VALUE - 1u) shouldBe UInt.MAX_VALUE
            store.data().log.last() shouldBe "dyn x"
            val add = instance.func<UInt, UInt, UInt>("add")
            add(1u, 2u) shouldBe 3u
            add(UInt.MAX_VALUE, 1u) shouldBe 0u
            add.name shouldBe "add"
            add.type.toString() shouldBe instance.getFunc("add").type().toString()
            instance.func<UByte, Short, Double, Double>("mix3")(200u, -3, 0.5) shouldBe 197.5
            instance.func<UInt, UInt, UInt, UInt, UInt>("sum4")(1u, 2u, 3u, 4_000_000_000u) shouldBe
                4_000_000_006u
            val sum5 = instance.funcN<UInt>("sum5", *Array(5) { typeOf<UInt>() })
            sum5(1u, 2u, 3u, 4u, 5u) shouldBe 15u
        }

        test("host state can be replaced from a host function") {
            val linker =
                linker<Host>(ENGINE) {
                    func("log") { msg: String -> data = Host().also { it.log += "fresh $msg" } }
                    func("now") { -> 0UL }
                    funcNew("dyn") { _, _ -> Val.u32(0) }
                    instance("my:pkg/math@1.0.0") {
                        func("add") { a: UInt, b: UInt -> a + b }
                        func("mix3") { a: UByte, b: Short, c: Double -> 0.0 }
                        func("sum4") { a: UInt, b: UInt, c: UInt, d: UInt -> 0u }
                        funcN("sum5", List(5) { typeOf<UInt>() }, typeOf<UInt>()) { 0u }
                    }
                }
            val first = Host()
            val store = Store(ENGINE, first)
            val instance = linker.instantiate(store, Component.fromWat(ENGINE, ARITIES))
            instance.func<Unit>("hello")()
            (store.data() === first) shouldBe false
            store.data().log shouldContainExactly listOf("fresh hello")
        }

        test("host resources: Resource<T> and ResourceAny, own and borrow, destructor with state") {
            var counterType: dev.dovetail.abi.type.ResourceType? = null
            val linker =
                linker<Host>(ENGINE) {
                    counterType =
                        resource<Counter>("counter") { rep ->
                            data.dropped += data.table.delete(Resource.newOwn<Counter>(rep)).value
                        }
                    func("[constructor]counter") { v: UInt -> data.table.push(Counter(v)) }
                    func("[method]counter.get") { self: Resource<Counter> ->
                        data.table.get(self).value
                    }
                }
            val store = Store(ENGINE, Host())
            val instance = linker.instantiate(store, Component.fromWat(ENGINE, RESOURCES))
            val make = instance.func<UInt, Resource<Counter>>("make")
            val peek = instance.func<Resource<Counter>, UInt>("peek")
            val take = instance.func<Resource<Counter>, UInt>("take")
            val c = make(4_000_000_000u)
            c.owned() shouldBe true
            store.data().table.get(c).value shouldBe 4_000_000_000u
            peek(Resource.newBorrow(c.rep())) shouldBe 4_000_000_000u
            take(c) shouldBe 4_000_000_000u
            store.data().dropped shouldContainExactly listOf(4_000_000_000u)
            store.data().table.size() shouldBe 0

            val any = instance.func<UInt, ResourceAny>("make")(7u)
            any.type() shouldBeSameInstanceAs counterType
            instance.func<ResourceAny, UInt>("take")(any) shouldBe 7u
            store.data().dropped shouldContainExactly listOf(4_000_000_000u, 7u)
        }

        test("linker DSL extends an existing linker") {
            val l = linker<Host>(ENGINE) { func("log") { msg: String -> data.log += msg } }
            l.define { func("now") { -> 5UL } }
            l.define {
                funcNew("dyn") { _, _ -> Val.u32(0) }
                instance("my:pkg/math@1.0.0") {
                    func("add") { a: UInt, b: UInt -> a * b }
                    func("mix3") { a: UByte, b: Short, c: Double -> 0.0 }
                    func("sum4") { a: UInt, b: UInt, c: UInt, d: UInt -> 0u }
                    funcN("sum5", List(5) { typeOf<UInt>() }, typeOf<UInt>()) { 0u }
                }
            }
            val instance = l.instantiate(Store(ENGINE, Host()), Component.fromWat(ENGINE, ARITIES))
            instance.func<UInt, UInt, UInt>("add")(6u, 7u) shouldBe 42u
            instance.func<ULong>("now")() shouldBe 5UL
        }

        test("the state type comes from the expected type; zero parameters as { -> } or func<R>") {
            val component = Component.fromWat(ENGINE, ARITIES)
            val l: Linker<Unit> =
                linker(ENGINE) {
                    func<ULong>("now") { 7UL }
                    func("now2") { -> 8UL }
                    instance("my:pkg/math@1.0.0") { func("add") { a: UInt, b: UInt -> a - b } }
                }
            l.defineUnknownImportsAsTraps(component)
            val instance = l.instantiate(Store(ENGINE, Unit), component)
            instance.func<ULong>("now")() shouldBe 7UL
            instance.func<UInt, UInt, UInt>("add")(0u, 1u) shouldBe UInt.MAX_VALUE
        }
    })
