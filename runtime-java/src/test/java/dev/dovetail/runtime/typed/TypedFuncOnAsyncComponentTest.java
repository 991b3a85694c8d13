package dev.dovetail.runtime.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.TypedFunc;
import dev.dovetail.runtime.UnsupportedFeatureException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Typed calls of sync-lifted exports of a component that uses the async ABI (here the {@code
 * waitable-set.new} built-in and an {@code async}-lifted export): they run as tasks on the store's
 * loop, as {@link Func#call} runs them, and give the same results, traps and poisoning.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TypedFuncOnAsyncComponentTest {
    private static final Engine ENGINE = Engine.create();

    /**
     * {@code add}, {@code greet(s) = "hi " + s}, {@code new-set} (a fresh waitable set's index),
     * {@code fail} (traps) and {@code later}, lifted {@code async}.
     */
    private static final String COMPONENT =
            """
            (component
              (core module $M
                (import "" "waitable-set.new" (func $ws.new (result i32)))
                (import "" "task.return" (func $task.return (param i32)))
                (memory (export "memory") 1)
                (global $next (mut i32) (i32.const 1024))
                (func (export "realloc") (param i32 i32 i32 i32) (result i32)
                  (local $p i32)
                  (local.set $p (global.get $next))
                  (global.set $next (i32.add (global.get $next) (local.get 3)))
                  (memory.copy (local.get $p) (local.get 0) (local.get 1))
                  (local.get $p))
                (func (export "add") (param i32 i32) (result i32)
                  (i32.add (local.get 0) (local.get 1)))
                (func (export "greet") (param $s i32) (param $len i32) (result i32)
                  (local $out i32)
                  (local.set $out (global.get $next))
                  (global.set $next (i32.add (global.get $next) (i32.add (local.get $len) (i32.const 3))))
                  (i32.store8 (local.get $out) (i32.const 104))
                  (i32.store8 offset=1 (local.get $out) (i32.const 105))
                  (i32.store8 offset=2 (local.get $out) (i32.const 32))
                  (memory.copy (i32.add (local.get $out) (i32.const 3)) (local.get $s) (local.get $len))
                  (i32.store (i32.const 8) (local.get $out))
                  (i32.store (i32.const 12) (i32.add (local.get $len) (i32.const 3)))
                  (i32.const 8))
                (func (export "new-set") (result i32) (call $ws.new))
                (func (export "fail") (result i32) unreachable)
                (func (export "later") (result i32)
                  (call $task.return (i32.const 7))
                  (i32.const 0 (; EXIT ;)))
                (func (export "later-cb") (param i32 i32 i32) (result i32) unreachable))
              (canon waitable-set.new (core func $ws.new))
              (canon task.return (result u32) (core func $task.return))
              (core instance $m (instantiate $M (with "" (instance
                (export "waitable-set.new" (func $ws.new))
                (export "task.return" (func $task.return))))))
              (func (export "add") (param "a" u32) (param "b" u32) (result u32)
                (canon lift (core func $m "add")))
              (func (export "greet") (param "s" string) (result string)
                (canon lift (core func $m "greet") (memory $m "memory")
                  (realloc (func $m "realloc"))))
              (func (export "new-set") (result u32) (canon lift (core func $m "new-set")))
              (func (export "fail") (result u32) (canon lift (core func $m "fail")))
              (func (export "later") async (result u32)
                (canon lift (core func $m "later") async (callback (func $m "later-cb")))))
            """;

    private final Store<Void> store = new Store<>(ENGINE, null);

    @AfterEach
    void close() {
        store.close();
    }

    private Instance instantiate() {
        return new Linker<Void>(ENGINE).instantiate(store, Component.fromWat(ENGINE, COMPONENT));
    }

    @Test
    void syncLiftedExportsGiveTheResultsOfFuncCall() {
        Instance instance = instantiate();
        TypedFunc.Func2<Integer, Integer, Integer> add =
                instance.getTypedFunc("add", Signature.of(int.class, int.class).returns(int.class));
        TypedFunc.Func1<String, String> greet =
                instance.getTypedFunc("greet", Signature.of(String.class).returns(String.class));
        Func addDynamic = instance.getFunc("add");
        Func greetDynamic = instance.getFunc("greet");

        assertEquals(5, add.call(store, 2, 3));
        assertEquals(new Val.U32(5), addDynamic.call(store, new Val.U32(2), new Val.U32(3)));
        assertEquals(-2, add.call(store, -1, -1), "u32 wraps, carried in an int's bits");
        assertEquals(new Val.U32(-2), addDynamic.call(store, new Val.U32(-1), new Val.U32(-1)));
        assertEquals("hi wörld", greet.call(store, "wörld"));
        assertEquals(new Val.Str("hi wörld"), greetDynamic.call(store, new Val.Str("wörld")));
    }

    @Test
    void aBuiltinRunsInTheTypedCallsTask() {
        TypedFunc.Func0<Integer> typed =
                instantiate().getTypedFunc("new-set", Signature.of().returns(int.class));
        Func dynamic = instantiate().getFunc("new-set");
        for (int i = 0; i < 3; i++) {
            int index = typed.call(store);
            assertTrue(index > 0, "a handle index");
            assertEquals(new Val.U32(index), dynamic.call(store), "the same table in each");
        }
    }

    @Test
    void aTrapPoisonsTheInstanceAsFuncCallDoes() {
        Instance typedInstance = instantiate();
        Instance dynamicInstance = instantiate();
        TypedFunc.Func0<Integer> fail =
                typedInstance.getTypedFunc("fail", Signature.of().returns(int.class));
        Trap typedTrap = assertThrows(Trap.class, () -> fail.call(store));
        Trap dynamicTrap =
                assertThrows(Trap.class, () -> dynamicInstance.getFunc("fail").call(store));
        assertEquals(dynamicTrap.getMessage(), typedTrap.getMessage());

        TypedFunc.Func2<Integer, Integer, Integer> add =
                typedInstance.getTypedFunc(
                        "add", Signature.of(int.class, int.class).returns(int.class));
        Trap typedAfter = assertThrows(Trap.class, () -> add.call(store, 1, 2));
        Trap dynamicAfter =
                assertThrows(
                        Trap.class,
                        () ->
                                dynamicInstance
                                        .getFunc("add")
                                        .call(store, new Val.U32(1), new Val.U32(2)));
        assertEquals(dynamicAfter.getMessage(), typedAfter.getMessage());
    }

    @Test
    void anAsyncLiftedExportIsRefusedByName() {
        Instance instance = instantiate();
        UnsupportedFeatureException e =
                assertThrows(
                        UnsupportedFeatureException.class,
                        () -> instance.getTypedFunc("later", Signature.of().returns(int.class)));
        assertTrue(e.getMessage().contains("`later`"), e.getMessage());
        assertEquals(new Val.U32(7), instance.getFunc("later").call(store));
    }
}
