package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.Val;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A string passed from one component to another keeps its source encoding, so the callee's {@code
 * realloc} sees the specification's sequence: one exact allocation for UTF-8 to UTF-8, a worst-case
 * allocation then a shrink for UTF-16 to UTF-8.
 */
class TranscodeBetweenComponentsTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    private static String component(String calleeEncoding, String callerEncoding) {
        return """
            (component
              (component $Callee
                (core module $M
                  (memory (export "mem") 1)
                  (global $next (mut i32) (i32.const 1024))
                  (global $calls (mut i32) (i32.const 0))
                  (global $first (mut i32) (i32.const -1))
                  (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32)
                      (param $nsize i32) (result i32)
                    (local $r i32)
                    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
                    (if (i32.eq (global.get $first) (i32.const -1))
                      (then (global.set $first (local.get $nsize))))
                    (local.set $r (global.get $next))
                    (global.set $next (i32.add (global.get $next) (i32.add (local.get $nsize) (i32.const 8))))
                    (memory.copy (local.get $r) (local.get $old) (local.get $osize))
                    (local.get $r))
                  (func (export "take") (param i32 i32) (result i32) (local.get 1))
                  (func (export "calls") (result i32) (global.get $calls))
                  (func (export "first") (result i32) (global.get $first)))
                (core instance $m (instantiate $M))
                (func (export "take") (param "s" string) (result u32)
                  (canon lift (core func $m "take") string-encoding=%s
                    (memory (core memory $m "mem")) (realloc (core func $m "realloc"))))
                (func (export "calls") (result u32) (canon lift (core func $m "calls")))
                (func (export "first") (result u32) (canon lift (core func $m "first"))))
              (instance $callee (instantiate $Callee))
              (component $Caller
                (import "take" (func $take (param "s" string) (result u32)))
                (core module $Libc
                  (memory (export "mem") 1)
                  (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 2048)))
                (core instance $libc (instantiate $Libc))
                (core func $take' (canon lower (func $take) string-encoding=%s
                  (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
                (core module $M
                  (import "" "take" (func $take (param i32 i32) (result i32)))
                  (import "" "mem" (memory 1))
                  (func (export "run") (param i32 i32) (result i32)
                    (call $take (local.get 0) (local.get 1))))
                (core instance $m (instantiate $M (with "" (instance
                  (export "take" (func $take')) (export "mem" (memory $libc "mem"))))))
                (func (export "run") (param "s" string) (result u32)
                  (canon lift (core func $m "run") string-encoding=%s
                    (memory (core memory $libc "mem")) (realloc (core func $libc "realloc")))))
              (instance $caller (instantiate $Caller (with "take" (func $callee "take"))))
              (export "run" (func $caller "run"))
              (export "calls" (func $callee "calls"))
              (export "first" (func $callee "first")))
            """
                .formatted(calleeEncoding, callerEncoding, callerEncoding);
    }

    @ParameterizedTest(name = "{1} caller -> {0} callee")
    @CsvSource({
        // "a☃" is 4 bytes of UTF-8 and 2 code units of UTF-16
        "utf8, utf8, 4, 1, 4",
        "utf8, utf16, 4, 3, 2",
        "utf16, utf8, 2, 2, 8",
        "utf16, utf16, 2, 1, 4",
    })
    void theCalleesReallocSeesTheSpecSequence(
            String callee, String caller, long units, long calls, long firstSize) {
        Component c = Component.fromWat(ENGINE, component(callee, caller));
        Store<Void> store = new Store<>(ENGINE, null);
        Instance i = new Linker<Void>(ENGINE).instantiate(store, c);
        assertEquals(Val.u32(units), i.getFunc("run").call(store, Val.str("a☃")));
        assertEquals(Val.u32(calls), i.getFunc("calls").call(store), "realloc calls");
        assertEquals(Val.u32(firstSize), i.getFunc("first").call(store), "first allocation");
    }
}
