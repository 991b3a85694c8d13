package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ResourceType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    /** Defines resource {@code counter} with a destructor that records the rep in a global. */
    private static final String COUNTERS =
            """
            (component
              (core module $Dtor
                (global $last (export "last") (mut i32) (i32.const 0))
                (func (export "dtor") (param i32) (global.set $last (local.get 0))))
              (core instance $d (instantiate $Dtor))
              (type $counter (resource (rep i32) (dtor (func $d "dtor"))))
              (export $c "counter" (type $counter))
              (core func $new (canon resource.new $counter))
              (core func $rep (canon resource.rep $counter))
              (core module $M
                (import "" "new" (func $new (param i32) (result i32)))
                (import "" "rep" (func $rep (param i32) (result i32)))
                (import "" "last" (global $last (mut i32)))
                (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
                (func (export "peek") (param i32) (result i32) (local.get 0))
                (func (export "last-dropped") (result i32) (global.get $last)))
              (core instance $m (instantiate $M (with "" (instance
                (export "new" (func $new)) (export "rep" (func $rep))
                (export "last" (global $d "last"))))))
              (func (export "make") (param "start" u32) (result (own $c))
                (canon lift (core func $m "make")))
              (func (export "peek") (param "c" (borrow $c)) (result u32)
                (canon lift (core func $m "peek")))
              (func (export "last-dropped") (result u32) (canon lift (core func $m "last-dropped"))))
            """;

    @Test
    void guestResourcesReachTheHostAndTheirDestructorRunsOnDrop() {
        Component c = Component.fromWat(ENGINE, COUNTERS);
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        ResourceType counter = instance.getResource("counter");

        Val made = instance.getFunc("make").call(store, Val.u32(7));
        ResourceAny handle = (ResourceAny) ((Val.Resource) made).handle();
        assertSame(counter, handle.type());
        assertTrue(handle.owned());
        assertEquals(7, handle.rep());

        // a borrow lowered into the defining instance arrives as the representation
        assertEquals(Val.u32(7), instance.getFunc("peek").call(store, made));
        assertEquals(Val.u32(0), instance.getFunc("last-dropped").call(store));
        handle.resourceDrop(store);
        assertEquals(Val.u32(7), instance.getFunc("last-dropped").call(store));
        assertThrows(IllegalStateException.class, () -> handle.resourceDrop(store));
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> instance.getFunc("peek").call(store, made));
        assertTrue(e.getMessage().contains("already moved or dropped"), e.getMessage());
    }

    @Test
    void resourcesOfAnotherInstanceAreRejected() {
        Component c = Component.fromWat(ENGINE, COUNTERS);
        Store<Void> store = new Store<>(ENGINE, null);
        Linker<Void> linker = new Linker<>(ENGINE);
        Instance a = linker.instantiate(store, c);
        Instance b = linker.instantiate(store, c);
        assertFalse(a.getResource("counter") == b.getResource("counter"), "types are per instance");
        Val fromA = a.getFunc("make").call(store, Val.u32(1));
        var e =
                assertThrows(
                        IllegalArgumentException.class, () -> b.getFunc("peek").call(store, fromA));
        assertTrue(e.getMessage().contains("passed where"), e.getMessage());
    }

    /** Imports host resource {@code file} and drops the handles it is given. */
    private static final String FILES =
            """
            (component
              (import "file" (type $file (sub resource)))
              (core func $drop (canon resource.drop $file))
              (core module $M
                (import "" "drop" (func $drop (param i32)))
                (func (export "close") (param i32) (call $drop (local.get 0)))
                (func (export "size") (param i32) (result i32)
                  (call $drop (local.get 0))
                  (local.get 0))
                (func (export "keep") (param i32)))
              (core instance $m (instantiate $M (with "" (instance (export "drop" (func $drop))))))
              (func (export "close") (param "f" (own $file)) (canon lift (core func $m "close")))
              (func (export "handle") (param "f" (borrow $file)) (result u32)
                (canon lift (core func $m "size")))
              (func (export "keep") (param "f" (borrow $file)) (canon lift (core func $m "keep"))))
            """;

    @Test
    void hostResourcesAreDroppedThroughTheirDestructor() {
        Component c = Component.fromWat(ENGINE, FILES);
        Linker<List<Integer>> linker = new Linker<>(ENGINE);
        ResourceType file = linker.root().resource("file", (store, rep) -> store.data().add(rep));
        Store<List<Integer>> store = new Store<>(ENGINE, new ArrayList<>());
        Instance instance = linker.instantiate(store, c);

        ResourceAny f = new ResourceAny(file, 99, true);
        // borrowing into a component that does not define the type creates a borrow handle
        assertEquals(Val.u32(1), instance.getFunc("handle").call(store, new Val.Resource(f)));
        instance.getFunc("close").call(store, new Val.Resource(f));
        assertEquals(List.of(99), store.data());
        assertTrue(f.consumed());
    }

    @Test
    void aBorrowKeptPastTheCallTraps() {
        Component c = Component.fromWat(ENGINE, FILES);
        Linker<List<Integer>> linker = new Linker<>(ENGINE);
        ResourceType file = linker.root().resource("file", (store, rep) -> store.data().add(rep));
        Store<List<Integer>> store = new Store<>(ENGINE, new ArrayList<>());
        Instance instance = linker.instantiate(store, c);
        var e =
                assertThrows(
                        dev.dovetail.abi.Trap.class,
                        () ->
                                instance.getFunc("keep")
                                        .call(
                                                store,
                                                new Val.Resource(new ResourceAny(file, 1, true))));
        assertEquals("borrow handles still remain at the end of the call", e.getMessage());
    }

    /** Instance `b` uses `a`'s resource, as WASI's streams use error's (a WIT `use`). */
    private static final String USES =
            """
            (component
              (import "a" (instance $a (export "r" (type (sub resource)))))
              (alias export $a "r" (type $r))
              (type $tb (instance
                (alias outer 1 $r (type))
                (export "r" (type (eq 0)))
                (type (own 1))
                (type (func (param "x" 2) (result u32)))
                (export "take" (func (type 3)))))
              (import "b" (instance $b (type $tb)))
              (core func $take (canon lower (func $b "take")))
              (core module $M
                (import "" "take" (func $take (param i32) (result i32)))
                (func (export "give") (param i32) (result i32) (call $take (local.get 0))))
              (core instance $m (instantiate $M (with "" (instance (export "take" (func $take))))))
              (func (export "give") (param "x" (own $r)) (result u32)
                (canon lift (core func $m "give"))))
            """;

    @Test
    void aResourceUsedByAnotherInterfaceIsDefinedThereAsTheSameType() {
        Component c = Component.fromWat(ENGINE, USES);
        Linker<List<Integer>> linker = new Linker<>(ENGINE);
        ResourceType r = linker.instance("a").resource("r", (store, rep) -> {});
        linker.instance("b")
                .func(
                        "take",
                        Signature.params()
                                .param(new TypeRef<Resource<Object>>() {})
                                .returns(int.class),
                        (store, x) -> x.rep() + 1);
        var unlinked = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(c));
        assertTrue(unlinked.getMessage().contains("`b#r`"), unlinked.getMessage());
        linker.instance("b").resource("r", r);
        Store<List<Integer>> store = new Store<>(ENGINE, new ArrayList<>());
        Instance instance = linker.instantiate(store, c);
        assertEquals(
                Val.u32(8),
                instance.getFunc("give")
                        .call(store, new Val.Resource(new ResourceAny(r, 7, true))));
    }
}
