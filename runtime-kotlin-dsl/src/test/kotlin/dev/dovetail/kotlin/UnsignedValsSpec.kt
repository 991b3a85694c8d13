package dev.dovetail.kotlin

import dev.dovetail.abi.Val
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.uByte
import io.kotest.property.arbitrary.uInt
import io.kotest.property.arbitrary.uLong
import io.kotest.property.arbitrary.uShort
import io.kotest.property.checkAll

class UnsignedValsSpec :
    FunSpec({
        test("u32 keeps the bits and the unsigned value") {
            val v = 4_000_000_000u.toVal()
            v.value() shouldBe -294_967_296
            v.longValue() shouldBe 4_000_000_000L
            v.toString() shouldBe "4000000000"
        }

        test("u8 above 127 reads back unsigned on both sides") {
            val v = 200.toUByte().toVal()
            v.intValue() shouldBe 200
            v.toUByte() shouldBe 200.toUByte()
        }

        test("round trips agree with the Java accessors") {
            checkAll(Arb.uByte(), Arb.uShort(), Arb.uInt(), Arb.uLong()) { a, b, c, d ->
                a.toVal().toUByte() shouldBe a
                a.toVal().intValue() shouldBe a.toInt()
                b.toVal().toUShort() shouldBe b
                b.toVal().intValue() shouldBe b.toInt()
                c.toVal().toUInt() shouldBe c
                c.toVal().longValue() shouldBe c.toLong()
                d.toVal().toULong() shouldBe d
                d.toVal().toString() shouldBe d.toString()
            }
        }

        test("the Java factory and the Kotlin conversion build equal values") {
            Val.u32(4_294_967_295L) shouldBe UInt.MAX_VALUE.toVal()
            Val.u8(255) shouldBe UByte.MAX_VALUE.toVal()
        }
    })
