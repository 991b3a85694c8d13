package dev.dovetail.examples;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the example components shipped as WAT resources next to the examples. */
final class Examples {
    private Examples() {}

    static String wat(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("example component " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Component component(Engine engine, String name) {
        return Component.fromWat(engine, wat(name));
    }
}
