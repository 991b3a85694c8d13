package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trap messages at the sites where the reference tests (and wasmtime) word them, in the reference's
 * check order: alignment before bounds.
 */
class TrapWordingTest {
    private static final Engine ENGINE = Engine.builder().build();

    /**
     * A UTF-16 component: {@code give} returns the string at pointer {@code %1$d} (length 1 code
     * unit) and {@code take} receives one through a {@code realloc} that returns {@code %2$d}.
     */
    private static final String UTF16 =
            """
            (component
              (core module $M
                (memory (export "mem") 1)
                (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const %2$d))
                (func (export "give") (result i32)
                  (i32.store (i32.const 16) (i32.const %1$d))
                  (i32.store (i32.const 20) (i32.const 1))
                  (i32.const 16))
                (func (export "take") (param i32 i32)))
              (core instance $m (instantiate $M))
              (func (export "give") (result string)
                (canon lift (core func $m "give") (memory $m "mem") string-encoding=utf16))
              (func (export "take") (param "s" string)
                (canon lift (core func $m "take") (memory $m "mem")
                  (realloc (func $m "realloc")) string-encoding=utf16)))
            """;

    @ParameterizedTest(name = "string at {0}")
    @CsvSource({
        "3, unaligned pointer: string pointer not aligned to 2",
        // unaligned and out of bounds: alignment is checked first
        "65537, unaligned pointer: string pointer not aligned to 2",
        "65536, string pointer/length out of bounds of memory",
    })
    void liftingAStringChecksAlignmentThenBounds(int pointer, String message) {
        Trap t = assertThrows(Trap.class, () -> call(pointer, 8, "give"));
        assertEquals(message, t.getMessage().split(" \\(")[0]);
    }

    @ParameterizedTest(name = "realloc returns {0}")
    @CsvSource({
        "3, realloc return: result not aligned",
        "65537, realloc return: result not aligned",
        "65536, realloc return: beyond end of memory",
        "-2, realloc return: beyond end of memory",
    })
    void aReallocResultIsCheckedForAlignmentThenBounds(int pointer, String message) {
        Trap t = assertThrows(Trap.class, () -> call(8, pointer, "take", new Val.Str("hi")));
        assertEquals(message, t.getMessage());
    }

    private static Val call(int stringPointer, int reallocResult, String func, Val... args) {
        Component c = Component.fromWat(ENGINE, UTF16.formatted(stringPointer, reallocResult));
        Store<Void> store = new Store<>(ENGINE, null);
        Instance instance = new Linker<Void>(ENGINE).instantiate(store, c);
        return instance.getFunc(func).call(store, args);
    }
}
