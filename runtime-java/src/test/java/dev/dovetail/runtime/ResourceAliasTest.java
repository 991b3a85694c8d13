package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.Val;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resource re-exported through instances, in the shape wit-component gives wit-bindgen's {@code
 * resource_alias} runtime test: the root defines {@code x}; a shim component exports it as {@code
 * e1}'s {@code x}, and a second shim imports {@code e1}'s {@code x} and {@code foo} again and
 * re-exports them in {@code e2} as {@code y} and {@code bar}.
 */
class ResourceAliasTest {
    private static final Engine ENGINE = Engine.builder().build();

    /** {@code e2#a} returns {@code rep(f.x) + 100 * rep(g.x)}. */
    private static final String RESOURCE_ALIAS =
            """
            (component
              (type $x (resource (rep i32)))
              (core func $x.new (canon resource.new $x))
              (core func $x.rep (canon resource.rep $x))
              (core module $M
                (import "" "new" (func $new (param i32) (result i32)))
                (import "" "rep" (func $rep (param i32) (result i32)))
                (func (export "ctor") (param i32) (result i32) (call $new (local.get 0)))
                (func (export "a") (param i32 i32) (result i32)
                  (i32.add (call $rep (local.get 0)) (i32.mul (call $rep (local.get 1)) (i32.const 100)))))
              (core instance $m (instantiate $M (with "" (instance
                (export "new" (func $x.new)) (export "rep" (func $x.rep))))))
              (type $foo (record (field "x" (own $x))))
              (func $ctor (param "v" u32) (result (own $x)) (canon lift (core func $m "ctor")))
              (func $a (param "f" $foo) (param "g" $foo) (result u32) (canon lift (core func $m "a")))
              (component $E1
                (import "import-type-x" (type $x (sub resource)))
                (import "import-constructor-x" (func $c (param "v" u32) (result (own $x))))
                (export $x' "x" (type $x))
                (type $foo (record (field "x" (own $x'))))
                (export "foo" (type $foo))
                (export "[constructor]x" (func $c) (func (param "v" u32) (result (own $x')))))
              (instance $e1 (instantiate $E1
                (with "import-type-x" (type $x))
                (with "import-constructor-x" (func $ctor))))
              (export $e1' "test:alias/e1" (instance $e1))
              (alias export $e1' "x" (type $e1.x))
              (alias export $e1' "foo" (type $e1.foo))
              (component $E2
                (import "import-type-x" (type $x (sub resource)))
                (type $r (record (field "x" (own $x))))
                (import "import-type-foo" (type $foo (eq $r)))
                (import "import-type-bar" (type $bar (eq $foo)))
                (import "import-func-a" (func $a (param "f" $foo) (param "g" $bar) (result u32)))
                (export $y "y" (type $x))
                (export $bar' "bar" (type $foo))
                (type $r' (record (field "x" (own $y))))
                (export $foo' "foo" (type $r'))
                (export "a" (func $a) (func (param "f" $foo') (param "g" $bar') (result u32))))
              (instance $e2 (instantiate $E2
                (with "import-type-x" (type $e1.x))
                (with "import-type-foo" (type $e1.foo))
                (with "import-type-bar" (type $foo))
                (with "import-func-a" (func $a))))
              (export "test:alias/e2" (instance $e2)))
            """;

    private static Val foo(Val handle) {
        return new Val.Record(List.of(new Val.Field("x", handle)));
    }

    @Test
    void aResourceReExportedThroughInstancesIsTheSameResource() {
        Component c = Component.fromWat(ENGINE, RESOURCE_ALIAS);
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        Func constructor = instance.getFunc("test:alias/e1", "[constructor]x");
        Val five = constructor.call(store, Val.u32(5));
        Val seven = constructor.call(store, Val.u32(7));
        Func a = instance.getFunc("test:alias/e2", "a");
        assertEquals(Val.u32(705), a.call(store, foo(five), foo(seven)));
    }
}
