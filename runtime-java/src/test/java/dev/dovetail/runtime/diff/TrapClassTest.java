package dev.dovetail.runtime.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrapClassTest {
    private static void sameClass(String expected, String dovetail, String wasmtime) {
        assertEquals(expected, TrapClass.of(dovetail), dovetail);
        assertEquals(expected, TrapClass.of(wasmtime), wasmtime);
    }

    @Test
    void bothRuntimesWordingsMapToOneCause() {
        sameClass(
                "invalid discriminant",
                "invalid variant discriminant",
                "discriminant 86 out of range [0..2)");
        sameClass(
                "invalid char",
                "invalid `char` bit pattern",
                "converted integer out of range for `char`");
        sameClass(
                "invalid UTF-16",
                "invalid utf-16: unpaired surrogate 0xDD01 at code unit index 3",
                "unpaired surrogate found: dd01");
        sameClass("unaligned", "unaligned pointer", "list pointer is not aligned");
        sameClass(
                "realloc unaligned",
                "realloc return: result not aligned (unaligned pointer)",
                "realloc return: result not aligned");
        sameClass(
                "list out of bounds",
                "list pointer/length out of bounds of memory",
                "list pointer/length out of bounds of memory");
        sameClass(
                "out of bounds",
                "pointer out of bounds of memory",
                "pointer out of bounds of memory");
        sameClass("invalid handle", "unknown handle index 0", "unknown handle index 1");
    }

    @Test
    void wasmtimeBacktracesAreNotClassified() {
        String m =
                "error while executing at wasm backtrace:\n"
                        + "    0:    0x14e - <unknown>!list_string_char\n\n"
                        + "Caused by:\n    unknown handle index 1\n";
        assertEquals("invalid handle", TrapClass.of(m));
        assertEquals("unknown handle index 1", TrapClass.cause(m));
    }

    @Test
    void theMaximumLengthIsItsOwnCause() {
        assertEquals(
                "string too long",
                TrapClass.of(
                        "string content out-of-bounds: byte length 269459831 exceeds the maximum"
                                + " string byte length 268435455"));
        assertEquals(
                "list too long",
                TrapClass.of(
                        "list pointer/length out of bounds of memory (byte length exceeds 2^28 -"
                                + " 1)"));
    }
}
