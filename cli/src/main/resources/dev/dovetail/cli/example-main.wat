;; The example component's code: `add` adds, `greet` builds "Hello, <name>!", logs it through the
;; host's `log` import and returns it.
(module
  (import "host" "log" (func $log (param i32 i32)))
  (import "mem" "mem" (memory 1))
  (import "mem" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func (export "greet") (param $name i32) (param $n i32) (result i32)
    (local $out i32) (local $len i32)
    ;; "Hello, " (7 bytes at address 0) + name + "!"
    (local.set $len (i32.add (local.get $n) (i32.const 8)))
    (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (local.get $len)))
    (memory.copy (local.get $out) (i32.const 0) (i32.const 7))
    (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $name) (local.get $n))
    (i32.store8 (i32.add (local.get $out) (i32.add (local.get $n) (i32.const 7))) (i32.const 33))
    (call $log (local.get $out) (local.get $len))
    ;; the result string, as (pointer, length) in the return area at address 16
    (i32.store (i32.const 16) (local.get $out))
    (i32.store (i32.const 20) (local.get $len))
    (i32.const 16)))
