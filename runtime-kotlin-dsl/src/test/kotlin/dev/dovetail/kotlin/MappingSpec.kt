package dev.dovetail.kotlin

import dev.dovetail.runtime.Instance
import dev.dovetail.runtime.Result
import dev.dovetail.runtime.Store
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.uInt
import io.kotest.property.arbitrary.uLong
import io.kotest.property.checkAll
import java.util.EnumSet
import java.util.Optional

/**
 * Every Kotlin mapping, both ways: the value goes out as an argument, through the host and back.
 */
class MappingSpec :
    FunSpec({
        val linker = kitchenLinker()
        val component = KITCHEN
        val store = Store(ENGINE, Seen())
        val instance: Instance = linker.instantiate(store, component)

        /** Echoes [v] through the guest and the host; both must see it unchanged. */
        suspend fun <T> check(name: String, f: TypedExport1<T, T>, v: T) {
            store.data().values.clear()
            val back = f(v)
            back shouldBe v
            store.data().values shouldContainExactly listOf(v)
        }

        test("bool, signed integers, floats and char") {
            check("bool", instance.func<Boolean, Boolean>("echo-bool"), true)
            check("s8", instance.func<Byte, Byte>("echo-s8"), (-128).toByte())
            check("s16", instance.func<Short, Short>("echo-s16"), (-32768).toShort())
            check("s32", instance.func<Int, Int>("echo-s32"), Int.MIN_VALUE)
            check("s64", instance.func<Long, Long>("echo-s64"), Long.MIN_VALUE)
            check("f32", instance.func<Float, Float>("echo-f32"), 1.5f)
            check("f64", instance.func<Double, Double>("echo-f64"), -2.25)
            check("char", instance.func<Int, Int>("echo-char"), 0x1F600)
        }

        test("unsigned integers keep their unsigned value above the signed range") {
            check("u8", instance.func<UByte, UByte>("echo-u8"), 200.toUByte())
            check("u16", instance.func<UShort, UShort>("echo-u16"), 65_000.toUShort())
            val u32 = instance.func<UInt, UInt>("echo-u32")
            val u64 = instance.func<ULong, ULong>("echo-u64")
            check("u32", u32, 4_000_000_000u)
            check("u64", u64, ULong.MAX_VALUE)
            checkAll(50, Arb.uInt(), Arb.uLong()) { a, b ->
                u32(a) shouldBe a
                u64(b) shouldBe b
            }
        }

        test("strings and lists") {
            val s = instance.func<String, String>("echo-string")
            check("string", s, "héllo ✓ \uD83D\uDE00")
            checkAll(30, Arb.string(0..40)) { s(it) shouldBe it }
            val bytes = instance.func<ByteArray, ByteArray>("echo-bytes")
            bytes(byteArrayOf(0, -1, 127, -128)) shouldBe byteArrayOf(0, -1, 127, -128)
            check(
                "u8s",
                instance.func<List<UByte>, List<UByte>>("echo-u8s"),
                listOf(0u, 255u, 128u).map { it.toUByte() },
            )
            check(
                "u32s",
                instance.func<List<UInt>, List<UInt>>("echo-u32s"),
                listOf(1u, UInt.MAX_VALUE),
            )
            check("u32s", instance.func<List<UInt>, List<UInt>>("echo-u32s"), emptyList())
        }

        test("data classes as records, names camelCase to kebab-case") {
            check("point", instance.func<Point, Point>("echo-point"), Point(4_000_000_000u, "y"))
            check(
                "points",
                instance.func<List<Point>, List<Point>>("echo-points"),
                listOf(Point(1u, "a"), Point(2u, "bb")),
            )
            check(
                "uns",
                instance.func<Unsigneds, Unsigneds>("echo-uns"),
                Unsigneds(
                    255u,
                    65_535u,
                    UInt.MAX_VALUE,
                    ULong.MAX_VALUE,
                    3_000_000_000u,
                    listOf(UInt.MAX_VALUE),
                ),
            )
            check(
                "uns",
                instance.func<Unsigneds, Unsigneds>("echo-uns"),
                Unsigneds(0u, 0u, 0u, 0u, null, emptyList()),
            )
            check(
                "box",
                instance.func<Box<List<String>>, Box<List<String>>>("echo-box"),
                Box(listOf("a", "b")),
            )
        }

        test("enum classes as enums, sets of enums as flags") {
            val color = instance.func<Color, Color>("echo-color")
            for (c in Color.entries) check("color", color, c)
            val perms = instance.func<Set<Perm>, Set<Perm>>("echo-perms")
            check("perms", perms, setOf(Perm.READ, Perm.EXEC))
            check("perms", perms, emptySet())
            perms(EnumSet.allOf(Perm::class.java)) shouldBe Perm.entries.toSet()
        }

        test("sealed hierarchies as variants: objects and one-property data classes") {
            val shape = instance.func<Shape, Shape>("echo-shape")
            check("shape", shape, Shape.Circle(2.5f))
            check("shape", shape, Shape.Big(ULong.MAX_VALUE))
            check("shape", shape, Shape.Label("hi"))
            check("shape", shape, Shape.Empty)
        }

        test("nullable types as options; option<option<T>> as Optional<T>?") {
            val u = instance.func<UInt?, UInt?>("echo-opt-u32")
            check("opt-u32", u, 4_000_000_000u)
            check("opt-u32", u, null)
            val s = instance.func<String?, String?>("echo-opt-string")
            check("opt-string", s, "x")
            check("opt-string", s, null)
            val oo = instance.func<Optional<UInt>?, Optional<UInt>?>("echo-opt-opt")
            check("opt-opt", oo, null)
            check("opt-opt", oo, Optional.empty())
            check("opt-opt", oo, Optional.of(7u))
            val p = instance.func<Point?, Point?>("echo-opt-point")
            check("opt-point", p, Point(1u, "p"))
            check("opt-point", p, null)
            check(
                "opts",
                instance.func<List<String?>, List<String?>>("echo-opts"),
                listOf("a", null, "c"),
            )
        }

        test("results as dev.dovetail.runtime.Result, Unit for a missing payload") {
            val r = instance.func<Result<UInt, String>, Result<UInt, String>>("echo-res")
            check("res", r, Result.ok(4_000_000_000u))
            check("res", r, Result.err("bad"))
            val e = instance.func<Result<Unit, String>, Result<Unit, String>>("echo-res-err")
            check("res-err", e, Result.ok(Unit))
            check("res-err", e, Result.err("bad"))
            val n = instance.func<Result<Unit, Unit>, Result<Unit, Unit>>("echo-res-none")
            check("res-none", n, Result.ok(Unit))
            check("res-none", n, Result.err(Unit))
        }

        test("Pair, Triple and data classes as tuples") {
            check(
                "pair",
                instance.func<Pair<UInt, String>, Pair<UInt, String>>("echo-pair"),
                4_000_000_000u to "x",
            )
            check(
                "triple",
                instance.func<Triple<UByte, Long, String>, Triple<UByte, Long, String>>(
                    "echo-triple"
                ),
                Triple(255.toUByte(), Long.MIN_VALUE, "t"),
            )
            check("tup", instance.func<Tup, Tup>("echo-tup"), Tup(0.5, true))
        }
    })
