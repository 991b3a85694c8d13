package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import org.junit.jupiter.api.Test;

class LinkingTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    /** Imports {@code wasi:test/math@1.2.0#double} and exports {@code quadruple}. */
    private static final String USES_MATH =
            """
            (component
              (import "wasi:test/math@1.2.0" (instance $math
                (export "double" (func (param "x" u32) (result u32)))))
              (alias export $math "double" (func $double))
              (core func $double' (canon lower (func $double)))
              (core module $M
                (import "" "double" (func $double (param i32) (result i32)))
                (func (export "quadruple") (param i32) (result i32)
                  (call $double (call $double (local.get 0)))))
              (core instance $m (instantiate $M (with "" (instance (export "double" (func $double'))))))
              (func (export "quadruple") (param "x" u32) (result u32)
                (canon lift (core func $m "quadruple"))))
            """;

    private static HostFunction<Void> doubler() {
        return (store, type, params) -> Val.u32(((Val.U32) params.get(0)).longValue() * 2);
    }

    @Test
    void instanceImportsResolveThroughNestedLinkerInstances() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.instance("wasi:test/math@1.2.0").funcNew("double", doubler());
        Store<Void> store = new Store<>(ENGINE, null);
        assertEquals(
                Val.u32(20),
                linker.instantiate(store, c).getFunc("quadruple").call(store, Val.u32(5)));
    }

    @Test
    void aSemverCompatibleDefinitionSatisfiesTheImport() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.instance("wasi:test/math@1.0.0").funcNew("double", (s, t, p) -> Val.u32(0));
        linker.instance("wasi:test/math@1.9.3").funcNew("double", doubler());
        linker.instance("wasi:test/math@2.0.0").funcNew("double", (s, t, p) -> Val.u32(0));
        Store<Void> store = new Store<>(ENGINE, null);
        assertEquals(
                Val.u32(4),
                linker.instantiate(store, c).getFunc("quadruple").call(store, Val.u32(1)));
    }

    @Test
    void anIncompatibleVersionDoesNotLink() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.instance("wasi:test/math@2.0.0").funcNew("double", doubler());
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(c));
        assertEquals(
                "component imports instance `wasi:test/math@1.2.0`, but a matching implementation"
                        + " was not found in the linker",
                e.getMessage());
    }

    @Test
    void aMissingFunctionInsideAnInstanceIsNamed() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.instance("wasi:test/math@1.2.0");
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(c));
        assertTrue(e.getMessage().contains("func `wasi:test/math@1.2.0#double`"), e.getMessage());
    }

    @Test
    void aDefinitionOfTheWrongKindIsReported() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.root().funcNew("wasi:test/math@1.2.0", doubler());
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(c));
        assertEquals(
                "import `wasi:test/math@1.2.0` has the wrong type: expected instance, found func",
                e.getMessage());
    }

    @Test
    void unknownImportsCanBeDefinedAsTraps() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<Void>(ENGINE).defineUnknownImportsAsTraps(c);
        Store<Void> store = new Store<>(ENGINE, null);
        Func f = linker.instantiate(store, c).getFunc("quadruple");
        var e = assertThrows(Trap.class, () -> f.call(store, Val.u32(1)));
        assertTrue(e.getMessage().contains("`wasi:test/math@1.2.0#double`"), e.getMessage());
    }

    @Test
    void shadowingIsRefusedUnlessAllowed() {
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.root().funcNew("f", doubler());
        assertThrows(IllegalArgumentException.class, () -> linker.root().funcNew("f", doubler()));
        linker.allowShadowing(true);
        linker.root().funcNew("f", doubler());
    }

    @Test
    void aLiveInstanceCanSatisfyAnotherComponentsImport() {
        Component math =
                Component.fromWat(
                        ENGINE,
                        """
                        (component
                          (core module $M (func (export "double") (param i32) (result i32)
                            (i32.shl (local.get 0) (i32.const 1))))
                          (core instance $m (instantiate $M))
                          (func (export "double") (param "x" u32) (result u32)
                            (canon lift (core func $m "double"))))
                        """);
        Linker<Void> linker = new Linker<>(ENGINE);
        Store<Void> store = new Store<>(ENGINE, null);
        linker.root().instance("wasi:test/math@1.2.0", linker.instantiate(store, math));
        Component c = Component.fromWat(ENGINE, USES_MATH);
        assertEquals(
                Val.u32(12),
                linker.instantiate(store, c).getFunc("quadruple").call(store, Val.u32(3)));
        Store<Void> other = new Store<>(ENGINE, null);
        assertThrows(UnlinkableException.class, () -> linker.instantiate(other, c));
    }

    @Test
    void theInstanceLimitOfAStoreIsEnforced() {
        Component c = Component.fromWat(ENGINE, USES_MATH);
        Linker<Void> linker = new Linker<Void>(ENGINE).defineUnknownImportsAsTraps(c);
        Store<Void> store =
                new Store<>(ENGINE, null, StoreLimits.builder().maxInstances(1).build());
        InstancePre<Void> pre = linker.instantiatePre(c);
        pre.instantiate(store);
        var e = assertThrows(UnlinkableException.class, () -> pre.instantiate(store));
        assertTrue(e.getMessage().contains("instance limit of 1"), e.getMessage());
    }
}
