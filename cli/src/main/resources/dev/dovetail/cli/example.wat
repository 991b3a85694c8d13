;; The component `dovetail` runs when started without arguments. It imports one host function,
;; `log`, and exports `add` and `greet`; `greet` builds "Hello, <name>!", logs it through the host
;; and returns it. Assembled at startup by Dovetail's component text parser.
(component
  (import "log" (func $log (param "msg" string)))

  ;; Memory and a bump allocator: the Canonical ABI copies strings in and out through them.
  (core module $memory
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (data (i32.const 0) "Hello, ")
    (func (export "realloc")
      (param $old i32) (param $old-size i32) (param $align i32) (param $new-size i32)
      (result i32)
      (local $r i32)
      ;; round up to the alignment, hand out new-size bytes, keep the old contents
      (local.set $r
        (i32.and
          (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get $align))))
      (global.set $bump (i32.add (local.get $r) (local.get $new-size)))
      (memory.copy (local.get $r) (local.get $old) (local.get $old-size))
      (local.get $r)))
  (core instance $mem (instantiate $memory))

  (core func $log-lowered
    (canon lower (func $log)
      (memory (core memory $mem "mem")) (realloc (core func $mem "realloc"))))

  (core module $code
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
      (i32.store8
        (i32.add (local.get $out) (i32.add (local.get $n) (i32.const 7))) (i32.const 33))
      (call $log (local.get $out) (local.get $len))
      ;; the result string as (pointer, length), in the return area at address 16
      (i32.store (i32.const 16) (local.get $out))
      (i32.store (i32.const 20) (local.get $len))
      (i32.const 16)))
  (core instance $main
    (instantiate $code
      (with "host" (instance (export "log" (func $log-lowered))))
      (with "mem" (instance $mem))))

  (func (export "add") (param "a" u32) (param "b" u32) (result u32)
    (canon lift (core func $main "add")))
  (func (export "greet") (param "name" string) (result string)
    (canon lift (core func $main "greet")
      (memory (core memory $mem "mem")) (realloc (core func $mem "realloc"))))
)
