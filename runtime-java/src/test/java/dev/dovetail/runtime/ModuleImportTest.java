package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.text.Wat;
import org.junit.jupiter.api.Test;

/** A host supplies a core module for a component's {@code core module} import. */
class ModuleImportTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    private static final Component USES_MODULE =
            Component.fromWat(
                    ENGINE,
                    """
                    (component
                      (import "math" (core module $Math
                        (export "square" (func (param i32) (result i32)))))
                      (core instance $m (instantiate $Math))
                      (func (export "square") (param "x" u32) (result u32)
                        (canon lift (core func $m "square"))))
                    """);

    @Test
    void aHostModuleIsInstantiatedByTheComponent() {
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.root()
                .module(
                        "math",
                        Wat.parseModule(
                                """
                                (module
                                  (func (export "square") (param i32) (result i32)
                                    (i32.mul (local.get 0) (local.get 0)))
                                  (func (export "extra")))
                                """));
        Store<Void> store = new Store<>(ENGINE, null);
        assertEquals(
                Val.u32(81),
                linker.instantiate(store, USES_MODULE).getFunc("square").call(store, Val.u32(9)));
    }

    @Test
    void aModuleMissingAnExportDoesNotLink() {
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.root().module("math", Wat.parseModule("(module (func (export \"cube\")))"));
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(USES_MODULE));
        assertEquals(
                "import `math` has the wrong type: the module has no export `square`",
                e.getMessage());
    }

    @Test
    void aModuleWithTheWrongSignatureOrExtraImportsDoesNotLink() {
        Linker<Void> linker = new Linker<>(ENGINE);
        linker.root()
                .module(
                        "math",
                        Wat.parseModule(
                                "(module (func (export \"square\") (param i64) (result i64)"
                                        + " local.get 0))"));
        var e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(USES_MODULE));
        assertTrue(e.getMessage().contains("export `square` is"), e.getMessage());

        linker.allowShadowing(true);
        linker.root()
                .module(
                        "math",
                        Wat.parseModule(
                                """
                                (module
                                  (import "env" "f" (func))
                                  (func (export "square") (param i32) (result i32) local.get 0))
                                """));
        var i = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(USES_MODULE));
        assertTrue(i.getMessage().contains("imports `env` `f`"), i.getMessage());
    }

    @Test
    void badModuleBytesAreRejectedWhenDefined() {
        Linker<Void> linker = new Linker<>(ENGINE);
        assertThrows(
                MalformedComponentException.class,
                () -> linker.root().module("math", new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 99}));
        byte[] illTyped = Wat.parseModule("(module (func (result i32) i32.add))");
        var e =
                assertThrows(
                        InvalidComponentException.class,
                        () -> linker.root().module("math", illTyped));
        assertTrue(e.getMessage().contains("type mismatch"), e.getMessage());
        byte[] component = dev.dovetail.format.text.ComponentWat.toBytes("(component)");
        assertThrows(
                InvalidComponentException.class, () -> linker.root().module("math", component));
    }
}
