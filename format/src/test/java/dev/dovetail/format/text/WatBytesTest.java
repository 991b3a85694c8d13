package dev.dovetail.format.text;

import static dev.dovetail.format.text.WasmBytes.body;
import static dev.dovetail.format.text.WasmBytes.hex;
import static dev.dovetail.format.text.WasmBytes.sectionHex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Exact bytes for small modules (checked against wabt and wasm-tools while writing them). */
class WatBytesTest {
    private static final String HEADER = "0061736d01000000";

    @Test
    void emptyModule() {
        assertEquals(HEADER, hex(Wat.parseModule("(module)")));
        assertEquals(HEADER, hex(Wat.parseModule("")));
        assertEquals(HEADER, hex(Wat.parseModule("(module $m)")));
    }

    @Test
    void addFunction() {
        byte[] b =
                Wat.parseModule(
                        "(module (func (export \"add\") (param $a i32) (param $b i32) (result i32)"
                                + " local.get $a local.get $b i32.add))");
        assertEquals(
                HEADER
                        + "01070160027f7f017f" // type section
                        + "03020100" // function section
                        + "0707010361646400"
                        + "00" // export "add" func 0
                        + "0a09010700200020016a0b", // code
                hex(b));
    }

    @Test
    void bareFieldsEqualModuleForm() {
        String fields = "(memory 1) (func (export \"f\") (result i32) i32.const 7)";
        assertEquals(hex(Wat.parseModule("(module " + fields + ")")), hex(Wat.parseModule(fields)));
    }

    @Test
    void sectionsOfAFullModuleAreInOrder() {
        byte[] b =
                Wat.parseModule(
                        """
                        (module
                          (type $v (func))
                          (import "env" "f" (func $imp (param i64)))
                          (memory $m 1 2)
                          (global $g (mut i32) (i32.const -1))
                          (table 2 funcref)
                          (elem (i32.const 0) $imp $main)
                          (data (i32.const 8) "hi")
                          (start $main)
                          (func $main (type $v) (local i32 i32 f64)
                            (block $out
                              (br_if $out (i32.eqz (global.get $g)))
                              (i32.store offset=4 align=2 (i32.const 0) (i32.const 300)))))
                        """);
        assertEquals(
                HEADER
                        + "0108"
                        + "02"
                        + "600000"
                        + "60017e00" // $v, implicit (i64) -> ()
                        + "0209"
                        + "01"
                        + "03656e76"
                        + "0166"
                        + "0001"
                        + "0302"
                        + "0100"
                        + "0404"
                        + "01"
                        + "70"
                        + "0002"
                        + "0504"
                        + "01"
                        + "01"
                        + "0102"
                        + "0606"
                        + "01"
                        + "7f01"
                        + "417f0b"
                        + "0801"
                        + "01"
                        + "0908"
                        + "01"
                        + "00"
                        + "41000b"
                        + "020001"
                        + "0a18"
                        + "01"
                        + "16"
                        + "02"
                        + "027f"
                        + "017c"
                        + "0240"
                        + "2300"
                        + "45"
                        + "0d00"
                        + "4100"
                        + "41ac02"
                        + "360104"
                        + "0b"
                        + "0b"
                        + "0b08"
                        + "01"
                        + "00"
                        + "41080b"
                        + "026869",
                hex(b));
    }

    @Test
    void implicitTypesAreReusedAndAppendedInOrder() {
        byte[] b =
                Wat.parseModule(
                        """
                        (func (param f32))
                        (type (func (param i32)))
                        (func (param i32))
                        (func (param f32))
                        (func (call_indirect (result f64) (i32.const 0)))
                        (table 0 funcref)
                        """);
        // explicit type 0 = (i32); implicit: 1 = (f32), 2 = () for the last func, 3 = () -> f64
        assertEquals("04" + "60017f00" + "60017d00" + "600000" + "6000017c", sectionHex(b, 1));
        assertEquals("0401000102", sectionHex(b, 3));
    }

    @Test
    void constantsUseMinimalLeb() {
        assertEquals("417f", body("(func i32.const -1 drop)").substring(0, 4));
        assertEquals("41ac021a", body("(func i32.const 300 drop)"));
        assertEquals("41ffffffff071a", body("(func i32.const 0x7fffffff drop)"));
        assertEquals("418080808078" + "1a", body("(func i32.const 0x8000_0000 drop)"));
        assertEquals(
                "42808080808080808080" + "7f1a", body("(func i64.const -0x8000000000000000 drop)"));
        assertEquals("430000c07f1a", body("(func f32.const nan drop)"));
        assertEquals("44000000000000e03f1a", body("(func f64.const 0x1p-1 drop)"));
    }

    @Test
    void blockTypes() {
        assertEquals("02400b", body("(func (block))"));
        assertEquals("037f41000b1a", body("(func (loop (result i32) (i32.const 0)) drop)"));
        // params need a type index (implicit type 1 = [i32] -> [i32])
        assertEquals(
                "410002010b1a", body("(func i32.const 0 block (param i32) (result i32) end drop)"));
        assertEquals(
                "4101047f41020541030b1a",
                body(
                        "(func (if (result i32) (i32.const 1) (then (i32.const 2)) (else (i32.const 3))) drop)"));
        assertEquals(
                "4101047f41020541030b1a",
                body(
                        "(func i32.const 1 if $l (result i32) i32.const 2 else $l i32.const 3 end $l drop)"));
    }

    @Test
    void labelsResolveInnermostFirst() {
        assertEquals(
                "0240" + "0240" + "0c01" + "0c00" + "0c02" + "0b0b",
                body("(func (block $a (block $b (br $a) (br $b) (br 2))))"));
        assertEquals(
                "0240" + "0240" + "4100" + "0e02000100" + "0b0b",
                body("(func (block $a (block $b (br_table $b $a 0 (i32.const 0)))))"));
        // a shadowed label name refers to the innermost binding
        assertEquals("02400240" + "0c00" + "0b0b", body("(func (block $x (block $x (br $x))))"));
    }

    @Test
    void memoryInstructions() {
        String mems = "(memory 1) (memory $m 1)";
        assertEquals(
                "4100" + "280200" + "1a", body("(func (drop (i32.load (i32.const 0)))) " + mems));
        assertEquals(
                "4100" + "2c0010" + "1a",
                body("(func (drop (i32.load8_s offset=16 (i32.const 0)))) " + mems));
        // memory index 1: bit 6 in the flags, then the index
        assertEquals(
                "4100" + "2942" + "01" + "808004" + "1a",
                body("(func (drop (i64.load $m offset=0x10000 align=4 (i32.const 0)))) " + mems));
        assertEquals(
                "3f011a" + "3f001a",
                body("(func (drop (memory.size $m)) (drop (memory.size))) " + mems));
        assertEquals(
                "410041004100" + "fc0a0100",
                body(
                        "(func (memory.copy $m 0 (i32.const 0) (i32.const 0) (i32.const 0))) "
                                + mems));
    }

    @Test
    void bulkMemoryNeedsDataCount() {
        byte[] b =
                Wat.parseModule(
                        "(memory 1) (data $d \"abc\")"
                                + " (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 3))"
                                + " (data.drop $d))");
        assertEquals("01", sectionHex(b, 12));
        assertEquals(
                "01" + "0f00" + "410041004103" + "fc080000" + "fc0900" + "0b", sectionHex(b, 10));
        assertEquals("0101" + "03616263", sectionHex(b, 11));
    }

    @Test
    void selectAndReferenceInstructions() {
        assertEquals(
                "410141024103" + "1b1a",
                body("(func (drop (select (i32.const 1) (i32.const 2) (i32.const 3))))"));
        assertEquals(
                "d070d06f41001c01701a",
                body(
                        "(func (drop (select (result funcref) (ref.null func) (ref.null extern)"
                                + " (i32.const 0))))"));
        assertEquals(
                "d200" + "d1" + "1a",
                body("(func $f (drop (ref.is_null (ref.func $f)))) (elem declare func $f)"));
    }

    @Test
    void callIndirectTakesTypeThenTable() {
        assertEquals(
                "4100" + "110001",
                body(
                        "(func (call_indirect $t (type 0) (i32.const 0))) (table 0 funcref) (table $t 0 funcref)"));
        assertEquals(
                "4100" + "130000",
                body("(func (return_call_indirect (i32.const 0))) (table 0 funcref)"));
        assertEquals("1200", body("(func $f (return_call $f))"));
    }

    @Test
    void saturatingAndSignExtension() {
        assertEquals(
                "4300000000" + "fc00" + "1a",
                body("(func (drop (i32.trunc_sat_f32_s (f32.const 0))))"));
        assertEquals("4100c01a", body("(func (drop (i32.extend8_s (i32.const 0))))"));
        assertEquals("4200c41a", body("(func (drop (i64.extend32_s (i64.const 0))))"));
    }

    @Test
    void elementSegmentForms() {
        byte[] b =
                Wat.parseModule(
                        """
                        (table $t0 1 funcref) (table $t1 1 funcref)
                        (func $f)
                        (elem (i32.const 0) $f)
                        (elem (table $t1) (i32.const 0) func $f)
                        (elem func $f)
                        (elem declare func $f)
                        (elem (offset (i32.const 0)) funcref (ref.func $f) (item ref.null func))
                        (elem (table $t1) (i32.const 0) funcref (ref.func $f))
                        (elem externref (ref.null extern))
                        """);
        assertEquals(
                "07" + "00" + "41000b" + "0100" + "02" + "01" + "41000b" + "00" + "0100" + "01"
                        + "00" + "0100" + "03" + "00" + "0100" + "04" + "41000b" + "02" + "d2000b"
                        + "d0700b" + "06" + "01" + "41000b" + "70" + "01" + "d2000b" + "05" + "6f"
                        + "01" + "d06f0b",
                sectionHex(b, 9));
    }

    @Test
    void inlineTableElemsAndMemoryData() {
        byte[] b =
                Wat.parseModule(
                        "(func $f) (table $t (export \"t\") funcref (elem $f $f))"
                                + " (memory (data \"ab\" \"c\"))");
        assertEquals("01" + "70" + "010202", sectionHex(b, 4));
        assertEquals("01" + "010101", sectionHex(b, 5));
        assertEquals("01" + "00" + "41000b" + "020000", sectionHex(b, 9));
        assertEquals("01" + "00" + "41000b" + "03616263", sectionHex(b, 11));
        assertEquals("01" + "0174" + "01" + "00", sectionHex(b, 7));
    }

    @Test
    void inlineImportsAndExports() {
        byte[] b =
                Wat.parseModule(
                        """
                        (func $i (export "a") (export "b") (import "m" "f") (result i32))
                        (global (export "g") (import "m" "g") i64)
                        (memory (import "m" "mem") 1)
                        (table (import "m" "tab") 1 2 externref)
                        (tag (import "m" "tag") (param i32))
                        (func (export "c") (call $i) drop)
                        """);
        assertEquals(
                "05"
                        + "016d"
                        + "0166"
                        + "00"
                        + "00"
                        + "016d"
                        + "0167"
                        + "03"
                        + "7e00"
                        + "016d"
                        + "036d656d"
                        + "02"
                        + "0001"
                        + "016d"
                        + "03746162"
                        + "01"
                        + "6f"
                        + "010102"
                        + "016d"
                        + "03746167"
                        + "04"
                        + "00"
                        + "01",
                sectionHex(b, 2));
        assertEquals(
                "04" + "0161" + "0000" + "0162" + "0000" + "0167" + "0300" + "0163" + "0001",
                sectionHex(b, 7));
    }

    @Test
    void exceptionHandling() {
        byte[] b =
                Wat.parseModule(
                        """
                        (tag $e (param i32))
                        (func (result i32)
                          (block $h (result i32)
                            (try_table (catch $e $h) (catch_all $h)
                              (throw $e (i32.const 5)))
                            (i32.const 0)))
                        """);
        assertEquals("01" + "0000", sectionHex(b, 13));
        String code = sectionHex(b, 10);
        // try_table: blocktype, 2 catches (catch tag 0 -> label 0; catch_all -> label 0)
        assertEquals(
                "01" + "14" + "00" + "027f" + "1f40" + "02" + "000000" + "0200" + "4105" + "0800"
                        + "0b" + "4100" + "0b" + "0b",
                code);
    }

    @Test
    void gcTypes() {
        byte[] b =
                Wat.parseModule(
                        """
                        (rec (type $node (struct (field $val i32) (field $next (ref null $node)))))
                        (type $arr (array (mut i8)))
                        (type $base (sub (func)))
                        (type $derived (sub final $base (func)))
                        (func (param (ref $node)) (result i32)
                          (struct.get $node $val (local.get 0)))
                        """);
        assertEquals(
                "05" + "4e01" + "5f02" + "7f00" + "630000" + "5e" + "7801" + "500060" + "0000"
                        + "4f0102" + "600000" + "6001" + "6400" + "017f",
                sectionHex(b, 1));
        assertEquals("01" + "08" + "00" + "2000" + "fb020000" + "0b", sectionHex(b, 10));
    }

    @Test
    void binaryAndQuoteModules() {
        assertEquals(
                HEADER, hex(Wat.parseModule("(module binary \"\\00asm\" \"\\01\\00\\00\\00\")")));
        byte[] quoted = Wat.parseModule("(module quote \"(func (export \\\"f\\\"))\")");
        assertEquals(hex(Wat.parseModule("(func (export \"f\"))")), hex(quoted));
    }

    @Test
    void namesMayBeAnyUtf8() {
        byte[] b = Wat.parseModule("(func (export \"\\u{1F600} \\t\"))");
        byte[] name = "\uD83D\uDE00 \t".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "01" + String.format("%02x", name.length) + hex(name) + "0000", sectionHex(b, 7));
    }
}
