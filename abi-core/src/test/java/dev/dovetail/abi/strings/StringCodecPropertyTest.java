package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeded random strings: round trips, and agreement with {@link ReferenceModel}. */
class StringCodecPropertyTest {
    private static final int MEMORY = 4096;

    /**
     * A random well-formed string. Each string has a widest class (ASCII, Latin-1, BMP, astral) and
     * mixes characters up to it, so every transcoding path (all-ASCII, Latin-1 only, wide after a
     * prefix, wide at the start) is common.
     */
    static String randomString(Random random) {
        int widest = random.nextInt(4);
        int length = random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(40);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(widest + 1);
            switch (kind) {
                case 0 -> sb.append((char) random.nextInt(0x80));
                case 1 -> sb.append((char) (0x80 + random.nextInt(0x80)));
                case 2 -> {
                    int c = 0x100 + random.nextInt(0x10000 - 0x100 - 0x800);
                    sb.append((char) (c >= 0xD800 ? c + 0x800 : c)); // skip surrogates
                }
                default -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return sb.toString();
    }

    static LiftLowerContext context(RecordingRealloc realloc, StringEncoding encoding) {
        return new LiftLowerContext(realloc.memory, realloc, encoding, Handles.NONE);
    }

    /** The sources a string can be lifted as: utf8, utf16 and latin1+utf16 (Latin-1 and UTF-16). */
    static List<Object[]> sources(String s) {
        List<Object[]> sources = new ArrayList<>();
        sources.add(
                new Object[] {
                    StringEncoding.UTF8, (long) s.getBytes(StandardCharsets.UTF_8).length
                });
        sources.add(new Object[] {StringEncoding.UTF16, (long) s.length()});
        if (s.chars().allMatch(c -> c < 0x100)) {
            sources.add(new Object[] {StringEncoding.LATIN1_UTF16, (long) s.length()});
        }
        sources.add(new Object[] {StringEncoding.LATIN1_UTF16, s.length() | StringCodec.UTF16_TAG});
        return sources;
    }

    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void hostStringsRoundTrip(StringEncoding encoding) {
        Random random = new Random(0x5EED_0001L + encoding.ordinal());
        for (int iteration = 0; iteration < 2000; iteration++) {
            String s = randomString(random);
            RecordingRealloc realloc = RecordingRealloc.over(MEMORY, 0, 1 + random.nextInt(8));
            LiftLowerContext cx = context(realloc, encoding);
            long packed = StringCodec.store(cx, s);
            String back =
                    StringCodec.load(
                            cx, StringCodec.ptr(packed), StringCodec.taggedCodeUnits(packed));
            assertEquals(s, back, () -> "round trip of " + escape(s) + " through " + encoding);
        }
    }

    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void lowerThenLiftPreservesTheStringAcrossEverySource(StringEncoding dst) {
        Random random = new Random(0x5EED_0002L + dst.ordinal());
        for (int iteration = 0; iteration < 1000; iteration++) {
            String s = randomString(random);
            for (Object[] source : sources(s)) {
                RecordingRealloc realloc = RecordingRealloc.over(MEMORY, 0, 1 + random.nextInt(8));
                LiftLowerContext cx = context(realloc, dst);
                long packed =
                        StringCodec.store(cx, s, (StringEncoding) source[0], (Long) source[1]);
                assertEquals(
                        s,
                        StringCodec.load(
                                cx, StringCodec.ptr(packed), StringCodec.taggedCodeUnits(packed)));
            }
        }
    }

    /**
     * For every source and destination, with a well-behaved allocator and with one that never
     * copies, always moves and fills fresh space with garbage, {@link StringCodec} makes the same
     * realloc calls, returns the same result and leaves the same bytes in memory as the naive
     * model.
     */
    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void agreesWithTheReferenceModel(StringEncoding dst) {
        Random random = new Random(0x5EED_0003L + dst.ordinal());
        int compared = 0;
        for (int iteration = 0; iteration < 1000; iteration++) {
            String s = randomString(random);
            long start = 1 + random.nextInt(8);
            boolean misbehave = random.nextBoolean();
            for (Object[] source : sources(s)) {
                StringEncoding srcEncoding = (StringEncoding) source[0];
                long srcTagged = (Long) source[1];

                RecordingRealloc actual = RecordingRealloc.over(MEMORY, 0xCC, start);
                RecordingRealloc expected = RecordingRealloc.over(MEMORY, 0xCC, start);
                if (misbehave) {
                    actual.misbehaving();
                    expected.misbehaving();
                }
                long packed = StringCodec.store(context(actual, dst), s, srcEncoding, srcTagged);
                long[] model =
                        new ReferenceModel(expected.memory, expected, dst)
                                .store(s, srcEncoding, srcTagged);

                String what = escape(s) + " from " + srcEncoding + "(" + srcTagged + ") to " + dst;
                assertEquals(expected.log, actual.log, () -> "realloc calls for " + what);
                assertEquals(model[0], StringCodec.ptr(packed), () -> "ptr for " + what);
                assertEquals(
                        model[1], StringCodec.taggedCodeUnits(packed), () -> "length for " + what);
                assertArrayEquals(
                        expected.memory.read(0, MEMORY),
                        actual.memory.read(0, MEMORY),
                        () -> "memory for " + what);
                compared++;
            }
        }
        assertTrue(compared > 3000, "compared " + compared);
    }

    /** Lifting bytes written by an independent encoder gives the string back, in every encoding. */
    @Test
    void liftingIndependentlyEncodedBytes() {
        Random random = new Random(0x5EED_0004L);
        for (int iteration = 0; iteration < 3000; iteration++) {
            String s = randomString(random);
            int[] cps = s.codePoints().toArray();
            boolean latin1 = s.chars().allMatch(c -> c < 0x100);
            byte[] utf8 = ReferenceModel.encode(cps, "utf8");
            byte[] utf16 = ReferenceModel.encode(cps, "utf16");
            long ptr = 2 * (1 + random.nextInt(100));
            assertEquals(s, liftAt(StringEncoding.UTF8, utf8, ptr + 1, utf8.length));
            assertEquals(s, liftAt(StringEncoding.UTF16, utf16, ptr, utf16.length / 2));
            assertEquals(
                    s,
                    liftAt(
                            StringEncoding.LATIN1_UTF16,
                            utf16,
                            ptr,
                            utf16.length / 2 | StringCodec.UTF16_TAG));
            if (latin1) {
                byte[] bytes = ReferenceModel.encode(cps, "latin1");
                assertEquals(s, liftAt(StringEncoding.LATIN1_UTF16, bytes, ptr, bytes.length));
            }
        }
    }

    static String liftAt(StringEncoding encoding, byte[] bytes, long ptr, long tagged) {
        ByteArrayMemory memory = new ByteArrayMemory(MEMORY);
        memory.write(ptr, bytes, 0, bytes.length);
        return StringCodec.load(
                new LiftLowerContext(memory, null, encoding, Handles.NONE), ptr, tagged);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars()
                .forEach(
                        c -> {
                            if (c >= 0x20 && c < 0x7F) {
                                sb.append((char) c);
                            } else {
                                sb.append(String.format("\\u%04x", c));
                            }
                        });
        return sb.append('"').toString();
    }
}
