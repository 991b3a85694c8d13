package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportIndexTest {
    private static final Engine ENGINE = Engine.builder().interpreter().build();

    private static final String NESTED =
            """
            (component
              (core module $M
                (func (export "one") (result i32) (i32.const 1))
                (func (export "two") (result i32) (i32.const 2)))
              (core instance $m (instantiate $M))
              (func $one (result u32) (canon lift (core func $m "one")))
              (func $two (result u32) (canon lift (core func $m "two")))
              (instance $api (export "one" (func $one)) (export "two" (func $two)))
              (export "my:pkg/api" (instance $api))
              (export "top" (func $two)))
            """;

    @Test
    void indicesResolveOnceAndWorkInEveryInstance() {
        Component c = Component.fromWat(ENGINE, NESTED);
        ExportIndex api = c.exportIndex("my:pkg/api");
        ExportIndex two = c.exportIndex(api, "two");
        ExportIndex top = c.exportIndex("top");
        assertEquals(List.of("my:pkg/api", "two"), two.path());
        Linker<Void> linker = new Linker<>(ENGINE);
        for (int i = 0; i < 2; i++) {
            Store<Void> store = new Store<>(ENGINE, null);
            Instance instance = linker.instantiate(store, c);
            assertEquals(Val.u32(2), instance.getFunc(two).call(store));
            assertEquals(Val.u32(1), instance.getFunc(c.exportIndex(api, "one")).call(store));
            assertEquals(Val.u32(2), instance.getFunc(top).call(store));
            assertEquals("my:pkg/api#two", instance.getFunc(two).name());
        }
    }

    @Test
    void misuseIsReported() {
        Component c = Component.fromWat(ENGINE, NESTED);
        Component other = Component.fromWat(ENGINE, NESTED);
        var missing = assertThrows(IllegalArgumentException.class, () -> c.exportIndex("nope"));
        assertTrue(missing.getMessage().contains("[my:pkg/api, top]"), missing.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> c.exportIndex(c.exportIndex("top"), "x"));
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        assertThrows(
                IllegalArgumentException.class, () -> instance.getFunc(other.exportIndex("top")));
        assertThrows(
                IllegalArgumentException.class,
                () -> instance.getFunc(c.exportIndex("my:pkg/api")));
    }
}
