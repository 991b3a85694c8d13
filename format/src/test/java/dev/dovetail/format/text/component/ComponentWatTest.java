package dev.dovetail.format.text.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.text.WatException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The component text format, construct by construct. Every expected binary below was checked during
 * development to be what wasm-tools produces for the same text (custom sections aside).
 */
class ComponentWatTest {
    private static void assertBytes(String text, String hex) {
        byte[] bytes = ComponentWat.toBytes(text);
        assertEquals(hex, HexFormat.of().formatHex(bytes));
        assertEquals(ComponentWat.parse(text), ComponentDecoder.decode(bytes));
    }

    @Test
    void importWithInlineFuncType() {
        assertBytes(
                "(component (import \"f\" (func (param \"x\" u32) (result string))))",
                "0061736d0d000100070801400101787900730a06010001660100");
    }

    @Test
    void nestedInlineTypesComeFirstInPostOrder() {
        assertBytes(
                "(component (type (record (field \"a\" (list u8)) (field \"b\" (tuple u8 (option bool))))))",
                "0061736d0d000100071104707d6b7f6f027d017202016100016202");
    }

    @Test
    void definedValueTypes() {
        assertBytes(
                "(component (type (list u8 4)) (type (map string u32)) (type (stream u8)) (type (future)) (type error-context) (type (flags \"a\" \"b\")) (type (enum \"x\")) (type (variant (case \"a\") (case \"b\" u32))) (type (result u32 (error string))) (type (result)))",
                "0061736d0d000100072a0a677d0463737966017d6500646e02016101626d01017871020161000001"
                        + "620179006a017901736a0000");
    }

    @Test
    void coreModuleInstanceAliasSugarAndInlineExport() {
        assertBytes(
                "(component (core module (func (export \"f\") (result i32) i32.const 1)) (core instance (instantiate 0)) (func (export \"f\") (result u32) (canon lift (core func 0 \"f\"))))",
                "0061736d0d00010001220061736d010000000105016000017f03020100070501016600000a060104"
                        + "0041010b0204010000000705014000007906070100000100016608060100000000000b0701000166"
                        + "010000");
    }

    @Test
    void resourcesAndHandles() {
        assertBytes(
                "(component (type (resource (rep i32))) (core func (canon resource.new 0)) (core func (canon resource.drop 0)) (core func (canon resource.rep 0)) (type (own 0)) (type (borrow 0)))",
                "0061736d0d0001000704013f7f0008070302000300040007050269006800");
    }

    @Test
    void instantiateWithInlineBundle() {
        assertBytes(
                "(component (component) (instance (instantiate 0 (with \"a\" (instance (export \"x\" (component 0)))))))",
                "0061736d0d00010004080061736d0d000100050f020101000178040000000101610500");
    }

    @Test
    void automaticAndExplicitOuterAliases() {
        assertBytes(
                "(component $C (type $r (record (field \"a\" u8))) (component (import \"x\" (func (param \"r\" $r)))) (component (alias outer $C $r (type))))",
                "0061736d0d000100070601720101617d04210061736d0d0001000605010302010007080140010172"
                        + "0001000a06010001780101040f0061736d0d00010006050103020100");
    }

    @Test
    void nameAttributes() {
        assertBytes(
                "(component (import \"a\" (implements \"a:b/c\") (instance)) (import \"b\" (external-id \"x\") (func)) (export \"c\" (implements \"a:b/c\") (instance 0)))",
                "0061736d0d00010007030142000a0e01020161010005613a622f630500070501400001000a0a0102"
                        + "01620102017801010b0f01020163010005613a622f63050000");
    }

    @Test
    void canonLowerOptions() {
        assertBytes(
                "(component (import \"f\" (func (param \"s\" string))) (core module (memory (export \"m\") 1) (func (export \"r\") (param i32 i32 i32 i32) (result i32) i32.const 0)) (core instance (instantiate 0)) (core func (canon lower (func 0) string-encoding=utf16 (memory (core memory 0 \"m\")) (realloc (core func 0 \"r\")))))",
                "0061736d0d000100070801400101737301000a06010001660100012f0061736d0100000001090160"
                        + "047f7f7f7f017f030201000503010001070902016d0200017200000a0601040041000b0204010000"
                        + "00060d0200020100016d000001000172080a01010000030103000400");
    }

    @Test
    void asyncBuiltins() {
        assertBytes(
                "(component (core module (memory (export \"m\") 1)) (core instance (instantiate 0)) (canon task.return (result u32) (core func)) (canon waitable-set.new (core func)) (canon waitable-set.wait (memory 0) (core func)) (canon subtask.cancel async (core func)) (canon context.get i32 0 (core func)) (canon backpressure.inc (core func)))",
                "0061736d0d00010001140061736d010000000503010001070501016d0200020401000000080f0609"
                        + "0079001f20000006010a7f0024");
    }

    @Test
    void instanceAndComponentTypes() {
        assertBytes(
                "(component (type (instance (export \"r\" (type (sub resource))) (export \"f\" (func (param \"x\" (own 0)))))) (type (component (import \"i\" (instance (type 0))) (export \"g\" (func async)))))",
                "0061736d0d000100072d024204040001720301016900014001017801010004000166010241030300"
                        + "016905000143000100040001670100");
    }

    @Test
    void exportAscriptionAndStart() {
        assertBytes(
                "(component (import \"f\" (func)) (export \"g\" (func 0) (func)) (start 0))",
                "0061736d0d000100070501400001000a06010001660100070501400001000b090100016701000101"
                        + "010903000000");
    }

    @Test
    void coreModuleTypes() {
        assertBytes(
                "(component (core type (module (import \"a\" \"b\" (func (param i32))) (export \"c\" (func (param i32))) (export \"m\" (memory 1)))) (import \"m\" (core module (type 0))))",
                "0061736d0d000100031f0150050160017f00000161016200000160017f00030163000103016d0200"
                        + "010a070100016d001100");
    }

    @Test
    void exportAliasChains() {
        assertBytes(
                "(component (import \"i\" (instance (export \"f\" (func)) (export \"j\" (instance (export \"g\" (func)))))) (core func (canon lower (func 0 \"f\"))) (core func (canon lower (func 0 \"j\" \"g\"))))",
                "0061736d0d0001000722014204014000010004000166010001420201400001000400016701000400"
                        + "016a05010a06010001690500060601010000016608050101000000060b02050000016a0100010167"
                        + "08050101000100");
    }

    @Test
    void inlineExportsGoToTheEndOfTheComponent() {
        ComponentModel m =
                ComponentWat.parse(
                        "(component (import \"f\" (func $f)) (func (export \"g\") (alias export 0"
                                + " \"x\")) (type (record (field \"a\" u8))))");
        List<Section> s = m.sections();
        assertInstanceOf(Section.ExportSection.class, s.get(s.size() - 1));
    }

    @Test
    void cancellableWaitWithStrictMemoryReference() {
        ComponentModel m =
                ComponentWat.parse(
                        "(component (core module (memory (export \"m\") 1)) (core instance"
                                + " (instantiate 0)) (canon waitable-set.wait cancellable (memory"
                                + " (core memory 0 \"m\")) (core func)))");
        Section.CanonSection c = (Section.CanonSection) m.sections().get(m.sections().size() - 1);
        assertEquals(List.of(new Canon.WaitableSetWait(true, 0)), c.canons());
    }

    @Test
    void binaryAndQuoteForms() {
        assertEquals(
                "0061736d0d000100",
                HexFormat.of()
                        .formatHex(
                                ComponentWat.toBytes(
                                        "(component binary \"\\00asm\" \"\\0d\\00\\01\\00\")")));
        assertEquals(
                ComponentWat.parse("(component (type (list u8)))"),
                ComponentWat.parse("(component quote \"(type (list u8))\")"));
    }

    @Test
    void coreModulesByTheirTopForm() {
        byte[] m = ComponentWat.toBytes("(module (func))");
        assertEquals("0061736d01000000", HexFormat.of().formatHex(m, 0, 8));
    }

    @Test
    void unknownIdentifierIsReportedWithItsPosition() {
        WatException e =
                assertThrows(
                        WatException.class,
                        () -> ComponentWat.parse("(component\n  (export \"x\" (func $nope)))"));
        assertEquals(2, e.line());
        assertEquals(21, e.column());
        assertTrue(e.reason().contains("unknown func"), e.reason());
        assertTrue(e.reason().contains("$nope"), e.reason());
    }

    @Test
    void duplicateIdentifier() {
        WatException e =
                assertThrows(
                        WatException.class,
                        () -> ComponentWat.parse("(component (type $t u8)\n (type $t u32))"));
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("duplicate type identifier"), e.reason());
    }

    @Test
    void outerFuncIsNotAliasable() {
        WatException e =
                assertThrows(
                        WatException.class,
                        () ->
                                ComponentWat.parse(
                                        "(component (import \"x\" (func $x)) (component (export \"x\""
                                                + " (func $x))))"));
        assertTrue(e.reason().contains("outer item `x` is not a module, type, or component"));
    }

    @Test
    void unknownOuterComponent() {
        WatException e =
                assertThrows(
                        WatException.class,
                        () -> ComponentWat.parse("(component (alias outer $nope 0 (type)))"));
        assertTrue(e.reason().contains("outer component `nope` not found"), e.reason());
    }

    @Test
    void malformedFieldsAndBuiltins() {
        assertThrows(WatException.class, () -> ComponentWat.parse("(component (frob))"));
        assertThrows(
                WatException.class,
                () -> ComponentWat.parse("(component (canon no.such (core func)))"));
        assertThrows(
                WatException.class,
                () ->
                        ComponentWat.parse(
                                "(component (import \"a\" (implements \"a:b/c\") (implements"
                                        + " \"a:b/c\") (instance)))"));
    }
}
