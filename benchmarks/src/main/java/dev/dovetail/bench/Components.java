package dev.dovetail.bench;

import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.text.Wat;

/**
 * The guests of the benchmarks, in the text format: one component with every export measured, the
 * core module beneath it for the raw Chicory baselines, and a component of several core modules for
 * the instantiation benchmarks.
 */
public final class Components {
    private Components() {}

    /**
     * A core module with 64 pages of memory and a bump {@code realloc} that copies and wraps back
     * to 1024 before passing 3.5 MiB, so that round-trips of up to 1 MiB never run out of memory.
     */
    static final String LIBC =
            """
            (core module $Libc
              (memory (export "mem") 64)
              (global $next (mut i32) (i32.const 1024))
              (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32)
                  (param $nsize i32) (result i32)
                (local $r i32)
                (if (i32.gt_u (i32.add (global.get $next) (i32.add (local.get $nsize) (local.get $align)))
                              (i32.const 3670016))
                  (then (global.set $next (i32.const 1024))))
                (global.set $next
                  (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
                           (i32.sub (i32.const 0) (local.get $align))))
                (local.set $r (global.get $next))
                (global.set $next (i32.add (global.get $next) (local.get $nsize)))
                (memory.copy (local.get $r) (local.get $old) (local.get $osize))
                (local.get $r)))
            (core instance $libc (instantiate $Libc))
            """;

    /**
     * The core functions measured: {@code nop}, {@code add}, {@code call-host} (calls the import
     * {@code host-add} n times) and {@code echo} (returns its pointer and length through a return
     * area at 8, the core function beneath every round-trip of a string or a list).
     */
    static final String CORE_FUNCS =
            """
              (func (export "nop"))
              (func (export "add") (param i32 i32) (result i32)
                (i32.add (local.get 0) (local.get 1)))
              (func (export "call-host") (param $n i32) (result i32)
                (local $i i32) (local $acc i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (local.set $acc (call $host-add (local.get $acc) (local.get $i)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $l)))
                (local.get $acc))
              (func (export "echo") (param i32 i32) (result i32)
                (i32.store (i32.const 8) (local.get 0))
                (i32.store (i32.const 12) (local.get 1))
                (i32.const 8))
            """;

    /**
     * The main core module of {@link #BENCH}, exactly as it is used on its own for the raw Chicory
     * baselines: it defines its memory and {@code realloc} (as the modules wit-bindgen produces do)
     * and imports {@code env.host-add}.
     */
    static final String CORE_MODULE_BODY =
            """
              (import "env" "host-add" (func $host-add (param i32 i32) (result i32)))
              (memory (export "mem") 64)
              (global $next (mut i32) (i32.const 1024))
              (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32)
                  (param $nsize i32) (result i32)
                (local $r i32)
                (if (i32.gt_u (i32.add (global.get $next) (i32.add (local.get $nsize) (local.get $align)))
                              (i32.const 3670016))
                  (then (global.set $next (i32.const 1024))))
                (global.set $next
                  (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
                           (i32.sub (i32.const 0) (local.get $align))))
                (local.set $r (global.get $next))
                (global.set $next (i32.add (global.get $next) (local.get $nsize)))
                (memory.copy (local.get $r) (local.get $old) (local.get $osize))
                (local.get $r))
            """
                    + CORE_FUNCS;

    /** {@link #CORE_MODULE_BODY} as a plain core module, for the raw Chicory baselines. */
    public static final String CORE = "(module\n" + CORE_MODULE_BODY + ")\n";

    /** The exports of {@link #BENCH}, with the types they move. */
    public static final String BENCH =
            "(component\n"
                    + """
                      (type $item-d (record (field "id" u32) (field "weight" f32) (field "active" bool)))
                      (import "item" (type $item (eq $item-d)))
                      (type $shape-d (variant (case "circle" f32) (case "rect" (tuple f32 f32))
                        (case "label" string) (case "none")))
                      (import "shape" (type $shape (eq $shape-d)))
                      (type $entry-d (record (field "id" u64) (field "name" string) (field "shape" $shape)
                        (field "tags" (list u32)) (field "parent" (option u32))))
                      (import "entry" (type $entry (eq $entry-d)))
                      (import "host-add" (func $host-add (param "a" u32) (param "b" u32) (result u32)))
                      (core func $host-add' (canon lower (func $host-add)))
                      (core module $M
                    """
                    + CORE_MODULE_BODY
                    + """
                      )
                      (core instance $m (instantiate $M (with "env" (instance
                        (export "host-add" (func $host-add'))))))
                      (func (export "nop") (canon lift (core func $m "nop")))
                      (func (export "add") (param "a" u32) (param "b" u32) (result u32)
                        (canon lift (core func $m "add")))
                      (func (export "call-host") (param "n" u32) (result u32)
                        (canon lift (core func $m "call-host")))
                      (func (export "echo-string") (param "s" string) (result string)
                        (canon lift (core func $m "echo") (memory (core memory $m "mem"))
                          (realloc (core func $m "realloc"))))
                      (func (export "echo-string16") (param "s" string) (result string)
                        (canon lift (core func $m "echo") string-encoding=utf16
                          (memory (core memory $m "mem")) (realloc (core func $m "realloc"))))
                      (func (export "echo-bytes") (param "b" (list u8)) (result (list u8))
                        (canon lift (core func $m "echo") (memory (core memory $m "mem"))
                          (realloc (core func $m "realloc"))))
                      (func (export "echo-items") (param "l" (list $item)) (result (list $item))
                        (canon lift (core func $m "echo") (memory (core memory $m "mem"))
                          (realloc (core func $m "realloc"))))
                      (func (export "echo-entries") (param "l" (list $entry)) (result (list $entry))
                        (canon lift (core func $m "echo") (memory (core memory $m "mem"))
                          (realloc (core func $m "realloc"))))
                    )
                    """;

    /**
     * A component of five core modules (memory and allocator, three modules that call each other,
     * and one that wraps a host import) and a nested component, as a compiler from a source
     * language might produce: what {@code Component} creation and instantiation cost.
     */
    public static final String MULTI =
            "(component\n"
                    + """
                      (import "host-add" (func $host-add (param "a" u32) (param "b" u32) (result u32)))
                    """
                    + LIBC.replace("(memory (export \"mem\") 64)", "(memory (export \"mem\") 1)")
                    + """
                      (core func $host-add' (canon lower (func $host-add)))
                      (core module $Base
                        (import "" "mem" (memory 1))
                        (global $count (mut i32) (i32.const 0))
                        (func (export "inc") (result i32)
                          (global.set $count (i32.add (global.get $count) (i32.const 1)))
                          (global.get $count))
                        (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
                        (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
                      (core instance $base (instantiate $Base (with "" (instance
                        (export "mem" (memory $libc "mem"))))))
                      (core module $Mid
                        (import "base" "inc" (func $inc (result i32)))
                        (import "base" "store" (func $store (param i32 i32)))
                        (import "host" "add" (func $add (param i32 i32) (result i32)))
                        (table 4 funcref)
                        (elem (i32.const 0) func $inc)
                        (func (export "step") (result i32)
                          (call $store (i32.const 64) (call $add (call $inc) (i32.const 1)))
                          (call $inc)))
                      (core instance $mid (instantiate $Mid
                        (with "base" (instance $base))
                        (with "host" (instance (export "add" (func $host-add'))))))
                      (core module $Top
                        (import "mid" "step" (func $step (result i32)))
                        (import "base" "load" (func $load (param i32) (result i32)))
                        (import "" "mem" (memory 1))
                        (data (i32.const 256) "dovetail benchmarks")
                        (func (export "run") (result i32)
                          (i32.add (call $step) (call $load (i32.const 64)))))
                      (core instance $top (instantiate $Top
                        (with "mid" (instance $mid))
                        (with "base" (instance $base))
                        (with "" (instance (export "mem" (memory $libc "mem"))))))
                      (core module $Start
                        (import "top" "run" (func $run (result i32)))
                        (global $g (mut i32) (i32.const 0))
                        (func $init (global.set $g (i32.const 7)))
                        (start $init)
                        (func (export "get") (result i32) (global.get $g)))
                      (core instance $start (instantiate $Start (with "top" (instance $top))))
                      (func $run (result u32) (canon lift (core func $top "run")))
                      (func $get (result u32) (canon lift (core func $start "get")))
                      (component $Inner
                        (import "run" (func $r (result u32)))
                        (export "run-inner" (func $r)))
                      (instance $inner (instantiate $Inner (with "run" (func $run))))
                      (export "run" (func $run))
                      (export "get" (func $get))
                      (export "inner" (instance $inner))
                    )
                    """;

    public static byte[] benchBytes() {
        return ComponentWat.toBytes(BENCH);
    }

    public static byte[] coreBytes() {
        return Wat.parseModule(CORE);
    }

    public static byte[] multiBytes() {
        return ComponentWat.toBytes(MULTI);
    }
}
