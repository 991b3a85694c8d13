;; Records and variants: `area(shape) -> f64` and `bounds(shape) -> rect`.
(component
  (type $rect' (record (field "w" f64) (field "h" f64)))
  (export $rect "rect" (type $rect'))
  (type $shape' (variant (case "circle" f64) (case "rect" $rect) (case "empty")))
  (export $shape "shape" (type $shape'))

  (core module $M
    (memory (export "mem") 1)
    ;; A shape flattens to (discriminant i32, f64, f64): circle uses the first f64,
    ;; rect both, empty none.
    (func (export "area") (param $case i32) (param $a f64) (param $b f64) (result f64)
      (if (result f64) (i32.eq (local.get $case) (i32.const 0))
        (then (f64.mul (f64.const 3.141592653589793) (f64.mul (local.get $a) (local.get $a))))
        (else (if (result f64) (i32.eq (local.get $case) (i32.const 1))
          (then (f64.mul (local.get $a) (local.get $b)))
          (else (f64.const 0))))))
    ;; A rect result is two f64s: more than one flat result, so it is returned in memory.
    (func (export "bounds") (param $case i32) (param $a f64) (param $b f64) (result i32)
      (if (i32.eq (local.get $case) (i32.const 0))
        (then
          (f64.store (i32.const 32) (f64.mul (local.get $a) (f64.const 2)))
          (f64.store (i32.const 40) (f64.mul (local.get $a) (f64.const 2))))
        (else
          (f64.store (i32.const 32) (local.get $a))
          (f64.store (i32.const 40) (local.get $b))))
      (i32.const 32)))
  (core instance $m (instantiate $M))

  (func (export "area") (param "s" $shape) (result f64)
    (canon lift (core func $m "area")))
  (func (export "bounds") (param "s" $shape) (result $rect)
    (canon lift (core func $m "bounds") (memory (core memory $m "mem"))))
)
