package dev.dovetail.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.dovetail.format.text.Wat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The instruction walker behind {@link TypeSectionPrefix}: every instruction class is rewritten
 * under a prefix of 70 unrelated types (so shifted indices need two-byte LEB128s, also as s33 block
 * and heap types) plus a few the modules also declare (so some indices are mapped instead), and the
 * rewritten module must behave exactly like the original on both Chicory machines.
 */
class TypeIndexRewriterTest {

    /** 70 distinct unrelated function types, then types the test modules declare as well. */
    static final byte[] PREFIX = prefix();

    private static byte[] prefix() {
        StringBuilder wat = new StringBuilder("(module\n");
        for (int n = 1; n <= 70; n++) {
            wat.append("  (type (func (param");
            wat.append(" f32".repeat(n));
            wat.append(")))\n");
        }
        wat.append("  (type (func (param i32) (result i32)))\n");
        wat.append("  (type (func (param i32)))\n");
        wat.append("  (type (func (param i32 i32) (result i32 i32)))\n");
        wat.append(")");
        return Wat.parseModule(wat.toString());
    }

    /** An export to call and its arguments (raw bits, as Chicory passes them). */
    record Call(String export, long... args) {
        @Override
        public String toString() {
            return export + java.util.Arrays.toString(args);
        }
    }

    record Case(String name, String wat, List<Call> calls) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Call call(String export, long... args) {
        return new Call(export, args);
    }

    private static long f64(double d) {
        return Double.doubleToRawLongBits(d);
    }

    private static long f32(float f) {
        return Float.floatToRawIntBits(f);
    }

    static final List<Case> CASES =
            List.of(
                    new Case(
                            "numeric",
                            """
                            (module
                              (func (export "int") (param i32 i64) (result i64)
                                (i64.add
                                  (i64.extend_i32_s
                                    (i32.extend8_s
                                      (i32.xor (i32.clz (local.get 0))
                                               (i32.rotl (local.get 0) (i32.const 7)))))
                                  (i64.mul (local.get 1)
                                           (i64.popcnt (i64.shr_u (local.get 1) (i64.const 3))))))
                              (func (export "float") (param f64 f32) (result i64)
                                (i64.add
                                  (i64.trunc_sat_f64_s
                                    (f64.mul (local.get 0)
                                             (f64.promote_f32 (f32.sqrt (f32.abs (local.get 1))))))
                                  (i64.reinterpret_f64
                                    (f64.copysign (f64.const 1.5) (local.get 0)))))
                              (func (export "sat") (param f32) (result i32)
                                (i32.add (i32.trunc_sat_f32_u (local.get 0))
                                         (i32.wrap_i64 (i64.extend32_s (i64.const 0x80000000)))))
                              (func (export "div") (param i32 i32) (result i32)
                                (i32.div_s (local.get 0) (local.get 1))))
                            """,
                            List.of(
                                    call("int", 12345, 987654321L),
                                    call("int", -1, -1),
                                    call("float", f64(3.25), f32(-2.0f)),
                                    call("float", f64(-1e300), f32(4.0f)),
                                    call("sat", f32(1e20f)),
                                    call("sat", f32(-3.5f)),
                                    call("div", 7, 2),
                                    call("div", 7, 0),
                                    call("div", Integer.MIN_VALUE, -1))),
                    new Case(
                            "control",
                            """
                            (module
                              (type $i2i (func (param i32) (result i32)))
                              (type $ii2ii (func (param i32 i32) (result i32 i32)))
                              (type $i2v (func (param i32)))
                              (func (export "sum") (param $n i32) (result i32)
                                (local $acc i32)
                                (block $done
                                  (loop $next
                                    (br_if $done (i32.eqz (local.get $n)))
                                    (local.set $acc (i32.add (local.get $acc) (local.get $n)))
                                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                                    (br $next)))
                                (local.get $acc))
                              (func (export "typed") (param i32) (result i32)
                                local.get 0
                                block (type $i2i) (param i32) (result i32)
                                  i32.const 3
                                  i32.mul
                                end
                                local.get 0
                                loop (type $ii2ii) (param i32 i32) (result i32 i32)
                                  i32.add
                                  i32.const 5
                                end
                                i32.sub
                                local.get 0
                                local.get 0
                                local.get 0
                                i32.const 1
                                i32.and
                                if (type $ii2ii) (param i32 i32) (result i32 i32)
                                  i32.const 100
                                  i32.add
                                else
                                  i32.const 200
                                  i32.sub
                                end
                                i32.add
                                i32.add
                                block (type $i2v) (param i32)
                                  drop
                                end
                                local.get 0)
                              (func (export "switch") (param i32) (result i32)
                                (block $c
                                  (block $b
                                    (block $a
                                      (br_table $a $b $c (local.get 0)))
                                    (return (i32.const 10)))
                                  (return (i32.const 20)))
                                (i32.const 30))
                              (func (export "pick") (param i32 i64 i64) (result i64)
                                (i64.add
                                  (select (result i64) (local.get 1) (local.get 2) (local.get 0))
                                  (select (local.get 2) (local.get 1) (local.get 0))))
                              (func (export "trap") (param i32) (result i32)
                                (if (local.get 0) (then unreachable))
                                (nop)
                                (i32.const 1)))
                            """,
                            List.of(
                                    call("sum", 100),
                                    call("typed", 6),
                                    call("typed", 7),
                                    call("switch", 0),
                                    call("switch", 1),
                                    call("switch", 2),
                                    call("switch", 9),
                                    call("pick", 1, 10, 20),
                                    call("pick", 0, 10, 20),
                                    call("trap", 0),
                                    call("trap", 1))),
                    new Case(
                            "calls",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (type $bin (func (param i32 i32) (result i32)))
                              (type $un2 (func (param i32) (result i32)))
                              (table $t 4 funcref)
                              (elem (table $t) (i32.const 0) func $double $add $square)
                              (elem declare func $triple)
                              (func $double (type $un) (i32.add (local.get 0) (local.get 0)))
                              (func $add (type $bin) (i32.add (local.get 0) (local.get 1)))
                              (func $square (type $un2) (i32.mul (local.get 0) (local.get 0)))
                              (func $triple (type $un) (i32.mul (local.get 0) (i32.const 3)))
                              (func (export "indirect") (param i32 i32) (result i32)
                                (call_indirect $t (type $un) (local.get 0) (local.get 1)))
                              (func (export "indirect2") (param i32 i32) (result i32)
                                (call_indirect $t (type $bin)
                                  (local.get 0) (local.get 0) (local.get 1)))
                              (func (export "tail") (param i32 i32) (result i32)
                                (return_call_indirect $t (type $un2) (local.get 0) (local.get 1)))
                              (func (export "direct") (param i32) (result i32)
                                (return_call $double (call $triple (local.get 0))))
                              (func (export "by_ref") (param i32) (result i32)
                                (call_ref $un (local.get 0) (ref.func $triple)))
                              (func (export "tail_ref") (param i32) (result i32)
                                (return_call_ref $un (local.get 0) (ref.func $square))))
                            """,
                            List.of(
                                    call("indirect", 5, 0),
                                    call("indirect", 5, 2),
                                    call("indirect", 5, 1),
                                    call("indirect", 5, 3),
                                    call("indirect", 5, 9),
                                    call("indirect2", 3, 1),
                                    call("indirect2", 3, 0),
                                    call("tail", 4, 0),
                                    call("tail", 4, 2),
                                    call("direct", 2),
                                    call("by_ref", 4),
                                    call("tail_ref", 4))),
                    new Case(
                            "references",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
                              (elem declare func $inc)
                              (global $g (mut (ref null $un)) (ref.null $un))
                              (global $h (ref $un) (ref.func $inc))
                              (global $any funcref (ref.func $inc))
                              (func (export "is_null") (param i32) (result i32)
                                (local $r (ref null $un))
                                (if (local.get 0) (then (local.set $r (ref.func $inc))))
                                (ref.is_null (local.get $r)))
                              (func (export "on_null") (param i32) (result i32)
                                (local $r (ref null $un))
                                (if (local.get 0) (then (local.set $r (global.get $h))))
                                (block $null
                                  (return
                                    (call_ref $un (i32.const 41)
                                      (br_on_null $null (local.get $r)))))
                                (i32.const -1))
                              (func (export "on_non_null") (param i32) (result i32)
                                (local $r (ref null $un))
                                (if (local.get 0) (then (local.set $r (global.get $h))))
                                (i32.const 1)
                                (block $some (result (ref $un))
                                  (br_on_non_null $some (local.get $r))
                                  (return (i32.const -2)))
                                (call_ref $un))
                              (func (export "set_global") (param i32) (result i32)
                                (global.set $g
                                  (select (result (ref null $un))
                                    (ref.func $inc) (ref.null $un) (local.get 0)))
                                (i32.add (ref.is_null (global.get $g))
                                         (ref.is_null (global.get $any))))
                              (func (export "non_null") (param i32) (result i32)
                                (call_ref $un (local.get 0) (ref.as_non_null (global.get $g)))))
                            """,
                            List.of(
                                    call("is_null", 0),
                                    call("is_null", 1),
                                    call("on_null", 0),
                                    call("on_null", 1),
                                    call("on_non_null", 0),
                                    call("on_non_null", 1),
                                    call("non_null", 3),
                                    call("set_global", 1),
                                    call("non_null", 3),
                                    call("set_global", 0))),
                    new Case(
                            "tables",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (type $v (func))
                              (table $a 2 10 funcref)
                              (table $b 2 (ref null $un))
                              (table $c 3 (ref $un) (ref.func $one))
                              (elem $p (ref null $un) (ref.func $one) (ref.func $two) (ref.null $un))
                              (elem $q func $one $two)
                              (elem (table $b) (i32.const 1) (ref null $un) (item ref.func $two))
                              (elem (i32.const 0) func $one)
                              (elem (table $a) (i32.const 1) funcref (ref.func $two))
                              (func $one (type $un) (i32.add (local.get 0) (i32.const 1)))
                              (func $two (type $un) (i32.add (local.get 0) (i32.const 2)))
                              (func (export "grow") (param i32) (result i32)
                                (i32.add (table.grow $a (ref.null func) (local.get 0))
                                         (i32.mul (i32.const 100) (table.size $a))))
                              (func (export "init") (param i32) (result i32)
                                (table.init $a $q (i32.const 0) (i32.const 1) (i32.const 1))
                                (call_indirect $a (type $un) (local.get 0) (i32.const 0)))
                              (func (export "fill") (param i32) (result i32)
                                (table.fill $a (i32.const 0) (ref.func $two) (i32.const 2))
                                (call_indirect $a (type $un) (local.get 0) (i32.const 1)))
                              (func (export "copy") (param i32) (result i32)
                                (table.copy $a $b (i32.const 0) (i32.const 1) (i32.const 1))
                                (call_indirect $a (type $un) (local.get 0) (i32.const 0)))
                              (func (export "get") (param i32 i32) (result i32)
                                (call_ref $un (local.get 0)
                                  (ref.as_non_null (table.get $b (local.get 1)))))
                              (func (export "set") (param i32) (result i32)
                                (table.set $b (i32.const 0) (ref.func $one))
                                (call_ref $un (local.get 0) (table.get $c (i32.const 2))))
                              (func (export "typed_init") (param i32) (result i32)
                                (table.init $b $p (i32.const 0) (i32.const 2) (i32.const 1))
                                (ref.is_null (table.get $b (i32.const 0))))
                              (func (export "drop") (result i32)
                                (elem.drop $p)
                                (table.init $b $p (i32.const 0) (i32.const 0) (i32.const 1))
                                (i32.const 0)))
                            """,
                            List.of(
                                    call("get", 10, 1),
                                    call("get", 10, 0),
                                    call("init", 10),
                                    call("fill", 10),
                                    call("copy", 10),
                                    call("set", 10),
                                    call("get", 10, 0),
                                    call("typed_init", 0),
                                    call("grow", 3),
                                    call("grow", 30),
                                    call("drop"))),
                    new Case(
                            "exceptions",
                            """
                            (module
                              (type $t (func (param i32 i64)))
                              (type $p (func (param i32) (result i32)))
                              (tag $e (type $t))
                              (tag $f (param i32))
                              (func $thrower (param i32)
                                (if (i32.eq (local.get 0) (i32.const 1))
                                  (then (throw $e (i32.const 7) (i64.const 8))))
                                (if (i32.eq (local.get 0) (i32.const 2))
                                  (then (throw $f (i32.const 9)))))
                              (func (export "catch") (param i32) (result i32)
                                (block $h (result i32 i64)
                                  (block $all
                                    (try_table (catch $e $h) (catch_all $all)
                                      (call $thrower (local.get 0)))
                                    (return (i32.const 0)))
                                  (return (i32.const -1)))
                                (i32.wrap_i64)
                                (i32.add))
                              (func $inner (param i32)
                                (block $h (result exnref)
                                  (try_table (catch_all_ref $h) (call $thrower (local.get 0)))
                                  (return))
                                (throw_ref))
                              (func (export "rethrow") (param i32) (result i32)
                                (block $h (result i32)
                                  (try_table (result i32) (catch $f $h)
                                    (call $inner (local.get 0))
                                    (i32.const 0))))
                              (func (export "typed") (param i32) (result i32)
                                (block $h (result i32 exnref)
                                  local.get 0
                                  try_table (type $p) (param i32) (result i32) (catch_ref $f $h)
                                    call $thrower
                                    i32.const 3
                                  end
                                  return)
                                drop))
                            """,
                            List.of(
                                    call("catch", 0),
                                    call("catch", 1),
                                    call("catch", 2),
                                    call("rethrow", 0),
                                    call("rethrow", 2),
                                    call("rethrow", 1),
                                    call("typed", 0),
                                    call("typed", 2))),
                    new Case(
                            "globals and memory",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (memory 1 4)
                              (global $base i32 (i32.const 16))
                              (global $ext i32 (i32.add (global.get $base) (i32.const 4)))
                              (global $cnt (mut i64) (i64.const 0))
                              (global $f (mut f64) (f64.const 0.5))
                              (data $d "\\01\\02\\03\\04")
                              (data (i32.const 0) "hello")
                              (func (export "mem") (param i32) (result i64)
                                (i32.store (global.get $ext) (local.get 0))
                                (i64.store8 offset=3 (i32.const 100) (i64.const 255))
                                (memory.init $d (i32.const 200) (i32.const 0) (i32.const 4))
                                (memory.copy (i32.const 300) (i32.const 0) (i32.const 5))
                                (memory.fill (i32.const 400) (i32.const 7) (i32.const 3))
                                (f64.store align=4 (i32.const 500)
                                  (f64.add (global.get $f) (f64.load (i32.const 500))))
                                (global.set $cnt
                                  (i64.add (global.get $cnt) (i64.load32_u (i32.const 200))))
                                (i64.add
                                  (i64.add (global.get $cnt) (i64.load (i32.const 500)))
                                  (i64.extend_i32_u
                                    (i32.add
                                      (i32.add (memory.size) (i32.load8_u (i32.const 302)))
                                      (i32.add (i32.load16_s (i32.const 401))
                                               (i32.load (global.get $ext)))))))
                              (func (export "drop") (result i32)
                                (data.drop $d)
                                (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1))
                                (i32.const 0))
                              (func (export "grow") (param i32) (result i32)
                                (memory.grow (local.get 0)))
                              (func (export "oob") (result i32)
                                (i32.load offset=65536 (i32.const 0))))
                            """,
                            List.of(
                                    call("mem", 11),
                                    call("mem", 12),
                                    call("grow", 1),
                                    call("grow", 10),
                                    call("oob"),
                                    call("drop"))),
                    new Case(
                            "multiple memories",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (memory $a 1)
                              (memory $b 1 3)
                              (func (export "copy") (param i32) (result i32)
                                (i32.store $a (i32.const 8) (local.get 0))
                                (memory.copy $b $a (i32.const 16) (i32.const 8) (i32.const 4))
                                (memory.fill $b (i32.const 20) (i32.const 1) (i32.const 2))
                                (i32.add (i32.load $b offset=4 (i32.const 12))
                                         (i32.add (i32.load16_u $b (i32.const 20))
                                                  (memory.size $b))))
                              (func (export "grow") (param i32) (result i32)
                                (memory.grow $b (local.get 0))))
                            """,
                            List.of(call("copy", 0x01020304), call("grow", 1), call("grow", 2))),
                    new Case(
                            "gc",
                            """
                            (module
                              (type $point (struct (field $x (mut i32)) (field $y i64)))
                              (type $ints (array (mut i32)))
                              (type $bytes (array i8))
                              (type $un (func (param i32) (result i32)))
                              (data $d "\\05\\06\\07")
                              (func (export "struct") (param i32) (result i64)
                                (local $p (ref null $point))
                                (local.set $p (struct.new $point (local.get 0) (i64.const 5)))
                                (struct.set $point $x (local.get $p)
                                  (i32.add (struct.get $point $x (local.get $p)) (i32.const 1)))
                                (i64.add (i64.extend_i32_s (struct.get $point $x (local.get $p)))
                                         (struct.get $point $y
                                           (struct.new_default $point))))
                              (func (export "array") (param i32) (result i32)
                                (local $a (ref $ints))
                                (local.set $a (array.new $ints (local.get 0) (i32.const 4)))
                                (array.set $ints (local.get $a) (i32.const 1) (i32.const 10))
                                (array.fill $ints (local.get $a) (i32.const 2) (i32.const 3)
                                  (i32.const 2))
                                (array.copy $ints $ints (local.get $a) (i32.const 0)
                                  (array.new_fixed $ints 2 (i32.const 100) (i32.const 200))
                                  (i32.const 1) (i32.const 1))
                                (i32.add
                                  (i32.add (array.get $ints (local.get $a) (i32.const 0))
                                           (array.get $ints (local.get $a) (i32.const 3)))
                                  (i32.add (array.len (local.get $a))
                                           (array.get_u $bytes
                                             (array.new_data $bytes $d (i32.const 1)
                                               (i32.const 2))
                                             (i32.const 1)))))
                              (func (export "cast") (param i32) (result i32)
                                (local $r anyref)
                                (if (local.get 0)
                                  (then (local.set $r (struct.new_default $point)))
                                  (else (local.set $r (array.new_default $ints (i32.const 1)))))
                                (i32.add
                                  (ref.test (ref $point) (local.get $r))
                                  (i32.mul (i32.const 10)
                                    (ref.test (ref null $ints) (local.get $r)))))
                              (func (export "br_on_cast") (param i32) (result i32)
                                (local $r anyref)
                                (if (local.get 0)
                                  (then (local.set $r (struct.new $point (i32.const 7)
                                                        (i64.const 0))))
                                  (else (local.set $r (ref.i31 (i32.const 3)))))
                                (block $is (result (ref $point))
                                  (drop (br_on_cast $is anyref (ref $point) (local.get $r)))
                                  (return (i31.get_s (ref.cast (ref i31) (local.get $r)))))
                                (struct.get $point $x)))
                            """,
                            List.of(
                                    call("struct", 41),
                                    call("array", 5),
                                    call("cast", 0),
                                    call("cast", 1),
                                    call("br_on_cast", 0),
                                    call("br_on_cast", 1))));

    /** Modules Chicory 1.7.5 cannot run, so only walked: memory64, legacy exceptions. */
    static final List<Case> WALK_ONLY =
            List.of(
                    new Case(
                            "memory64",
                            """
                            (module
                              (type $un (func (param i32) (result i32)))
                              (memory $b i64 1)
                              (table $t i64 1 funcref)
                              (func (export "copy") (param i32) (result i32)
                                (i64.store offset=0x100000000 (i64.const 16) (i64.const 1))
                                (memory.fill (i64.const 20) (i32.const 1) (i64.const 2))
                                (call_indirect $t (type $un) (i32.const 1) (i64.const 0))
                                (i32.add (i32.load offset=4 (i64.const 12))
                                         (i32.wrap_i64 (memory.grow (memory.size))))))
                            """,
                            List.of()));

    static Stream<Case> walked() {
        return Stream.concat(CASES.stream(), WALK_ONLY.stream());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : CASES) {
            out.add(Arguments.of(c, false));
            out.add(Arguments.of(c, true));
        }
        return out.stream();
    }

    private static Instance instantiate(byte[] bytes, boolean compiled) {
        var builder = Instance.builder(Parser.parse(bytes));
        if (compiled) {
            builder.withMachineFactory(MachineFactoryCompiler::compile);
        }
        return builder.build();
    }

    /** The result of each call in turn, or the exception it ended with, against one instance. */
    private static List<String> run(byte[] bytes, List<Call> calls, boolean compiled) {
        Instance instance = instantiate(bytes, compiled);
        List<String> outcomes = new ArrayList<>();
        for (Call c : calls) {
            ExportFunction f = instance.export(c.export());
            try {
                outcomes.add(c + " = " + java.util.Arrays.toString(f.apply(c.args())));
            } catch (RuntimeException e) {
                outcomes.add(c + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return outcomes;
    }

    @ParameterizedTest(name = "{0}, compiled={1}")
    @MethodSource("cases")
    void rewrittenModuleBehavesLikeTheOriginal(Case c, boolean compiled) {
        byte[] original = Wat.parseModule(c.wat());
        byte[] rewritten = TypeSectionPrefix.apply(original, PREFIX);
        assertNotSame(original, rewritten, "the rewrite applies");
        assertStartsWithPrefix(rewritten);
        List<String> expected = run(original, c.calls(), compiled);
        assertEquals(expected, run(rewritten, c.calls(), compiled));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walked")
    void identityRewriteReproducesEverySection(Case c) {
        byte[] original = Wat.parseModule(c.wat());
        for (ModuleBytes.Section s : ModuleBytes.sections(original)) {
            if (s.id() == ModuleBytes.TYPE_SECTION) {
                continue;
            }
            assertArrayEquals(
                    s.payload(),
                    TypeIndexRewriter.section(s.id(), s.payload(), i -> i),
                    "section " + s.id());
        }
    }

    @Test
    void everyTypeIndexIsRenumbered() {
        // All types are shifted past the 70 + 3 prefix types except (param i32) (result i32),
        // which maps to the prefix's index 70.
        byte[] original = Wat.parseModule(CASES.get(2).wat());
        WasmModule m = Parser.parse(TypeSectionPrefix.apply(original, PREFIX));
        int prefix = Parser.parse(PREFIX).typeSection().typeCount();
        assertEquals(prefix + 3, m.typeSection().typeCount());
        assertEquals(70, m.functionSection().getFunctionType(0)); // $double: $un
        assertEquals(prefix + 1, m.functionSection().getFunctionType(1)); // $add: $bin
        assertEquals(70, m.functionSection().getFunctionType(2)); // $square: $un2, same as $un
    }

    private static void assertStartsWithPrefix(byte[] rewritten) {
        var types = Parser.parse(rewritten).typeSection();
        var prefix = Parser.parse(PREFIX).typeSection();
        assertTrue(types.typeCount() > prefix.typeCount());
        for (int i = 0; i < prefix.typeCount(); i++) {
            assertEquals(prefix.getType(i), types.getType(i));
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** A section payload: a vector of {@code entries} each preceded by its size if sized. */
    private static byte[] vector(boolean sized, byte[]... entries) {
        var out = new java.io.ByteArrayOutputStream();
        ModuleBytes.writeU32(out, entries.length);
        for (byte[] e : entries) {
            if (sized) {
                ModuleBytes.writeU32(out, e.length);
            }
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    private static final byte[] PREAMBLE = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

    @ParameterizedTest(name = "compiled={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void atomicsAreWalked(boolean compiled) {
        // By hand: the text assembler has no threads proposal.
        byte[] module =
                ModuleBytes.assemble(
                        PREAMBLE,
                        List.of(
                                new ModuleBytes.Section(
                                        1,
                                        vector(
                                                false,
                                                bytes(0x60, 0x00, 0x01, 0x7f),
                                                bytes(0x60, 0x01, 0x7f, 0x01, 0x7f))),
                                new ModuleBytes.Section(3, vector(false, bytes(0x00))),
                                // (memory 1 1 shared)
                                new ModuleBytes.Section(5, vector(false, bytes(0x03, 0x01, 0x01))),
                                new ModuleBytes.Section(
                                        7, vector(false, bytes(0x03, 'r', 'u', 'n', 0x00, 0x00))),
                                new ModuleBytes.Section(
                                        10,
                                        vector(
                                                true,
                                                bytes(
                                                        0x00, // no locals
                                                        0x41, 0x00, 0x41, 0x05, // i32.const 0 5
                                                        0xfe, 0x1e, 0x02, 0x00, // rmw.add
                                                        0xfe, 0x03, 0x00, // atomic.fence
                                                        0x41, 0x00, // i32.const 0
                                                        0xfe, 0x10, 0x02, 0x00, // atomic.load
                                                        0x02, 0x01, // block (type 1)
                                                        0x41, 0x02, 0x6a, // i32.const 2 i32.add
                                                        0x0b, // end
                                                        0x6a, 0x0b)))));
        byte[] rewritten = TypeSectionPrefix.apply(module, PREFIX);
        assertNotSame(module, rewritten);
        assertStartsWithPrefix(rewritten);
        List<Call> calls = List.of(call("run"), call("run"));
        List<String> expected = run(module, calls, compiled);
        assertEquals("run[] = [7]", expected.get(0));
        assertEquals(expected, run(rewritten, calls, compiled));
    }

    @Test
    void legacyExceptionsAreWalked() {
        // Not run: Chicory 1.7.5 does not parse the legacy instructions. (type 1) on try, a
        // catch, a catch_all, a rethrow and a delegate.
        byte[] code =
                vector(
                        true,
                        bytes(
                                0x00, // no locals
                                0x06, 0x01, // try (type 1)
                                0x07, 0x00, // catch 0
                                0x09, 0x00, // rethrow 0
                                0x19, // catch_all
                                0x0b, // end
                                0x06, 0x40, // try
                                0x18, 0x00, // delegate 0
                                0x0b));
        assertArrayEquals(code, TypeIndexRewriter.section(10, code, i -> i));
        byte[] renumbered = TypeIndexRewriter.section(10, code, i -> i + 99);
        // 100 as an s33 takes two bytes: the body grows by one.
        assertEquals(code[1] + 1, renumbered[1]);
        assertArrayEquals(
                bytes(0x06, 0xe4, 0x00, 0x07, 0x00),
                java.util.Arrays.copyOfRange(renumbered, 3, 8));
    }

    @Test
    void simdModulesAreLeftUnchanged() {
        // (module (type (func)) (func (drop (v128.const i64x2 0 0)))), by hand: the text
        // assembler has no SIMD.
        byte[] simd = {
            0x00,
            0x61,
            0x73,
            0x6d,
            0x01,
            0x00,
            0x00,
            0x00, // preamble
            0x01,
            0x04,
            0x01,
            0x60,
            0x00,
            0x00, // type section
            0x03,
            0x02,
            0x01,
            0x00, // function section
            0x0a,
            0x17,
            0x01,
            0x15,
            0x00,
            (byte) 0xfd,
            0x0c, // code: v128.const
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0, // its 16 bytes
            0x1a,
            0x0b // drop, end
        };
        Parser.parse(simd);
        assertSame(simd, TypeSectionPrefix.apply(simd, PREFIX));
    }

    @Test
    void recGroupsAreLeftUnchanged() {
        byte[] gc =
                Wat.parseModule(
                        """
                        (module
                          (rec (type $a (func (param i32))) (type $b (func (result i32))))
                          (func (type $a)))
                        """);
        assertSame(gc, TypeSectionPrefix.apply(gc, PREFIX));
        byte[] plain = Wat.parseModule("(module (func (param i64)))");
        assertSame(plain, TypeSectionPrefix.apply(plain, gc));
    }

    @Test
    void modulesAlreadyStartingWithTheCallersTypesAreLeftUnchanged() {
        byte[] module =
                Wat.parseModule(
                        """
                        (module
                          (type (func (param f32)))
                          (type (func (param f32 f32)))
                          (func (type 1)))
                        """);
        byte[] caller = Wat.parseModule("(module (type (func (param f32))))");
        assertSame(module, TypeSectionPrefix.apply(module, caller));
        assertSame(module, TypeSectionPrefix.apply(module, Wat.parseModule("(module)")));
    }

    @Test
    void concreteReferencesInsideTypesAreRenumbered() {
        byte[] module =
                Wat.parseModule(
                        """
                        (module
                          (type $un (func (param i32) (result i32)))
                          (type $hof (func (param (ref $un) i32) (result i32)))
                          (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
                          (func $apply (export "apply") (type $hof)
                            (call_ref $un (local.get 1) (local.get 0)))
                          (elem declare func $inc)
                          (func (export "run") (param i32) (result i32)
                            (call $apply (ref.func $inc) (local.get 0))))
                        """);
        byte[] rewritten = TypeSectionPrefix.apply(module, PREFIX);
        WasmModule m = Parser.parse(rewritten);
        int prefix = Parser.parse(PREFIX).typeSection().typeCount();
        // $hof is shifted; its parameter now names the prefix's (param i32) (result i32).
        assertEquals(prefix + 1, m.functionSection().getFunctionType(1));
        assertEquals(70, m.typeSection().getType(prefix + 1).params().get(0).typeIdx());
        for (boolean compiled : new boolean[] {false, true}) {
            List<Call> calls = List.of(call("run", 41));
            assertEquals(run(module, calls, compiled), run(rewritten, calls, compiled));
        }
    }
}
