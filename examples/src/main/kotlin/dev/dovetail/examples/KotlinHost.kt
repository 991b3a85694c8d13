package dev.dovetail.examples

import dev.dovetail.kotlin.func
import dev.dovetail.kotlin.linker
import dev.dovetail.runtime.Engine
import dev.dovetail.runtime.Store
import java.io.PrintStream

/** A record of the shapes component: `record rect { w: f64, h: f64 }`. */
public data class Rect(val w: Double, val h: Double)

/** `variant shape { circle(f64), rect(rect), empty }` as a sealed hierarchy. */
public sealed interface Shape {
    /** A circle of radius [r]. */
    public data class Circle(val r: Double) : Shape

    /** A rectangle. */
    public data class Rect(val size: dev.dovetail.examples.Rect) : Shape

    /** No shape at all. */
    public data object Empty : Shape
}

/** The host state of the greeter: what the guest logged. */
public class GreeterLog {
    /** The messages, in order. */
    public val messages: MutableList<String> = mutableListOf()
}

/**
 * The Kotlin layer end to end: host functions defined with the linker DSL (reaching the store's
 * state), exports called as Kotlin functions with Kotlin types (strings, a sealed variant, a data
 * class record).
 */
public object KotlinHost {
    /** Runs the example, printing to [out]. */
    public fun run(out: PrintStream) {
        val engine = Engine.create()

        // hello.wat imports `log: func(message: string)` and exports `greet(name) -> string`.
        val greeter =
            linker<GreeterLog>(engine) {
                func("log") { message: String -> data.messages += message }
            }
        val store = Store(engine, GreeterLog())
        val hello = greeter.instantiate(store, Examples.component(engine, "hello.wat"))
        val greet = hello.func<String, String>("greet")
        for (name in listOf("Kotlin", "世界")) out.println("greet(\"$name\") = \"${greet(name)}\"")
        out.println("the guest logged: ${store.data().messages}")

        // shapes.wat exports `area(shape) -> f64` and `bounds(shape) -> rect`; no imports.
        val shapes =
            linker<Unit>(engine) {}
                .instantiate(Store(engine, Unit), Examples.component(engine, "shapes.wat"))
        val area = shapes.func<Shape, Double>("area")
        val bounds = shapes.func<Shape, Rect>("bounds")
        for (s in listOf(Shape.Circle(1.0), Shape.Rect(Rect(3.0, 4.0)), Shape.Empty)) {
            out.println("$s: area ${area(s)}, bounds ${bounds(s)}")
        }
    }

    /** Runs the example on standard output. */
    @JvmStatic
    public fun main(args: Array<String>) {
        run(System.out)
    }
}
