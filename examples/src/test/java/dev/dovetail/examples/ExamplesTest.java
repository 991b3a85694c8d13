package dev.dovetail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example runs, and prints what it should. */
class ExamplesTest {
    private static List<String> lines(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void helloWorldGreetsAndTheHostSeesTheLogs() {
        List<String> out = lines(HelloWorld::run);
        assertEquals("greet: func(name: string) -> string", out.get(0));
        assertEquals("greet(\"world\") = \"Hello, world!\"", out.get(1));
        assertEquals("greet(\"世界\") = \"Hello, 世界!\"", out.get(3));
        assertEquals("the guest logged: [greeting world, greeting Jörð, greeting 世界]", out.get(4));
    }

    @Test
    void recordsAndVariantsCrossTheBoundary() {
        List<String> out = lines(RecordsAndVariants::run);
        assertTrue(
                out.contains("circle(1.0): area 3.141592653589793, bounds {w: 2.0, h: 2.0}"),
                out.toString());
        assertTrue(
                out.contains("rect({w: 3.0, h: 4.0}): area 12.0, bounds {w: 3.0, h: 4.0}"),
                out.toString());
        assertTrue(out.contains("empty: area 0.0, bounds {w: 0.0, h: 0.0}"), out.toString());
    }

    @Test
    void resourcesOfBothSidesWork() {
        List<String> out = lines(Resources::run);
        assertEquals(
                List.of(
                        "made own<counter>#4",
                        "increment -> 42",
                        "sink 7 received [42]",
                        "guest destructor ran 1 time(s)",
                        "host: sink 7 dropped"),
                out);
    }

    @Test
    void dynamicInvocationCallsEveryExport() {
        Component shapes = Examples.component(Engine.create(), "shapes.wat");
        List<String> out = lines(o -> DynamicInvoke.run(shapes, o));
        assertEquals(
                List.of(
                        "area[circle(2.5)] = 19.634954084936208",
                        "bounds[circle(2.5)] = {w: 5.0, h: 5.0}"),
                out);
    }

    @Test
    void dynamicInvocationReportsTrapsOfUnknownImports() {
        Component greeter = Examples.component(Engine.create(), "hello.wat");
        List<String> out = lines(o -> DynamicInvoke.run(greeter, o));
        assertEquals(1, out.size());
        assertTrue(out.get(0).startsWith("greet[\"sample\"] failed: "), out.get(0));
        assertTrue(out.get(0).contains("`log`"), out.get(0));
    }
}
