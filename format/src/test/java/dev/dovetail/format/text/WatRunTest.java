package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import org.junit.jupiter.api.Test;

/** Assembles modules and runs them on Chicory. */
class WatRunTest {

    private static Instance instance(String wat) {
        return Instance.builder(Parser.parse(Wat.parseModule(wat))).build();
    }

    private static long call(Instance i, String name, long... args) {
        return i.export(name).apply(args)[0];
    }

    @Test
    void arithmeticAndRecursion() {
        Instance i =
                instance(
                        """
                        (module
                          (func $fac (export "fac") (param $n i64) (result i64)
                            (if (result i64) (i64.eqz (local.get $n))
                              (then (i64.const 1))
                              (else (i64.mul (local.get $n)
                                             (call $fac (i64.sub (local.get $n) (i64.const 1)))))))
                          (func (export "mix") (param i32 i32) (result i32)
                            local.get 0
                            local.get 1
                            i32.sub
                            i32.const 3
                            i32.mul
                            i32.const -1
                            i32.xor)
                          (func (export "fdiv") (param f64 f64) (result f64)
                            (f64.div (local.get 0) (local.get 1))))
                        """);
        assertEquals(2432902008176640000L, call(i, "fac", 20));
        assertEquals(~((10 - 3) * 3), (int) call(i, "mix", 10, 3));
        long r = call(i, "fdiv", Double.doubleToRawLongBits(1.0), Double.doubleToRawLongBits(4.0));
        assertEquals(0.25, Double.longBitsToDouble(r));
    }

    @Test
    void loopsAndBrTable() {
        Instance i =
                instance(
                        """
                        (module
                          (func (export "sum") (param $n i32) (result i32) (local $acc i32)
                            (block $done
                              (loop $next
                                (br_if $done (i32.eqz (local.get $n)))
                                (local.set $acc (i32.add (local.get $acc) (local.get $n)))
                                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                                (br $next)))
                            (local.get $acc))
                          (func (export "classify") (param i32) (result i32)
                            block $default
                              block $two
                                block $one
                                  block $zero
                                    local.get 0
                                    br_table $zero $one $two $default
                                  end
                                  i32.const 100
                                  return
                                end
                                i32.const 101
                                return
                              end $two
                              i32.const 102
                              return
                            end
                            i32.const -1))
                        """);
        assertEquals(5050, call(i, "sum", 100));
        assertEquals(100, call(i, "classify", 0));
        assertEquals(101, call(i, "classify", 1));
        assertEquals(102, call(i, "classify", 2));
        assertEquals(-1, (int) call(i, "classify", 7));
    }

    @Test
    void multiValueBlocksAndSelect() {
        Instance i =
                instance(
                        """
                        (module
                          (func $pair (result i32 i32) (i32.const 7) (i32.const 5))
                          (func (export "diff") (result i32)
                            (call $pair) (block (param i32 i32) (result i32) (i32.sub)))
                          (func (export "max") (param i32 i32) (result i32)
                            (select (result i32) (local.get 0) (local.get 1)
                              (i32.gt_s (local.get 0) (local.get 1)))))
                        """);
        assertEquals(2, call(i, "diff"));
        assertEquals(9, call(i, "max", 9, -3));
        assertEquals(4, call(i, "max", -2, 4));
    }

    @Test
    void memoryDataAndGlobals() {
        Instance i =
                instance(
                        """
                        (module
                          (memory (export "mem") 1)
                          (data (i32.const 16) "\\01\\02\\03\\04" "hello")
                          (global $counter (mut i32) (i32.const 10))
                          (global $step i32 (i32.const 5))
                          (func (export "load") (param i32) (result i32)
                            (i32.load offset=16 (local.get 0)))
                          (func (export "byte") (param i32) (result i32)
                            (i32.load8_u (local.get 0)))
                          (func (export "roundtrip") (param i64) (result i64)
                            (i64.store offset=100 align=8 (i32.const 0) (local.get 0))
                            (i64.load offset=96 (i32.const 4)))
                          (func (export "bump") (result i32)
                            (global.set $counter (i32.add (global.get $counter) (global.get $step)))
                            (global.get $counter))
                          (func (export "fill") (result i32)
                            (memory.fill (i32.const 200) (i32.const 0xAB) (i32.const 3))
                            (i32.load16_u (i32.const 201))))
                        """);
        assertEquals(0x04030201, call(i, "load", 0));
        assertEquals('e', call(i, "byte", 21));
        assertEquals(0x1122334455667788L, call(i, "roundtrip", 0x1122334455667788L));
        assertEquals(15, call(i, "bump"));
        assertEquals(20, call(i, "bump"));
        assertEquals(0xABAB, call(i, "fill"));
        byte[] hello = i.memory().readBytes(20, 5);
        assertArrayEquals("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), hello);
    }

    @Test
    void tablesAndCallIndirect() {
        Instance i =
                instance(
                        """
                        (module
                          (type $binop (func (param i32 i32) (result i32)))
                          (table $ops 3 funcref)
                          (elem (table $ops) (i32.const 0) func $add $sub $mul)
                          (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
                          (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
                          (func $mul (param i32 i32) (result i32) (i32.mul (local.get 0) (local.get 1)))
                          (func (export "apply") (param $op i32) (param i32 i32) (result i32)
                            (call_indirect $ops (type $binop) (local.get 1) (local.get 2) (local.get $op)))
                          (func (export "size") (result i32) (table.size $ops)))
                        """);
        assertEquals(12, call(i, "apply", 0, 5, 7));
        assertEquals(-2, (int) call(i, "apply", 1, 5, 7));
        assertEquals(35, call(i, "apply", 2, 5, 7));
        assertEquals(3, call(i, "size"));
        assertThrows(RuntimeException.class, () -> call(i, "apply", 3, 1, 1));
    }

    @Test
    void tailCalls() {
        Instance i =
                instance(
                        """
                        (module
                          (func $loop (export "count") (param $n i64) (param $acc i64) (result i64)
                            (if (result i64) (i64.eqz (local.get $n))
                              (then (local.get $acc))
                              (else (return_call $loop (i64.sub (local.get $n) (i64.const 1))
                                                       (i64.add (local.get $acc) (i64.const 2)))))))
                        """);
        assertEquals(200_000, call(i, "count", 100_000, 0));
    }

    @Test
    void conversionsAndSaturation() {
        Instance i =
                instance(
                        """
                        (module
                          (func (export "sat") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
                          (func (export "ext") (param i32) (result i64) (i64.extend8_s (i64.extend_i32_u (local.get 0))))
                          (func (export "bits") (result i32) (i32.reinterpret_f32 (f32.const -0x1.8p1))))
                        """);
        assertEquals(Integer.MAX_VALUE, call(i, "sat", Double.doubleToRawLongBits(1e20)));
        assertEquals(-1, call(i, "ext", 0xff));
        assertEquals(Float.floatToRawIntBits(-3.0f), (int) call(i, "bits"));
    }

    @Test
    void exceptionsWithTryTable() {
        Instance i =
                instance(
                        """
                        (module
                          (tag $e (param i32))
                          (func $thrower (param i32)
                            (if (local.get 0) (then (throw $e (i32.const 42)))))
                          (func (export "f") (param i32) (result i32)
                            (block $h (result i32)
                              (try_table (catch $e $h)
                                (call $thrower (local.get 0)))
                              (i32.const -1))))
                        """);
        assertEquals(42, call(i, "f", 1));
        assertEquals(-1, (int) call(i, "f", 0));
    }

    @Test
    void multipleMemories() {
        Instance i =
                instance(
                        """
                        (module
                          (memory $a 1)
                          (memory $b 1)
                          (data (memory $b) (i32.const 8) "\\05")
                          (func (export "g") (result i32)
                            (i32.store $b (i32.const 0) (i32.const 7))
                            (memory.copy $a $b (i32.const 100) (i32.const 0) (i32.const 4))
                            (i32.add (i32.load $a offset=100 (i32.const 0))
                                     (i32.load8_u $b (i32.const 8)))))
                        """);
        assertEquals(12, call(i, "g"));
    }
}
