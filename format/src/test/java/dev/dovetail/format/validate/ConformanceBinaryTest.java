package dev.dovetail.format.validate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.model.ComponentModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the validator over the {@code (component binary ...)} forms of the reference tests (the only
 * components usable before the text format exists): top-level ones must validate, those in {@code
 * assert_invalid} must be rejected with the expected wording. Skipped when {@code
 * ../shared/conformance} is absent.
 */
class ConformanceBinaryTest {
    private static final Path ROOT = Path.of("../../shared/conformance");

    @TestFactory
    Stream<DynamicTest> binaryComponents() throws IOException {
        Path root = Files.isDirectory(ROOT) ? ROOT : Path.of("../shared/conformance");
        Assumptions.assumeTrue(Files.isDirectory(root), "conformance suite not present");
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        for (Path f : files) {
            String src = Files.readString(f);
            int line = 1;
            int i = 0;
            for (String form : topLevel(src)) {
                i++;
                String where = root.relativize(f) + " form " + i;
                if (form.startsWith("(component") && isBinary(form)) {
                    byte[] bytes = strings(form);
                    tests.add(
                            DynamicTest.dynamicTest(
                                    where + " validates",
                                    () -> {
                                        ComponentModel m = ComponentDecoder.decode(bytes);
                                        Validator.validate(m);
                                    }));
                } else if (form.startsWith("(assert_invalid")) {
                    String inner = form.substring("(assert_invalid".length()).strip();
                    List<String> parts = topLevel(inner);
                    if (parts.isEmpty() || !isBinary(parts.get(0))) {
                        continue;
                    }
                    byte[] bytes = strings(parts.get(0));
                    String rest =
                            inner.substring(inner.indexOf(parts.get(0)) + parts.get(0).length());
                    String expected = new String(strings(rest), StandardCharsets.UTF_8);
                    tests.add(
                            DynamicTest.dynamicTest(
                                    where + " is invalid: " + expected,
                                    () -> {
                                        ComponentModel m;
                                        try {
                                            m = ComponentDecoder.decode(bytes);
                                        } catch (MalformedComponentException
                                                | InvalidComponentException e) {
                                            // some rules are enforced while decoding
                                            assertTrue(
                                                    e.getMessage().contains(expected),
                                                    e.getMessage());
                                            return;
                                        }
                                        InvalidComponentException e =
                                                assertThrows(
                                                        InvalidComponentException.class,
                                                        () -> Validator.validate(m));
                                        assertTrue(
                                                e.getMessage().contains(expected),
                                                () ->
                                                        "expected `"
                                                                + expected
                                                                + "` in: "
                                                                + e.getMessage());
                                    }));
                }
            }
        }
        return tests.stream();
    }

    private static boolean isBinary(String form) {
        List<String> words = new ArrayList<>();
        for (String w : form.substring(1).split("[\\s()]+", 6)) {
            words.add(w);
        }
        return words.contains("binary") && words.indexOf("binary") <= 3;
    }

    /** Top-level s-expressions of {@code src}, skipping comments. */
    static List<String> topLevel(String src) {
        List<String> out = new ArrayList<>();
        int n = src.length();
        int i = 0;
        while (i < n) {
            if (src.startsWith(";;", i)) {
                int nl = src.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (src.startsWith("(;", i)) {
                i = src.indexOf(";)", i) + 2;
            } else if (src.charAt(i) == '(') {
                int depth = 0;
                int j = i;
                boolean str = false;
                for (; j < n; j++) {
                    char c = src.charAt(j);
                    if (str) {
                        if (c == '\\') {
                            j++;
                        } else if (c == '"') {
                            str = false;
                        }
                    } else if (src.startsWith(";;", j)) {
                        j = src.indexOf('\n', j);
                    } else if (c == '"') {
                        str = true;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                out.add(src.substring(i, j + 1));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The concatenated, unescaped bytes of the string literals in {@code form} (comments skipped).
     */
    static byte[] strings(String form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = form.length();
        for (int i = 0; i < n; i++) {
            char c = form.charAt(i);
            if (form.startsWith(";;", i)) {
                int nl = form.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                continue;
            }
            if (c != '"') {
                continue;
            }
            for (i++; i < n && form.charAt(i) != '"'; i++) {
                char d = form.charAt(i);
                if (d != '\\') {
                    out.writeBytes(String.valueOf(d).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                char e = form.charAt(++i);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case '"', '\'', '\\' -> out.write(e);
                    case 'u' -> {
                        int close = form.indexOf('}', i);
                        int cp = Integer.parseInt(form.substring(i + 2, close), 16);
                        out.writeBytes(
                                new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        i = close;
                    }
                    default -> {
                        out.write(Integer.parseInt(form.substring(i, i + 2), 16));
                        i++;
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
