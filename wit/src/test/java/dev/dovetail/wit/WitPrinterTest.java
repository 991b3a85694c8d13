package dev.dovetail.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.print.WitPrinter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Printing a resolved package and parsing the text again gives an equal model. */
class WitPrinterTest {
    private static final String SOURCE =
            """
            package demo:all@1.0.0;

            /// Shared types.
            @since(version = 1.0.0)
            interface types {
              type id = u64;
              record point { x: f64, y: f64 }
              variant shape { circle(f64), dot }
              enum color { red, %type }
              flags perms { read, write }
              resource blob {
                constructor(init: list<u8>);
                size: func() -> u64;
                merge: static func(a: borrow<blob>, b: blob) -> blob;
                wait: async func() -> future<result<_, error-context>>;
              }
              type handle = own<blob>;
              type many = tuple<id, option<point>, map<string, list<u8, 2>>, stream>;
              @unstable(feature = extra)
              extra: func();
            }

            interface api {
              use types.{point, blob as data};
              draw: func(at: point, other: borrow<data>) -> result<data, string>;
            }

            world app {
              import log: func(message: string);
              import clock: interface { now: func() -> u64; }
              export api;
            }

            world bigger {
              include app with { log as trace }
            }
            """;

    @Test
    void printParsePrintIsStable() {
        Resolve first = Wit.parse("all.wit", SOURCE, Set.of("extra"));
        String printed = WitPrinter.printAll(first);
        Resolve second = Wit.parse("printed.wit", printed, Set.of("extra"));
        assertEquals(printed, WitPrinter.printAll(second));
        assertEquals(first, second, printed);
        assertTrue(printed.contains("%type"), printed);
        assertTrue(printed.contains("@unstable(feature = extra)"), printed);
        assertTrue(printed.contains("import trace: func(message: string);"), printed);
    }
}
