package dev.dovetail.runtime;

/** Component text shared by the runtime tests. */
final class Fixtures {
    private Fixtures() {}

    /** A core module with one page of memory and a bump {@code realloc} that copies. */
    static final String LIBC =
            """
            (core module $Libc
              (memory (export "mem") 1)
              (global $next (mut i32) (i32.const 1024))
              (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32)
                  (param $nsize i32) (result i32)
                (local $r i32)
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
     * Imports {@code log: func(msg: string)} and exports {@code add}, {@code greet} (which logs its
     * argument and returns it), {@code fail} (unreachable) and {@code count}.
     */
    static final String GREETER =
            "(component\n"
                    + "  (import \"log\" (func $log (param \"msg\" string)))\n"
                    + LIBC
                    + """
                      (core func $log' (canon lower (func $log)
                        (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
                      (core module $M
                        (import "" "log" (func $log (param i32 i32)))
                        (import "" "mem" (memory 1))
                        (global $n (mut i32) (i32.const 0))
                        (func (export "add") (param i32 i32) (result i32)
                          (i32.add (local.get 0) (local.get 1)))
                        (func (export "greet") (param i32 i32) (result i32)
                          (global.set $n (i32.add (global.get $n) (i32.const 1)))
                          (call $log (local.get 0) (local.get 1))
                          (i32.store (i32.const 16) (local.get 0))
                          (i32.store (i32.const 20) (local.get 1))
                          (i32.const 16))
                        (func (export "count") (result i32) (global.get $n))
                        (func (export "fail") unreachable))
                      (core instance $m (instantiate $M (with "" (instance
                        (export "log" (func $log'))
                        (export "mem" (memory $libc "mem"))))))
                      (func (export "add") (param "a" u32) (param "b" u32) (result u32)
                        (canon lift (core func $m "add")))
                      (func (export "greet") (param "name" string) (result string)
                        (canon lift (core func $m "greet") (memory (core memory $libc "mem"))
                          (realloc (core func $libc "realloc"))))
                      (func (export "count") (result u32) (canon lift (core func $m "count")))
                      (func (export "fail") (canon lift (core func $m "fail")))
                    )
                    """;
}
