package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.model.ComponentModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the binary forms of the Component Model reference tests ({@code ../shared/conformance}, or
 * the directory named by the {@code dovetail.conformance} system property) through the decoder and
 * encoder. Skipped when the tests are not there.
 */
class ConformanceTest {
    /** One binary form of a script, with where it came from. */
    record Case(String where, String directive, byte[] bytes, String message) {}

    private static final List<Case> cases = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Path dir = conformanceDir();
        Assumptions.assumeTrue(dir != null, "reference tests not found; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        for (Path f : files) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            for (WastScript.Node n : WastScript.parse(src)) {
                collect(dir.relativize(f) + ":" + n.line, n);
            }
        }
    }

    private static Path conformanceDir() {
        String prop = System.getProperty("dovetail.conformance");
        if (prop != null) {
            return Files.isDirectory(Path.of(prop)) ? Path.of(prop) : null;
        }
        // the project root is the working directory or (under surefire) its parent
        for (String c : new String[] {"../shared/conformance", "../../shared/conformance"}) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private static void collect(String where, WastScript.Node n) {
        byte[] top = WastScript.binaryComponent(n);
        if (top != null) {
            cases.add(new Case(where, "module", top, null));
            return;
        }
        String head = n.head();
        if ((head.equals("assert_malformed") || head.equals("assert_invalid"))
                && n.children.size() == 3) {
            byte[] b = WastScript.binaryComponent(n.children.get(1));
            byte[] msg = n.children.get(2).string;
            if (b != null && msg != null) {
                cases.add(new Case(where, head, b, new String(msg, StandardCharsets.UTF_8)));
            }
        }
    }

    private static List<Case> of(String directive) {
        return cases.stream().filter(c -> c.directive.equals(directive)).toList();
    }

    @Test
    void binaryComponentsDecodeAndRoundTrip() {
        List<Case> valid = of("module");
        assertTrue(valid.size() >= 30, "expected the reference binaries, found " + valid.size());
        List<String> failures = new ArrayList<>();
        for (Case c : valid) {
            try {
                ComponentModel m = ComponentDecoder.decode(c.bytes);
                byte[] again = ComponentEncoder.encode(m);
                ComponentModel m2 = ComponentDecoder.decode(again);
                if (!m.equals(m2)) {
                    failures.add(c.where + ": round trip changed the model");
                } else if (!java.util.Arrays.equals(again, ComponentEncoder.encode(m2))) {
                    failures.add(c.where + ": encoding is not stable");
                }
            } catch (RuntimeException e) {
                failures.add(c.where + ": " + e);
            }
        }
        System.out.printf(
                "conformance: %d binary components, %d decoded and round-tripped%n",
                valid.size(), valid.size() - failures.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void malformedBinariesAreRejectedWithTheExpectedMessage() {
        List<Case> malformed = of("assert_malformed");
        assertTrue(malformed.size() >= 30, "found only " + malformed.size());
        List<String> failures = new ArrayList<>();
        for (Case c : malformed) {
            try {
                ComponentDecoder.decode(c.bytes);
                failures.add(c.where + ": decoded, expected \"" + c.message + "\"");
            } catch (MalformedComponentException e) {
                if (!e.getMessage().contains(c.message)) {
                    failures.add(
                            c.where + ": \"" + e.getMessage() + "\" lacks \"" + c.message + "\"");
                }
            } catch (RuntimeException e) {
                failures.add(c.where + ": " + e);
            }
        }
        System.out.printf(
                "conformance: %d assert_malformed binaries, %d matched%n",
                malformed.size(), malformed.size() - failures.size());
        assertEquals(List.of(), failures);
    }

    /**
     * {@code assert_invalid} binaries are well formed unless Binary.md's grammar already excludes
     * them; either they decode (the validator will reject them) or the decoder rejects them with
     * the expected message.
     */
    @Test
    void invalidBinariesDecodeOrFailWithTheExpectedMessage() {
        List<Case> invalid = of("assert_invalid");
        assertTrue(invalid.size() >= 10, "found only " + invalid.size());
        int decoded = 0;
        int rejected = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : invalid) {
            try {
                ComponentModel m = ComponentDecoder.decode(c.bytes, CoreModuleCheck.NONE);
                assertEquals(m, ComponentDecoder.decode(ComponentEncoder.encode(m)), c.where);
                decoded++;
            } catch (DovetailException e) {
                if (e.getMessage().contains(c.message)) {
                    rejected++;
                } else {
                    failures.add(
                            c.where + ": \"" + e.getMessage() + "\" lacks \"" + c.message + "\"");
                }
            }
        }
        System.out.printf(
                "conformance: %d assert_invalid binaries: %d decoded (left to the validator), %d"
                        + " rejected by the decoder%n",
                invalid.size(), decoded, rejected);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }
}
