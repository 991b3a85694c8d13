package dev.dovetail.kotlin

import dev.dovetail.runtime.Component
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.Result
import java.util.Optional

data class Point(val x: UInt, val yCoord: String)

enum class Color {
    RED,
    GREEN,
    LIGHT_BLUE,
}

sealed interface Shape {
    data class Circle(val radius: Float) : Shape

    data class Big(val value: ULong) : Shape

    data class Label(val text: String) : Shape

    data object Empty : Shape
}

enum class Perm {
    READ,
    WRITE,
    EXEC,
}

data class Unsigneds(
    val a: UByte,
    val b: UShort,
    val c: UInt,
    val d: ULong,
    val e: UInt?,
    val f: List<UInt>,
)

data class Box<T>(val value: T)

data class Tup(val x: Double, val ok: Boolean)

/** Host state of the tests: what the host functions saw. */
class Seen {
    val values = mutableListOf<Any?>()
}

const val KITCHEN_TYPES =
    """
    (type ${'$'}point-d (record (field "x" u32) (field "y-coord" string)))
    (import "point" (type ${'$'}point (eq ${'$'}point-d)))
    (type ${'$'}color-d (enum "red" "green" "light-blue"))
    (import "color" (type ${'$'}color (eq ${'$'}color-d)))
    (type ${'$'}shape-d (variant (case "circle" f32) (case "big" u64) (case "label" string) (case "empty")))
    (import "shape" (type ${'$'}shape (eq ${'$'}shape-d)))
    (type ${'$'}perms-d (flags "read" "write" "exec"))
    (import "perms" (type ${'$'}perms (eq ${'$'}perms-d)))
    (type ${'$'}uns-d (record (field "a" u8) (field "b" u16) (field "c" u32) (field "d" u64) (field "e" (option u32)) (field "f" (list u32))))
    (import "uns" (type ${'$'}uns (eq ${'$'}uns-d)))
    (type ${'$'}box-d (record (field "value" (list string))))
    (import "box" (type ${'$'}box (eq ${'$'}box-d)))
    """

val KITCHEN_ECHOES =
    listOf(
        Echo("bool", "bool", listOf("i32"), "i32"),
        Echo("s8", "s8", listOf("i32"), "i32"),
        Echo("u8", "u8", listOf("i32"), "i32"),
        Echo("s16", "s16", listOf("i32"), "i32"),
        Echo("u16", "u16", listOf("i32"), "i32"),
        Echo("s32", "s32", listOf("i32"), "i32"),
        Echo("u32", "u32", listOf("i32"), "i32"),
        Echo("s64", "s64", listOf("i64"), "i64"),
        Echo("u64", "u64", listOf("i64"), "i64"),
        Echo("f32", "f32", listOf("f32"), "f32"),
        Echo("f64", "f64", listOf("f64"), "f64"),
        Echo("char", "char", listOf("i32"), "i32"),
        Echo("string", "string", listOf("i32", "i32")),
        Echo("bytes", "(list u8)", listOf("i32", "i32")),
        Echo("u8s", "(list u8)", listOf("i32", "i32")),
        Echo("u32s", "(list u32)", listOf("i32", "i32")),
        Echo("point", "\$point", listOf("i32", "i32", "i32")),
        Echo("points", "(list \$point)", listOf("i32", "i32")),
        Echo("color", "\$color", listOf("i32"), "i32"),
        Echo("shape", "\$shape", listOf("i32", "i64", "i32")),
        Echo("opt-u32", "(option u32)", listOf("i32", "i32")),
        Echo("opt-string", "(option string)", listOf("i32", "i32", "i32")),
        Echo("opt-opt", "(option (option u32))", listOf("i32", "i32", "i32")),
        Echo("opt-point", "(option \$point)", listOf("i32", "i32", "i32", "i32")),
        Echo("opts", "(list (option string))", listOf("i32", "i32")),
        Echo("res", "(result u32 (error string))", listOf("i32", "i32", "i32")),
        Echo("res-err", "(result (error string))", listOf("i32", "i32", "i32")),
        Echo("res-none", "(result)", listOf("i32"), "i32"),
        Echo("perms", "\$perms", listOf("i32"), "i32"),
        Echo("pair", "(tuple u32 string)", listOf("i32", "i32", "i32")),
        Echo("triple", "(tuple u8 s64 string)", listOf("i32", "i64", "i32", "i32")),
        Echo("tup", "(tuple f64 bool)", listOf("f64", "i32")),
        Echo("uns", "\$uns", listOf("i32", "i32", "i32", "i64", "i32", "i32", "i32", "i32")),
        Echo("box", "\$box", listOf("i32", "i32")),
    )

/** An identity host function `id-NAME` over Kotlin type [X] that records what it saw. */
inline fun <reified X> InstanceScope<Seen>.id(name: String) {
    func("id-$name") { x: X ->
        data.values += x
        x
    }
}

/** The kitchen's host functions: identities over the Kotlin type of each echo. */
fun kitchenLinker(): Linker<Seen> =
    linker<Seen>(ENGINE) {
        id<Boolean>("bool")
        id<Byte>("s8")
        id<UByte>("u8")
        id<Short>("s16")
        id<UShort>("u16")
        id<Int>("s32")
        id<UInt>("u32")
        id<Long>("s64")
        id<ULong>("u64")
        id<Float>("f32")
        id<Double>("f64")
        id<Int>("char")
        id<String>("string")
        id<ByteArray>("bytes")
        id<List<UByte>>("u8s")
        id<List<UInt>>("u32s")
        id<Point>("point")
        id<List<Point>>("points")
        id<Color>("color")
        id<Shape>("shape")
        id<UInt?>("opt-u32")
        id<String?>("opt-string")
        id<Optional<UInt>?>("opt-opt")
        id<Point?>("opt-point")
        id<List<String?>>("opts")
        id<Result<UInt, String>>("res")
        id<Result<Unit, String>>("res-err")
        id<Result<Unit, Unit>>("res-none")
        id<Set<Perm>>("perms")
        id<Pair<UInt, String>>("pair")
        id<Triple<UByte, Long, String>>("triple")
        id<Tup>("tup")
        id<Unsigneds>("uns")
        id<Box<List<String>>>("box")
    }

val KITCHEN: Component by lazy { kitchen(KITCHEN_TYPES, KITCHEN_ECHOES) }
