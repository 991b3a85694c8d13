;; The example component's memory: a bump allocator the Canonical ABI uses to pass strings.
(module
  (memory (export "mem") 1)
  (global $bump (mut i32) (i32.const 1024))
  (data (i32.const 0) "Hello, ")
  (func (export "realloc")
    (param $old i32) (param $old-size i32) (param $align i32) (param $new-size i32)
    (result i32)
    (local $r i32)
    ;; round the bump pointer up to the alignment, hand out new-size bytes, copy the old data
    (local.set $r
      (i32.and
        (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
    (global.set $bump (i32.add (local.get $r) (local.get $new-size)))
    (memory.copy (local.get $r) (local.get $old) (local.get $old-size))
    (local.get $r)))
