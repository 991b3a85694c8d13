;; A greeter: imports a host `log` function, exports `greet(name) -> string`.
(component
  (import "log" (func $log (param "message" string)))

  ;; A tiny libc: one page of memory and a bump allocator whose realloc copies.
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

  (core func $log' (canon lower (func $log)
    (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))

  ;; greet(name) logs "greeting <name>" and returns "Hello, <name>!".
  (core module $Greeter
    (import "" "mem" (memory 1))
    (import "" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
    (import "" "log" (func $log (param i32 i32)))
    (data (i32.const 64) "greeting Hello, !")
    (func (export "greet") (param $ptr i32) (param $len i32) (result i32)
      (local $msg i32) (local $out i32)
      ;; "greeting " + name
      (local.set $msg (call $realloc (i32.const 0) (i32.const 0) (i32.const 1)
        (i32.add (local.get $len) (i32.const 9))))
      (memory.copy (local.get $msg) (i32.const 64) (i32.const 9))
      (memory.copy (i32.add (local.get $msg) (i32.const 9)) (local.get $ptr) (local.get $len))
      (call $log (local.get $msg) (i32.add (local.get $len) (i32.const 9)))
      ;; "Hello, " + name + "!"
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1)
        (i32.add (local.get $len) (i32.const 8))))
      (memory.copy (local.get $out) (i32.const 73) (i32.const 7))
      (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $ptr) (local.get $len))
      (i32.store8 (i32.add (local.get $out) (i32.add (local.get $len) (i32.const 7)))
        (i32.const 33))
      ;; return area: (ptr, len)
      (i32.store (i32.const 16) (local.get $out))
      (i32.store (i32.const 20) (i32.add (local.get $len) (i32.const 8)))
      (i32.const 16)))
  (core instance $greeter (instantiate $Greeter (with "" (instance
    (export "mem" (memory $libc "mem"))
    (export "realloc" (func $libc "realloc"))
    (export "log" (func $log'))))))

  (func (export "greet") (param "name" string) (result string)
    (canon lift (core func $greeter "greet")
      (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
)
