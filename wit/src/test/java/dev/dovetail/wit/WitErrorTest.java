package dev.dovetail.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Invalid WIT fails with file, line, column, the source line and a caret. */
class WitErrorTest {

    private static WitException failure(String text) {
        return assertThrows(WitException.class, () -> Wit.parse("bad.wit", text));
    }

    @Test
    void syntaxErrorsAreLocatedWithACaret() {
        WitException error = failure("package a:b;\n\ninterface i {\n  f: func() -> ;\n}\n");
        assertEquals("bad.wit", error.file());
        assertEquals(4, error.line());
        assertEquals(16, error.column());
        assertEquals("expected a type, found ';'", error.reason());
        assertTrue(error.getMessage().contains("--> bad.wit:4:16"), error.getMessage());
        assertTrue(error.getMessage().contains("4 |   f: func() -> ;"), error.getMessage());
        assertTrue(error.getMessage().endsWith("  |                ^"), error.getMessage());
    }

    @Test
    void unknownNamesAreLocated() {
        WitException error = failure("package a:b;\ninterface i {\n  type t = missing;\n}\n");
        assertEquals("type `missing` does not exist", error.reason());
        assertEquals(3, error.line());
        assertEquals(12, error.column());
    }

    @Test
    void semanticErrors() {
        assertEquals(
                "type `t` depends on itself",
                failure("package a:b;\ninterface i { type t = list<t>; }").reason());
        assertEquals(
                "interface or world `i` depends on itself",
                failure("package a:b;\ninterface i { use i.{t}; type t = u8; }").reason());
        assertEquals(
                "type `t` used in a handle must be a resource",
                failure("package a:b;\ninterface i { type t = u8; type h = own<t>; }").reason());
        assertEquals(
                "function `f` returns a type which contains a `borrow<T>` which is not supported",
                failure("package a:b;\ninterface i { resource r; f: func() -> borrow<r>; }")
                        .reason());
        assertEquals("empty enum", failure("package a:b;\ninterface i { enum e {} }").reason());
        assertEquals(
                "invalid character in identifier 'B' (U+0042)",
                failure("package a:b;\ninterface aB {}").reason());
        assertEquals(
                "no `package` header was found in any WIT file for this package",
                failure("interface i {}").reason());
        assertTrue(
                failure("package a:b;\nworld w { import c:d/e; }")
                        .reason()
                        .startsWith("package 'c:d' not found"));
    }

    @Test
    void forbiddenCodepointsAreRejected() {
        assertTrue(failure("package a:b;\n// \u202e\n").reason().contains("bidirectional"));
        assertTrue(failure("package a:b;\u0007").reason().contains("control"));
    }

    @Test
    void everyPrefixOfAValidFileParsesOrFailsWithALocatedError() {
        String source =
                "package a:b@1.0.0;\n"
                        + "interface i { use j.{t as u}; resource r { constructor(x: u);"
                        + " m: async func() -> result<r, string>; }\n"
                        + "  @since(version = 1.0.0) f: func(a: list<option<tuple<u, u8>>, 3>);"
                        + " variant v { a(u), b } }\n"
                        + "interface j { type t = map<string, future<stream<u8>>>; }\n"
                        + "world w { include x with { y as z } export i; import q: interface {"
                        + " g: func(); } }\n"
                        + "world x { import y: func(); }\n";
        for (int end = 0; end <= source.length(); end++) {
            String prefix = source.substring(0, end);
            try {
                Wit.parse("prefix.wit", prefix);
            } catch (WitException expected) {
                assertTrue(expected.line() >= 1, prefix);
            }
        }
    }
}
