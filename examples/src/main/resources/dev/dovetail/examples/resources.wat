;; Resources both ways: the guest defines `counter`; the host defines `sink`.
(component
  (import "sink" (type $sink (sub resource)))
  (import "[method]sink.write" (func $write (param "self" (borrow $sink)) (param "value" u32)))

  (core module $Dtor
    (global $dropped (export "dropped") (mut i32) (i32.const 0))
    (func (export "dtor") (param i32)
      (global.set $dropped (i32.add (global.get $dropped) (i32.const 1)))))
  (core instance $dtor (instantiate $Dtor))
  (type $counter' (resource (rep i32) (dtor (func $dtor "dtor"))))
  (export $counter "counter" (type $counter'))

  (core func $new (canon resource.new $counter'))
  (core func $write' (canon lower (func $write)))
  (core func $drop-sink (canon resource.drop $sink))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "write" (func $write (param i32 i32)))
    (import "" "dropped" (global $dropped (mut i32)))
    (import "" "drop-sink" (func $drop-sink (param i32)))
    ;; The representation is a memory cell holding the count.
    (memory 1)
    (global $cells (mut i32) (i32.const 0))
    (func (export "new") (param $start i32) (result i32)
      (global.set $cells (i32.add (global.get $cells) (i32.const 4)))
      (i32.store (global.get $cells) (local.get $start))
      (call $new (global.get $cells)))
    ;; a borrow of our own resource arrives as its representation
    (func (export "increment") (param $rep i32) (result i32)
      (i32.store (local.get $rep) (i32.add (i32.load (local.get $rep)) (i32.const 1)))
      (i32.load (local.get $rep)))
    ;; writes the counter's value to the host's sink (a borrow we pass back out), then
    ;; ends our borrow of the sink, as every borrow must end before the call returns
    (func (export "flush") (param $rep i32) (param $sink i32)
      (call $write (local.get $sink) (i32.load (local.get $rep)))
      (call $drop-sink (local.get $sink)))
    (func (export "dropped") (result i32) (global.get $dropped)))
  (core instance $m (instantiate $M (with "" (instance
    (export "new" (func $new)) (export "write" (func $write'))
    (export "dropped" (global $dtor "dropped"))
    (export "drop-sink" (func $drop-sink))))))

  (func (export "[constructor]counter") (param "start" u32) (result (own $counter))
    (canon lift (core func $m "new")))
  (func (export "[method]counter.increment") (param "self" (borrow $counter)) (result u32)
    (canon lift (core func $m "increment")))
  (func (export "[method]counter.flush") (param "self" (borrow $counter))
      (param "to" (borrow $sink))
    (canon lift (core func $m "flush")))
  (func (export "dropped") (result u32) (canon lift (core func $m "dropped")))
)
