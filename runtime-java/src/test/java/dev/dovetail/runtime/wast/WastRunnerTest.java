package dev.dovetail.runtime.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.SExprReader;
import dev.dovetail.format.text.WatException;
import dev.dovetail.runtime.wast.DirectiveResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WastRunnerTest {
    private static Val val(String text) {
        return WastValues.value(SExprReader.read(text).get(0));
    }

    @Test
    void scalarValues() {
        assertEquals(new Val.Bool(true), val("(bool.const true)"));
        assertEquals(new Val.U8((byte) 255), val("(u8.const 255)"));
        assertEquals(new Val.S8((byte) -128), val("(s8.const -128)"));
        assertEquals(new Val.U16((short) 0xffff), val("(u16.const 0xffff)"));
        assertEquals(new Val.U32(-1), val("(u32.const 4294967295)"));
        assertEquals(new Val.S64(Long.MIN_VALUE), val("(s64.const -9223372036854775808)"));
        assertEquals(new Val.U64(-1L), val("(u64.const 0xffff_ffff_ffff_ffff)"));
        assertEquals(new Val.F32(-3.3f), val("(f32.const -3.3)"));
        assertEquals(new Val.F64(1.5), val("(f64.const 0x1.8p0)"));
        assertEquals(new Val.Char(0x1F370), val("(char.const \"🍰\")"));
        assertEquals(new Val.Str("a\u0000"), val("(str.const \"a\\00\")"));
        assertThrows(WatException.class, () -> val("(u8.const 256)"));
        assertThrows(WatException.class, () -> val("(s8.const 128)"));
        assertThrows(WatException.class, () -> val("(char.const \"ab\")"));
    }

    @Test
    void compoundValues() {
        assertEquals(
                new Val.List(List.of(new Val.U8((byte) 1), new Val.U8((byte) 2))),
                val("(list.const (u8.const 1) (u8.const 2))"));
        assertEquals(
                new Val.Record(List.of(new Val.Field("x", new Val.S32(-1)))),
                val("(record.const (field \"x\" (s32.const -1)))"));
        assertEquals(
                new Val.Record(
                        List.of(
                                new Val.Field("a", new Val.U8((byte) 2)),
                                new Val.Field(
                                        "l",
                                        new Val.List(List.of(new Val.U32(10), new Val.U32(20)))))),
                val(
                        "(record.const (field \"a\" u8.const 2) (field \"l\" list.const (u32.const 10) (u32.const 20)))"));
        assertEquals(
                new Val.Tuple(List.of(new Val.Bool(false), new Val.Str(""))),
                val("(tuple.const (bool.const false) (str.const \"\"))"));
        assertEquals(new Val.Variant("a", null), val("(variant.const \"a\")"));
        assertEquals(
                new Val.Variant("b", new Val.U32(7)), val("(variant.const \"b\" (u32.const 7))"));
        assertEquals(new Val.Enum("e"), val("(enum.const \"e\")"));
        assertEquals(Val.Option.NONE, val("(option.none)"));
        assertEquals(new Val.Option(new Val.U8((byte) 1)), val("(option.some (u8.const 1))"));
        assertEquals(Val.Result.ok(null), val("(result.ok)"));
        assertEquals(Val.Result.err(new Val.Str("x")), val("(result.err (str.const \"x\"))"));
        assertEquals(new Val.Flags(Set.of("a", "c")), val("(flags.const \"a\" \"c\")"));
    }

    @Test
    void nanPatterns() {
        ValPattern canonical =
                WastValues.pattern(SExprReader.read("(f32.const nan:canonical)").get(0));
        assertTrue(canonical.matches(new Val.F32(Float.intBitsToFloat(0x7fc00000))));
        assertFalse(canonical.matches(new Val.F32(Float.intBitsToFloat(0x7fc00001))));
        ValPattern arithmetic =
                WastValues.pattern(SExprReader.read("(f64.const nan:arithmetic)").get(0));
        assertTrue(arithmetic.matches(new Val.F64(Double.longBitsToDouble(0xfff8000000000001L))));
        assertFalse(arithmetic.matches(new Val.F64(1.0)));
    }

    @Test
    void directivesWithoutARuntime() {
        String script =
                """
                (component definition $D (type (list u8)))
                (component (core module) (core instance (instantiate 0)))
                (assert_return (invoke "f" (u32.const 1)) (u32.const 2))
                (assert_malformed (component quote "(type (list))") "unexpected")
                (assert_malformed (component binary "\\00asm") "")
                (assert_invalid (component (type (record))) "record type must have at least one field")
                (assert_malformed (component (type (list u8))) "should have failed")
                """;
        List<DirectiveResult> r = new WastRunner(null).run("t.wast", script);
        List<Outcome> outcomes = new ArrayList<>();
        for (DirectiveResult d : r) {
            outcomes.add(d.outcome());
        }
        assertEquals(
                List.of(
                        Outcome.PASSED,
                        Outcome.SKIPPED,
                        Outcome.SKIPPED,
                        Outcome.PASSED,
                        Outcome.PASSED,
                        Outcome.PASSED,
                        Outcome.FAILED),
                outcomes,
                r.toString());
        assertEquals(WastRunner.NEEDS_RUNTIME, r.get(1).reason());
        assertEquals(3, r.get(2).line());
        assertEquals("4 passed, 1 failed, 2 skipped", new WastReport(r).summary());
    }

    @Test
    void asyncScriptsAndComponentsNeedAsync() {
        List<DirectiveResult> r =
                new WastRunner(null)
                        .run(
                                "x.wast",
                                "(component (core func (canon waitable-set.new)))\n(invoke \"f\")");
        assertEquals(WastRunner.NEEDS_ASYNC, r.get(0).reason());
        assertEquals(WastRunner.NEEDS_ASYNC, r.get(1).reason());
        r = new WastRunner(null).run("async/y.wast", "(component)");
        assertEquals(WastRunner.NEEDS_ASYNC, r.get(0).reason());
    }

    @Test
    void aHostRunsInstantiationAndCalls() {
        WastHost host =
                new WastHost() {
                    @Override
                    public Instance instantiate(dev.dovetail.format.text.ComponentWat.Compiled m) {
                        return (name, args) -> {
                            if (name.equals("trap")) {
                                throw new IllegalStateException("wasm trap: unreachable");
                            }
                            return List.of(new Val.U32(((Val.U32) args.get(0)).value() + 1));
                        };
                    }

                    @Override
                    public void register(String name, Instance instance) {}
                };
        List<DirectiveResult> r =
                new WastRunner(host)
                        .run(
                                "h.wast",
                                """
                                (component $c)
                                (assert_return (invoke "inc" (u32.const 1)) (u32.const 2))
                                (assert_return (invoke "inc" (u32.const 1)) (u32.const 3))
                                (assert_trap (invoke "trap") "unreachable")
                                (register "c" $c)
                                """);
        assertEquals(Outcome.PASSED, r.get(0).outcome());
        assertEquals(Outcome.PASSED, r.get(1).outcome());
        assertEquals(Outcome.FAILED, r.get(2).outcome());
        assertEquals(Outcome.PASSED, r.get(3).outcome());
        assertEquals(Outcome.PASSED, r.get(4).outcome());
    }
}
