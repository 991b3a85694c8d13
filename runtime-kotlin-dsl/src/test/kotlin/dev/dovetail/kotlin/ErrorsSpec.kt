package dev.dovetail.kotlin

import dev.dovetail.abi.Trap
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.Result
import dev.dovetail.runtime.Store
import dev.dovetail.runtime.UnlinkableException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.util.Optional
import kotlin.reflect.typeOf

data class WrongPoint(val x: UInt, val z: String)

data class ShortPoint(val x: UInt)

sealed interface WrongShape {
    data class Circle(val radius: Float) : WrongShape

    data class Big(val value: ULong) : WrongShape

    data class Text(val text: String) : WrongShape

    data object Empty : WrongShape
}

sealed interface PayloadShape {
    data class Circle(val radius: Float) : PayloadShape

    data class Big(val value: ULong) : PayloadShape

    data class Label(val text: String) : PayloadShape

    data class Empty(val why: String) : PayloadShape
}

enum class Hue {
    RED,
    GREEN,
    BLUE,
}

/** Every error path: at definition, at link, at lookup, and during calls. */
class ErrorsSpec :
    FunSpec({
        val instance = kitchenLinker().instantiate(Store(ENGINE, Seen()), KITCHEN)

        fun lookupFails(block: () -> Any?): String =
            shouldThrow<IllegalArgumentException> { block() }.message!!

        test("lookup: a mismatch names the component type and the Kotlin signature") {
            val m = lookupFails { instance.func<Int, Int>("echo-u32") }
            m shouldContain "export `echo-u32` has type"
            m shouldContain "u32"
            m shouldContain "Kotlin signature (Int) -> Int"
            m shouldContain "parameter 0 (`x`): expected u32, found Int"
            m shouldContain "unsigned types map to UByte, UShort, UInt, ULong"
            lookupFails { instance.func<UInt, Int>("echo-u32") } shouldContain
                "result: expected u32, found Int"
            lookupFails { instance.func<Long, Long>("echo-s32") } shouldContain
                "expected s32, found Long"
            lookupFails { instance.func<String, String>("echo-bytes") } shouldContain
                "expected list<u8>, found String"
            lookupFails { instance.func<List<Int>, List<Int>>("echo-u32s") } shouldContain
                "list element: expected u32, found Int"
        }

        test("lookup: wrong arity and missing exports") {
            lookupFails { instance.func<UInt, UInt, UInt>("echo-u32") } shouldContain
                "expected 1 parameter(s), found 2"
            lookupFails { instance.func<UInt>("echo-u32") } shouldContain
                "expected 1 parameter(s), found 0"
            lookupFails { instance.func<UInt, Unit>("echo-u32") } shouldContain
                "result: expected u32, found no result"
            lookupFails { instance.func<Unit>("nope") } shouldContain "no export named `nope`"
        }

        test("lookup: nullable types and options") {
            lookupFails { instance.func<String?, String?>("echo-string") } shouldContain
                "expected string, found String? (a nullable type maps to option<T>)"
            lookupFails { instance.func<UInt, UInt>("echo-opt-u32") } shouldContain
                "expected option<u32>, found UInt (an option is a nullable type"
            val nested = lookupFails { instance.func<UInt?, UInt?>("echo-opt-opt") }
            nested shouldContain "option payload: expected option<u32>, found UInt"
            nested shouldContain "Optional<Int>?"
            // java.util.Optional is accepted for any option, the inner one too
            instance.func<Optional<Optional<UInt>>, Optional<Optional<UInt>>>("echo-opt-opt")(
                Optional.of(Optional.empty())
            ) shouldBe Optional.of(Optional.empty<UInt>())
        }

        test("lookup: records, variants, enums, flags, results and tuples that do not match") {
            lookupFails { instance.func<WrongPoint, WrongPoint>("echo-point") } shouldContain
                "no property for field `y-coord`"
            lookupFails { instance.func<ShortPoint, ShortPoint>("echo-point") } shouldContain
                "2 fields but 1 properties"
            lookupFails { instance.func<WrongShape, WrongShape>("echo-shape") } shouldContain
                "no subclass named after case `label`"
            lookupFails { instance.func<PayloadShape, PayloadShape>("echo-shape") } shouldContain
                "case `empty` has no payload: Empty must be an object"
            lookupFails { instance.func<Shape, Shape>("echo-point") } shouldContain
                "a sealed type maps to a variant"
            lookupFails { instance.func<Point, Point>("echo-shape") } shouldContain
                "a data class maps to a record or a tuple"
            lookupFails { instance.func<Hue, Hue>("echo-color") } shouldContain
                "no constant for label `light-blue`"
            lookupFails { instance.func<Set<Hue>, Set<Hue>>("echo-perms") } shouldContain
                "expected flags"
            lookupFails {
                instance.func<Result<UInt, String>, Result<UInt, String>>("echo-res-err")
            } shouldContain "ok: expected no payload"
            lookupFails {
                instance.func<Pair<UInt, Int>, Pair<UInt, Int>>("echo-pair")
            } shouldContain "element 1: expected string, found Int"
            lookupFails {
                instance.func<Triple<UInt, String, Int>, Triple<UInt, String, Int>>("echo-pair")
            } shouldContain "2 elements but 3 properties"
        }

        test("definition: Kotlin types without any component mapping fail where they are defined") {
            fun defineFails(block: dev.dovetail.kotlin.LinkerScope<Unit>.() -> Unit): String =
                shouldThrow<IllegalArgumentException> { linker<Unit>(ENGINE, block) }.message!!
            defineFails { func("f") { m: Map<String, Int> -> } } shouldContain
                "host function `f`: parameter 0: Kotlin type Map<String, Int> has no component mapping"
            defineFails { func("f") { a: UInt, x: Any -> } } shouldContain
                "host function `f`: parameter 1: Kotlin type Any has no component mapping"
            defineFails { func("f") { l: List<*> -> } } shouldContain "parameter 0: star projection"
            defineFails { func("f") { -> StringBuilder() } } shouldContain
                "host function `f`: result: Kotlin type StringBuilder has no component mapping"
            defineFails { func("f") { s: Set<String> -> } } shouldContain
                "flags need a Set of an enum class"
            defineFails {
                func("f") { x: UInt -> }
                func("f") { x: UInt -> }
            } shouldContain "already defined"
        }

        test(
            "link: a host function whose Kotlin types do not match the import fails at instantiatePre"
        ) {
            val wrongType =
                kitchenLinker().define {
                    allowShadowing()
                    func("id-u32") { x: Int -> x }
                }
            val e = shouldThrow<UnlinkableException> { wrongType.instantiatePre(KITCHEN) }
            e.message!! shouldContain "id-u32"
            e.message!! shouldContain "expected u32, found Int"
            val wrongArity =
                kitchenLinker().define {
                    allowShadowing()
                    func("id-u32") { x: UInt, y: UInt -> x }
                }
            shouldThrow<UnlinkableException> { wrongArity.instantiatePre(KITCHEN) }
                .message!! shouldContain "expected 1 parameter(s), found 2"
        }

        fun failing(body: () -> Nothing): Linker<Seen> =
            kitchenLinker().define {
                allowShadowing()
                func("id-u32") { x: UInt -> if (x == 0u) body() else x }
            }

        test("call: an exception thrown by a host function reaches the caller unchanged") {
            val linker = failing { throw IllegalStateException("host says no") }
            val i = linker.instantiate(Store(ENGINE, Seen()), KITCHEN)
            val echo = i.func<UInt, UInt>("echo-u32")
            shouldThrow<IllegalStateException> { echo(0u) }.message shouldBe "host says no"
        }

        test("call: a Trap thrown by a host function traps the guest") {
            val linker = failing { throw Trap("host trap") }
            val i = linker.instantiate(Store(ENGINE, Seen()), KITCHEN)
            val echo = i.func<UInt, UInt>("echo-u32")
            shouldThrow<Trap> { echo(0u) }.message!! shouldContain "host trap"
        }

        test("call: a guest trap throws Trap, and the instance refuses further calls") {
            val i = kitchenLinker().instantiate(Store(ENGINE, Seen()), KITCHEN)
            shouldThrow<Trap> { i.func<Unit>("boom")() }
            shouldThrow<Trap> { i.func<UInt, UInt>("echo-u32")(1u) }
        }

        test("call: wrong values through the vararg fallback or unchecked casts") {
            val i = kitchenLinker().instantiate(Store(ENGINE, Seen()), KITCHEN)
            val echo = i.funcN<UInt>("echo-u32", typeOf<UInt>())
            echo(5u) shouldBe 5u
            shouldThrow<IllegalArgumentException> { echo("five") }.message!! shouldContain
                "parameter 0"
            shouldThrow<IllegalArgumentException> { echo(1u, 2u) }.message!! shouldContain
                "expects 1 argument(s), found 2"
            @Suppress("UNCHECKED_CAST")
            val s = i.func<String, String>("echo-string") as TypedExport1<String?, String>
            shouldThrow<IllegalArgumentException> { s(null) }.message!! shouldContain
                "null is not a value"
            @Suppress("UNCHECKED_CAST")
            val p = i.func<Point, Point>("echo-point") as TypedExport1<Any, Point>
            shouldThrow<IllegalArgumentException> { p(Tup(1.0, true)) }.message!! shouldContain
                "parameter 0"
        }
    })
