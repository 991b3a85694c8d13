package dev.dovetail.async

private const val D = '$'

/** `get(x)` yields once, then returns `x + 1` read back from its context slot. */
val YIELDING =
    """
    (component
      (core module ${D}M
        (import "" "task.return" (func ${D}task.return (param i32)))
        (import "" "context.get" (func ${D}context.get (result i32)))
        (import "" "context.set" (func ${D}context.set (param i32)))
        (func (export "get") (param ${D}x i32) (result i32)
          (call ${D}context.set (local.get ${D}x))
          (i32.const 1 (; YIELD ;)))
        (func (export "get-cb") (param i32 i32 i32) (result i32)
          (if (i32.eq (call ${D}context.get) (i32.const 13)) (then unreachable))
          (call ${D}task.return (i32.add (call ${D}context.get) (i32.const 1)))
          (i32.const 0 (; EXIT ;))))
      (canon task.return (result u32) (core func ${D}task.return))
      (canon context.get i32 0 (core func ${D}context.get))
      (canon context.set i32 0 (core func ${D}context.set))
      (core instance ${D}m (instantiate ${D}M (with "" (instance
        (export "task.return" (func ${D}task.return))
        (export "context.get" (func ${D}context.get))
        (export "context.set" (func ${D}context.set))))))
      (func (export "get") async (param "x" u32) (result u32)
        (canon lift (core func ${D}m "get") async (callback (core func ${D}m "get-cb")))))
    """

/** `run(x)`: a sync-lifted async function that returns the imported `fetch(x) + 1`. */
val FETCHING =
    """
    (component
      (import "fetch" (func ${D}fetch async (param "x" u32) (result u32)))
      (core func ${D}fetch' (canon lower (func ${D}fetch)))
      (core module ${D}M
        (import "" "fetch" (func ${D}fetch (param i32) (result i32)))
        (func (export "run") (param i32) (result i32)
          (i32.add (call ${D}fetch (local.get 0)) (i32.const 1))))
      (core instance ${D}m (instantiate ${D}M (with "" (instance (export "fetch" (func ${D}fetch'))))))
      (func (export "run") async (param "x" u32) (result u32)
        (canon lift (core func ${D}m "run"))))
    """

/**
 * `run()` calls the imported `slow()` with the async ABI, cancels the subtask and returns the state
 * `subtask.cancel` reported.
 */
val CANCELLING =
    """
    (component
      (import "slow" (func ${D}slow async))
      (core module ${D}M
        (import "" "slow" (func ${D}slow (result i32)))
        (import "" "subtask.cancel" (func ${D}subtask.cancel (param i32) (result i32)))
        (import "" "task.return" (func ${D}task.return (param i32)))
        (func (export "run") (result i32)
          (local ${D}ret i32)
          (local.set ${D}ret (call ${D}slow))
          (if (i32.ne (i32.and (local.get ${D}ret) (i32.const 0xf)) (i32.const 1 (; STARTED ;)))
            (then unreachable))
          (call ${D}task.return
            (call ${D}subtask.cancel (i32.shr_u (local.get ${D}ret) (i32.const 4))))
          (i32.const 0 (; EXIT ;)))
        (func (export "run-cb") (param i32 i32 i32) (result i32) unreachable))
      (core func ${D}slow' (canon lower (func ${D}slow) async))
      (canon subtask.cancel (core func ${D}subtask.cancel))
      (canon task.return (result u32) (core func ${D}task.return))
      (core instance ${D}m (instantiate ${D}M (with "" (instance
        (export "slow" (func ${D}slow'))
        (export "subtask.cancel" (func ${D}subtask.cancel))
        (export "task.return" (func ${D}task.return))))))
      (func (export "run") async (result u32)
        (canon lift (core func ${D}m "run") async (callback (core func ${D}m "run-cb")))))
    """

/** `boom()`: a plain (not async) function that traps. */
val BOOM =
    """
    (component
      (core module ${D}M (func (export "boom") unreachable))
      (core instance ${D}m (instantiate ${D}M))
      (func (export "boom") (canon lift (core func ${D}m "boom"))))
    """

/** `stuck()` waits forever on an empty waitable set (a stackful async task). */
val STUCK =
    """
    (component
      (core module ${D}Mem (memory (export "mem") 1))
      (core instance ${D}mem (instantiate ${D}Mem))
      (core module ${D}M
        (import "" "waitable-set.new" (func ${D}new (result i32)))
        (import "" "waitable-set.wait" (func ${D}wait (param i32 i32) (result i32)))
        (func (export "stuck") (drop (call ${D}wait (call ${D}new) (i32.const 0)))))
      (canon waitable-set.new (core func ${D}new))
      (canon waitable-set.wait (memory (core memory ${D}mem "mem")) (core func ${D}wait))
      (core instance ${D}m (instantiate ${D}M (with "" (instance
        (export "waitable-set.new" (func ${D}new))
        (export "waitable-set.wait" (func ${D}wait))))))
      (func (export "stuck") async (canon lift (core func ${D}m "stuck") async)))
    """
