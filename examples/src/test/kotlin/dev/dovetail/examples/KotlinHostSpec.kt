package dev.dovetail.examples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.ByteArrayOutputStream
import java.io.PrintStream

class KotlinHostSpec :
    FunSpec({
        test("the Kotlin example greets, sees the logs, and measures shapes") {
            val bytes = ByteArrayOutputStream()
            KotlinHost.run(PrintStream(bytes, true, Charsets.UTF_8))
            bytes.toString(Charsets.UTF_8).lines().filter { it.isNotEmpty() } shouldBe
                listOf(
                    "greet(\"Kotlin\") = \"Hello, Kotlin!\"",
                    "greet(\"世界\") = \"Hello, 世界!\"",
                    "the guest logged: [greeting Kotlin, greeting 世界]",
                    "Circle(r=1.0): area 3.141592653589793, bounds Rect(w=2.0, h=2.0)",
                    "Rect(size=Rect(w=3.0, h=4.0)): area 12.0, bounds Rect(w=3.0, h=4.0)",
                    "Empty: area 0.0, bounds Rect(w=0.0, h=0.0)",
                )
        }
    })
