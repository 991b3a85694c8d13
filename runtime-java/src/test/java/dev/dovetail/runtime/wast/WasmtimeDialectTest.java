package dev.dovetail.runtime.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.wast.DirectiveResult.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts written for Wasmtime's {@code .wast} runner run unchanged on the runtime's host. */
class WasmtimeDialectTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    /**
     * A named component, imported by name by the next one, which also imports Wasmtime's host
     * fixture: {@code host-return-two}, the {@code host} instance's functions, nested instance,
     * core module and resource type.
     */
    private static final String SCRIPT =
            """
            (component $seven
              (core module $m (func (export "f") (result i32) i32.const 7))
              (core instance $i (instantiate $m))
              (func (export "f") (result u32) (canon lift (core func $i "f"))))
            (component
              (import "seven" (instance $seven (export "f" (func (result u32)))))
              (import "host-return-two" (func $two (result u32)))
              (import "host" (instance $host
                (export "return-three" (func (result u32)))
                (export "nested" (instance (export "return-four" (func (result u32)))))
                (export "simple-module" (core module (export "f" (func (result i32)))))
                (export "resource1" (type $r (sub resource)))
                (export "[constructor]resource1" (func (param "r" u32) (result (own $r))))
                (export "[static]resource1.last-drop" (func (result u32)))))
              (alias export $seven "f" (func $seven.f))
              (alias export $host "return-three" (func $three))
              (alias export $host "nested" (instance $nested))
              (alias export $nested "return-four" (func $four))
              (alias export $host "simple-module" (core module $simple))
              (alias export $host "resource1" (type $r1))
              (alias export $host "[constructor]resource1" (func $new))
              (alias export $host "[static]resource1.last-drop" (func $last))
              (core instance $s (instantiate $simple))
              (core func $seven' (canon lower (func $seven.f)))
              (core func $two' (canon lower (func $two)))
              (core func $three' (canon lower (func $three)))
              (core func $four' (canon lower (func $four)))
              (core func $new' (canon lower (func $new)))
              (core func $drop (canon resource.drop $r1))
              (core func $last' (canon lower (func $last)))
              (core module $M
                (import "" "seven" (func $seven (result i32)))
                (import "" "two" (func $two (result i32)))
                (import "" "three" (func $three (result i32)))
                (import "" "four" (func $four (result i32)))
                (import "" "module" (func $module (result i32)))
                (import "" "new" (func $new (param i32) (result i32)))
                (import "" "drop" (func $drop (param i32)))
                (import "" "last" (func $last (result i32)))
                (func (export "sum") (result i32)
                  (i32.add (call $seven)
                    (i32.add (call $two)
                      (i32.add (call $three) (i32.add (call $four) (call $module))))))
                (func (export "drop-made") (param i32) (result i32)
                  (call $drop (call $new (local.get 0)))
                  (call $last)))
              (core instance $m (instantiate $M (with "" (instance
                (export "seven" (func $seven')) (export "two" (func $two'))
                (export "three" (func $three')) (export "four" (func $four'))
                (export "module" (func $s "f")) (export "new" (func $new'))
                (export "drop" (func $drop)) (export "last" (func $last'))))))
              (func (export "sum") (result u32) (canon lift (core func $m "sum")))
              (func (export "drop-made") (param "rep" u32) (result u32)
                (canon lift (core func $m "drop-made"))))
            (assert_return (invoke "sum") (u32.const 117))
            (assert_return (invoke "drop-made" (u32.const 42)) (u32.const 42))
            """;

    @Test
    void namedComponentsAndTheHostFixtureAreImportable() {
        List<DirectiveResult> results =
                new WastRunner(new RuntimeWastHost(ENGINE)).run("dialect.wast", SCRIPT);
        for (DirectiveResult r : results) {
            assertEquals(Outcome.PASSED, r.outcome(), r.toString());
        }
        assertEquals(4, results.size());
    }
}
