package dev.dovetail.async

import dev.dovetail.abi.Trap
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.property.Arb
import io.kotest.property.arbitrary.enum
import io.kotest.property.arbitrary.int
import io.kotest.property.checkAll

class AsyncCodesSpec :
    FunSpec({
        test("callback results split into code and waitable set") {
            CallbackCode.unpack(0) shouldBe CallbackResult(CallbackCode.EXIT, 0)
            CallbackCode.unpack(1) shouldBe CallbackResult(CallbackCode.YIELD, 0)
            CallbackCode.unpack((7 shl 4) or 2) shouldBe CallbackResult(CallbackCode.WAIT, 7)
        }

        test("an undefined callback code traps with the spec's wording") {
            for (code in 3..15) {
                shouldThrow<Trap> { CallbackCode.unpack(code) }.message shouldContain
                    "unsupported callback code"
            }
        }

        test("copy results pack and unpack") {
            checkAll(Arb.enum<CopyResult>(), Arb.int(0..CopyResult.MAX_COUNT)) { result, count ->
                val packed = result.pack(count)
                CopyResult.of(packed) shouldBe result
                CopyResult.countOf(packed) shouldBe count
            }
            CopyResult.DROPPED.pack(3) shouldBe 0x31
        }

        test("a count beyond 28 bits is rejected") {
            shouldThrow<IllegalArgumentException> { CopyResult.COMPLETED.pack(1 shl 28) }
        }
    })
