package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WatErrorTest {

    private static void fails(String wat, String message) {
        WatException e = assertThrows(WatException.class, () -> Wat.parseModule(wat));
        assertEquals(message, e.getMessage());
    }

    @Test
    void unknownInstruction() {
        fails("(module\n  (func\n    i32.foo))", "unknown operator i32.foo at 3:5");
        fails("(module (func (i64.bar)))", "unknown operator i64.bar at 1:16");
    }

    @Test
    void unknownIdentifiers() {
        fails("(module (func (br $nope)))", "unknown label $nope at 1:19");
        fails("(module (func (call $g)))", "unknown function $g at 1:21");
        fails("(module (func (local.get $x)))", "unknown local $x at 1:26");
        fails("(module (func (drop (global.get $g))))", "unknown global $g at 1:33");
        fails("(module (func (call_indirect (type $t))))", "unknown type $t at 1:36");
        fails("(module (export \"m\" (memory $m)))", "unknown memory $m at 1:29");
        fails("(module (func (throw $e)))", "unknown tag $e at 1:22");
        fails("(module (func (data.drop $d)))", "unknown data segment $d at 1:26");
    }

    @Test
    void labelsAreOnlyVisibleInsideTheirBlock() {
        fails("(module (func (block $b) (br $b)))", "unknown label $b at 1:30");
        fails("(module (func block $a end $b))", "mismatching label $b at 1:28");
    }

    @Test
    void duplicateIdentifiers() {
        fails("(module (func $f)\n (func $f))", "duplicate function $f at 2:2");
        fails("(module (func (param $x i32) (local $x i32)))", "duplicate local $x at 1:30");
        fails("(module (type $t (func)) (type $t (func)))", "duplicate type $t at 1:26");
        fails(
                "(module (global $g i32 (i32.const 0)) (import \"a\" \"b\" (global $g i32)))",
                "import after global definition at 1:39");
        fails("(module (memory $m 1) (memory $m 1))", "duplicate memory $m at 1:23");
    }

    @Test
    void typeUseMismatch() {
        fails(
                "(module (type $t (func (param i32)))\n  (func (type $t) (param i64)))",
                "inline function type does not match type use at 2:9");
        fails("(module (func (type 5) (param i32)))", "unknown type 5 at 1:15");
    }

    @Test
    void importsMustComeFirst() {
        fails(
                "(module (func) (import \"a\" \"b\" (func)))",
                "import after function definition at 1:16");
        fails(
                "(module (memory 1) (func (import \"a\" \"b\")))",
                "import after memory definition at 1:20");
    }

    @Test
    void structuralErrors() {
        fails("(module (func block))", "expected 'end' at 1:20");
        fails("(module (type $t (func) extra))", "expected ')' at 1:25");
        fails("(module (foo))", "unknown module field 'foo' at 1:9");
        fails("(module (func (i32.const)))", "expected number at 1:25");
        fails("(module (func i32.const 1 (then)))", "unexpected 'then' at 1:28");
        fails("(module (func nop end))", "unexpected 'end' at 1:19");
        fails(
                "(module (func (i32.load align=3 (i32.const 0))))",
                "alignment must be a power of two at 1:25");
    }

    @Test
    void literalAndNameErrors() {
        fails("(module (func (i32.const 0x1_0000_0000)))", "constant out of range at 1:26");
        fails("(module (func (f32.const 1e39)))", "constant out of range at 1:26");
        fails("(module (func (export \"\\ff\")))", "malformed UTF-8 encoding at 1:23");
        fails("(module (func (i32.const 1__0)))", "expected number at 1:26");
    }

    @Test
    void simdIsRejectedClearly() {
        fails("(module (func (param v128)))", "SIMD is not supported at 1:22");
        fails(
                "(module (func (drop (i32x4.splat (i32.const 0)))))",
                "SIMD is not supported at 1:22");
    }

    @Test
    void lexerErrorsCarryPositions() {
        fails("(module\n (func (export \"a\n\")))", "illegal control character in string at 2:18");
        fails("(module (func)", "unclosed '(' at 1:1");
    }
}
