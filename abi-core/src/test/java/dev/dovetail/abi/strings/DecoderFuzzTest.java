package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The strict decoders against the JDK's reporting decoders (which follow the Unicode definition of
 * well-formed UTF-8 and UTF-16) as oracle: same verdict, same decoded text, and the same index of
 * the first bad sequence.
 */
class DecoderFuzzTest {
    /** Bytes that matter to UTF-8: boundaries of every lead and continuation range. */
    private static final int[] INTERESTING = {
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
        0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
    };

    /** The oracle: null when valid, else the index of the first malformed sequence. */
    static Integer jdkUtf8ErrorIndex(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() ? in.position() : null;
    }

    static String liftUtf8(byte[] bytes) {
        ByteArrayMemory memory = new ByteArrayMemory(bytes.length + 8);
        memory.write(8, bytes, 0, bytes.length);
        return StringCodec.load(
                new LiftLowerContext(memory, null, StringEncoding.UTF8, Handles.NONE),
                8,
                bytes.length);
    }

    static void check(byte[] bytes) {
        Integer expected = jdkUtf8ErrorIndex(bytes);
        try {
            String s = liftUtf8(bytes);
            if (expected != null) {
                fail("accepted " + hex(bytes) + " that is malformed at " + expected);
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), s);
        } catch (Trap trap) {
            if (expected == null) {
                fail("rejected valid " + hex(bytes) + ": " + trap.getMessage());
            }
            String message = trap.getMessage();
            assertTrue(
                    message.endsWith(" from index " + expected),
                    () -> hex(bytes) + ": " + message + ", expected index " + expected);
        }
    }

    @Test
    void everySequenceOfOneAndTwoBytes() {
        int checked = 0;
        for (int a = 0; a < 256; a++) {
            check(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                check(new byte[] {(byte) a, (byte) b});
                checked++;
            }
        }
        assertEquals(65536, checked);
    }

    @Test
    void everyThreeByteSequenceFromALeadByteOfThreeOrFour() {
        for (int a = 0xE0; a < 0x100; a++) {
            for (int b = 0x70; b < 0xD0; b++) {
                for (int c = 0x70; c < 0xD0; c += 5) {
                    check(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    @Test
    void randomSequencesOfInterestingBytes() {
        Random random = new Random(0xF022_0001L);
        for (int iteration = 0; iteration < 30_000; iteration++) {
            int length = random.nextInt(24);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] =
                        (byte)
                                (random.nextInt(3) == 0
                                        ? random.nextInt(256)
                                        : INTERESTING[random.nextInt(INTERESTING.length)]);
            }
            check(bytes);
        }
    }

    @Test
    void randomValidTextWithOneCorruptedByte() {
        Random random = new Random(0xF022_0002L);
        for (int iteration = 0; iteration < 8_000; iteration++) {
            byte[] bytes =
                    StringCodecPropertyTest.randomString(random).getBytes(StandardCharsets.UTF_8);
            check(bytes);
            if (bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                check(bytes);
                check(java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
            }
        }
    }

    @Test
    void randomUtf16CodeUnitsAgainstTheJdk() {
        Random random = new Random(0xF022_0003L);
        int rejected = 0;
        for (int iteration = 0; iteration < 20_000; iteration++) {
            int units = random.nextInt(12);
            byte[] bytes = new byte[2 * units];
            for (int i = 0; i < units; i++) {
                int unit =
                        switch (random.nextInt(4)) {
                            case 0 -> 0xD800 + random.nextInt(0x400);
                            case 1 -> 0xDC00 + random.nextInt(0x400);
                            case 2 -> random.nextInt(0x100);
                            default -> random.nextInt(0x10000);
                        };
                bytes[2 * i] = (byte) unit;
                bytes[2 * i + 1] = (byte) (unit >>> 8);
            }
            CharsetDecoder decoder =
                    StandardCharsets.UTF_16LE
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
            String expected;
            try {
                expected = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                expected = null;
            }
            ByteArrayMemory memory = new ByteArrayMemory(bytes.length + 2);
            memory.write(2, bytes, 0, bytes.length);
            for (StringEncoding encoding :
                    new StringEncoding[] {StringEncoding.UTF16, StringEncoding.LATIN1_UTF16}) {
                long tagged =
                        encoding == StringEncoding.UTF16 ? units : units | StringCodec.UTF16_TAG;
                LiftLowerContext cx = new LiftLowerContext(memory, null, encoding, Handles.NONE);
                try {
                    String actual = StringCodec.load(cx, 2, tagged);
                    assertEquals(expected, actual, () -> hex(bytes));
                } catch (Trap trap) {
                    if (expected != null) {
                        fail("rejected valid UTF-16 " + hex(bytes) + ": " + trap.getMessage());
                    }
                    assertTrue(trap.getMessage().startsWith(StringCodec.MSG_INVALID_UTF16));
                    rejected++;
                }
            }
        }
        assertTrue(rejected > 5_000, "rejected " + rejected);
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
