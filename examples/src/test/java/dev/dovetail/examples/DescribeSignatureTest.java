package dev.dovetail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DescribeSignatureTest {
    @Test
    void printsTheSignatureAndArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            DescribeSignature.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals(
                "draw: func(shape: variant { circle(f64), at(record { x: f64, y: f64 }), none },"
                        + " tags: list<string>) -> result<u32, string>\n"
                        + "arguments: [circle(2.5), [\"red\"]]\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
