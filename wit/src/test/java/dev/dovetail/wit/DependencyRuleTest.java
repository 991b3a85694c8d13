package dev.dovetail.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code dovetail-format} is an optional dependency: only the component package and the decoder of
 * encoded packages may use it, so that parsing, resolving and printing WIT work without it. No file
 * may use an engine.
 */
class DependencyRuleTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/dovetail/wit");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter((p) -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void onlyTheComponentBridgeUsesTheFormatModule() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.size() > 20, "sources found: " + sources.size());
        for (Path source : sources) {
            String text = Files.readString(source);
            boolean bridge =
                    source.startsWith(SOURCES.resolve("component"))
                            || source.getFileName().toString().equals("EncodedPackages.java");
            if (!bridge) {
                assertEquals(
                        -1,
                        text.indexOf("dev.dovetail.format"),
                        source + " uses the format module");
            }
            assertEquals(-1, text.indexOf("com.dylibso"), source + " uses Chicory");
            assertEquals(-1, text.indexOf("dev.dovetail.runtime"), source + " uses the runtime");
        }
    }
}
