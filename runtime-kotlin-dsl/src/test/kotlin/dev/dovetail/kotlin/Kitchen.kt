package dev.dovetail.kotlin

import dev.dovetail.runtime.Component
import dev.dovetail.runtime.Engine

/**
 * One type of the kitchen component: host import `id-NAME(x: T) -> T` and export `echo-NAME(x: T)
 * -> T` that passes its argument through the import. [flat] is T's flattening; [single] its one
 * core type when the result is returned directly (else through memory at address 64).
 */
class Echo(val name: String, val wit: String, val flat: List<String>, val single: String? = null)

val ENGINE: Engine = Engine.builder().interpreter().build()

private const val OPTS =
    """(memory (core memory ${'$'}mi "mem")) (realloc (core func ${'$'}mi "realloc"))"""

/** A component with an echo through the host for every [echoes] type, plus `boom` (a trap). */
fun kitchen(types: String, echoes: List<Echo>): Component {
    val d = '$'
    val sb = StringBuilder("(component\n")
    sb.append(types).append('\n')
    for (e in echoes) {
        sb.append(
                """(import "id-${e.name}" (func ${d}id-${e.name} (param "x" ${e.wit}) (result ${e.wit})))"""
            )
            .append('\n')
    }
    sb.append(
        """
        (core module ${d}mem (memory (export "mem") 4)
          (global ${d}bump (mut i32) (i32.const 1024))
          (func (export "realloc") (param i32 i32 i32 i32) (result i32)
            (local ${d}r i32)
            (global.set ${d}bump (i32.and (i32.add (global.get ${d}bump) (i32.sub (local.get 2) (i32.const 1)))
                                       (i32.sub (i32.const 0) (local.get 2))))
            global.get ${d}bump local.set ${d}r
            global.get ${d}bump local.get 3 i32.add global.set ${d}bump
            (memory.copy (local.get ${d}r) (local.get 0) (local.get 1))
            local.get ${d}r))
        (core instance ${d}mi (instantiate ${d}mem))
        """
            .trimIndent()
    )
    sb.append('\n')
    for (e in echoes) {
        sb.append("(core func ${d}id-${e.name}-l (canon lower (func ${d}id-${e.name}) $OPTS))\n")
    }
    sb.append("(core module ${d}m\n(import \"mem\" \"mem\" (memory 1))\n")
    for (e in echoes) {
        val ps = e.flat.joinToString(" ")
        val sig = if (e.single != null) "(param $ps) (result ${e.single})" else "(param $ps i32)"
        sb.append("(import \"h\" \"id-${e.name}\" (func ${d}id-${e.name} $sig))\n")
    }
    for (e in echoes) {
        val ps = e.flat.joinToString(" ")
        val gets = e.flat.indices.joinToString(" ") { "local.get $it" }
        if (e.single != null) {
            sb.append(
                "(func (export \"echo-${e.name}\") (param $ps) (result ${e.single}) $gets call ${d}id-${e.name})\n"
            )
        } else {
            sb.append(
                "(func (export \"echo-${e.name}\") (param $ps) (result i32) $gets i32.const 64 call ${d}id-${e.name} i32.const 64)\n"
            )
        }
    }
    sb.append("(func (export \"boom\") unreachable))\n")
    sb.append("(core instance ${d}i (instantiate ${d}m (with \"h\" (instance")
    for (e in echoes) sb.append(" (export \"id-${e.name}\" (func ${d}id-${e.name}-l))")
    sb.append(")) (with \"mem\" (instance ${d}mi))))\n")
    for (e in echoes) {
        sb.append(
            "(func (export \"echo-${e.name}\") (param \"x\" ${e.wit}) (result ${e.wit}) (canon lift (core func ${d}i \"echo-${e.name}\") $OPTS))\n"
        )
    }
    sb.append("(func (export \"boom\") (canon lift (core func ${d}i \"boom\")))\n)")
    return Component.fromWat(ENGINE, sb.toString())
}
