package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every trap of lifting and lowering strings, with its message. */
class StringCodecTrapTest {
    private static final int PAGE = 65536;

    static LiftLowerContext lift(StringEncoding encoding, ByteArrayMemory memory) {
        return new LiftLowerContext(memory, null, encoding, Handles.NONE);
    }

    static void assertTrap(String expectedMessage, Runnable action) {
        Trap trap = assertThrows(Trap.class, action::run);
        assertEquals(expectedMessage, trap.getMessage());
    }

    static void assertTrapStartsWith(String prefix, Runnable action) {
        Trap trap = assertThrows(Trap.class, action::run);
        assertTrue(
                trap.getMessage().startsWith(prefix),
                () -> "expected a trap starting with '" + prefix + "', got: " + trap.getMessage());
    }

    // ---------------------------------------------------------------------------------------
    // Lifting: length limit, alignment, bounds, in that order
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} length {1}")
    @CsvSource({
        "utf8, 268435456", // 2^28
        "utf8, 4294967295",
        "utf16, 134217728", // 2^27 code units = 2^28 bytes
        "latin1+utf16, 268435456", // untagged: bytes
        "latin1+utf16, 2281701376", // tagged, 2^27 code units
        "latin1+utf16, 4294967295", // tagged, 2^31 - 1 code units
    })
    void liftTrapsAboveTheMaximumByteLength(String encoding, long tagged) {
        // Also misaligned (1) and out of bounds: the length limit comes first.
        ByteArrayMemory memory = new ByteArrayMemory(16);
        assertTrapStartsWith(
                StringCodec.MSG_TOO_LONG + ": byte length ",
                () ->
                        StringCodec.load(
                                lift(StringCodecTableTest.encoding(encoding), memory), 1, tagged));
    }

    @ParameterizedTest(name = "{0} length {1}")
    @CsvSource({
        "utf8, 268435455",
        "utf16, 134217727",
        "latin1+utf16, 268435455",
        "latin1+utf16, 2281701375",
    })
    void theMaximumByteLengthItselfIsOnlyCheckedAgainstMemory(String encoding, long tagged) {
        ByteArrayMemory memory = new ByteArrayMemory(16);
        assertTrapStartsWith(
                StringCodec.MSG_OUT_OF_BOUNDS,
                () ->
                        StringCodec.load(
                                lift(StringCodecTableTest.encoding(encoding), memory), 0, tagged));
    }

    @ParameterizedTest(name = "{0} length {1}")
    @CsvSource({
        "utf16, 0",
        "utf16, 1",
        "latin1+utf16, 0",
        "latin1+utf16, 1",
        "latin1+utf16, 2147483649",
    })
    void liftTrapsOnAnOddPointerForTwoByteEncodings(String encoding, long tagged) {
        ByteArrayMemory memory = new ByteArrayMemory(16);
        // Pointer 0xFFFF_FFFF is also out of bounds: alignment comes first.
        for (long ptr : new long[] {1, 7, 0xFFFF_FFFFL}) {
            assertTrap(
                    "unaligned pointer: string pointer not aligned to 2",
                    () ->
                            StringCodec.load(
                                    lift(StringCodecTableTest.encoding(encoding), memory),
                                    ptr,
                                    tagged));
        }
    }

    @Test
    void utf8HasNoAlignment() {
        ByteArrayMemory memory = new ByteArrayMemory(16);
        memory.write(3, new byte[] {'a', 'b'}, 0, 2);
        assertEquals("ab", StringCodec.load(lift(StringEncoding.UTF8, memory), 3, 2));
    }

    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void liftTrapsOutOfBoundsEvenWhenEmpty(StringEncoding encoding) {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        LiftLowerContext cx = lift(encoding, memory);
        // An in-bounds pointer with length 0, including the very end, is the empty string.
        assertEquals("", StringCodec.load(cx, 0, 0));
        assertEquals("", StringCodec.load(cx, 100, 0));
        assertEquals("", StringCodec.load(cx, PAGE, 0));
        // strings.wast: 0xdeadbeef with length 0 (0xdeadbeee for the 2-aligned encodings).
        long far = encoding == StringEncoding.UTF8 ? 0xDEAD_BEEFL : 0xDEAD_BEEEL;
        assertTrap(
                StringCodec.MSG_OUT_OF_BOUNDS
                        + " (string content out-of-bounds: pointer "
                        + far
                        + ", byte length 0, memory size 65536)",
                () -> StringCodec.load(cx, far, 0));
        assertTrapStartsWith(
                StringCodec.MSG_OUT_OF_BOUNDS, () -> StringCodec.load(cx, PAGE + 2, 0));
    }

    @Test
    void liftAtTheEndOfMemory() {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        memory.write(PAGE - 2, new byte[] {'o', 'k'}, 0, 2);
        assertEquals("ok", StringCodec.load(lift(StringEncoding.UTF8, memory), PAGE - 2, 2));
        assertTrap(
                StringCodec.MSG_OUT_OF_BOUNDS
                        + " (string content out-of-bounds: pointer 65535, byte length 2, memory"
                        + " size 65536)",
                () -> StringCodec.load(lift(StringEncoding.UTF8, memory), PAGE - 1, 2));
        // One UTF-16 code unit too many at the end: 2 bytes past.
        assertEquals(
                "ok", StringCodec.load(lift(StringEncoding.LATIN1_UTF16, memory), PAGE - 2, 2));
        assertTrapStartsWith(
                StringCodec.MSG_OUT_OF_BOUNDS,
                () -> StringCodec.load(lift(StringEncoding.UTF16, memory), PAGE - 2, 2));
        assertTrapStartsWith(
                StringCodec.MSG_OUT_OF_BOUNDS,
                () ->
                        StringCodec.load(
                                lift(StringEncoding.LATIN1_UTF16, memory),
                                PAGE - 2,
                                2 | StringCodec.UTF16_TAG));
    }

    @Test
    void pointerAndLengthAreUnsignedI32sWhicheverWayTheyWereExtended() {
        ByteArrayMemory memory = new ByteArrayMemory(16);
        memory.write(4, new byte[] {0x03, 0x26}, 0, 2);
        LiftLowerContext cx = lift(StringEncoding.LATIN1_UTF16, memory);
        long zeroExtended = 0x8000_0001L;
        long signExtended = (long) (int) 0x8000_0001;
        assertEquals("\u2603", StringCodec.load(cx, 4, zeroExtended));
        assertEquals("\u2603", StringCodec.load(cx, 4, signExtended));
        assertTrapStartsWith(
                StringCodec.MSG_OUT_OF_BOUNDS,
                () -> StringCodec.load(cx, (long) (int) 0xFFFF_FFFE, 0));
    }

    @Test
    void liftWithoutMemoryTraps() {
        LiftLowerContext cx = new LiftLowerContext(null, null, StringEncoding.UTF8, Handles.NONE);
        assertTrap("canonical option `memory` is required", () -> StringCodec.load(cx, 0, 0));
    }

    // ---------------------------------------------------------------------------------------
    // Lifting: content validation
    // ---------------------------------------------------------------------------------------

    /** Expected messages are those of Rust's {@code str::from_utf8}, which wasmtime reports. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ff|invalid utf-8 sequence of 1 bytes from index 0",
                "c3|incomplete utf-8 byte sequence from index 0",
                "80|invalid utf-8 sequence of 1 bytes from index 0",
                "bf|invalid utf-8 sequence of 1 bytes from index 0",
                // overlong forms
                "c080|invalid utf-8 sequence of 1 bytes from index 0",
                "c1bf|invalid utf-8 sequence of 1 bytes from index 0",
                "e08080|invalid utf-8 sequence of 1 bytes from index 0",
                "e09fbf|invalid utf-8 sequence of 1 bytes from index 0",
                "f0808080|invalid utf-8 sequence of 1 bytes from index 0",
                "f08fbfbf|invalid utf-8 sequence of 1 bytes from index 0",
                // surrogates U+D800 and U+DFFF encoded in UTF-8
                "eda080|invalid utf-8 sequence of 1 bytes from index 0",
                "edbfbf|invalid utf-8 sequence of 1 bytes from index 0",
                // above U+10FFFF, and 5-byte forms
                "f4908080|invalid utf-8 sequence of 1 bytes from index 0",
                "f5808080|invalid utf-8 sequence of 1 bytes from index 0",
                "f888808080|invalid utf-8 sequence of 1 bytes from index 0",
                // truncated at the end
                "e298|incomplete utf-8 byte sequence from index 0",
                "f09f8d|incomplete utf-8 byte sequence from index 0",
                "f09f|incomplete utf-8 byte sequence from index 0",
                "f0|incomplete utf-8 byte sequence from index 0",
                "e0a0|incomplete utf-8 byte sequence from index 0",
                "6162c3|incomplete utf-8 byte sequence from index 2",
                "ed9fbfc3|incomplete utf-8 byte sequence from index 3",
                // a truncated prefix that is already invalid is invalid, not incomplete
                "e080|invalid utf-8 sequence of 1 bytes from index 0",
                "61eda0|invalid utf-8 sequence of 1 bytes from index 1",
                // a sequence cut short by a non-continuation byte
                "c341|invalid utf-8 sequence of 1 bytes from index 0",
                "e24141|invalid utf-8 sequence of 1 bytes from index 0",
                "e29841|invalid utf-8 sequence of 2 bytes from index 0",
                "f09f41|invalid utf-8 sequence of 2 bytes from index 0",
                "f09f8d41|invalid utf-8 sequence of 3 bytes from index 0",
                // after a run of ASCII longer than a word
                "6869202122232425262780|invalid utf-8 sequence of 1 bytes from index 10",
                "68692021222324252627c3a9ff|invalid utf-8 sequence of 1 bytes from index 12",
            })
    void invalidUtf8Traps(String hex, String message) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        ByteArrayMemory memory = new ByteArrayMemory(64);
        memory.write(8, bytes, 0, bytes.length);
        assertTrap(
                message,
                () -> StringCodec.load(lift(StringEncoding.UTF8, memory), 8, bytes.length));
        assertTrue(
                message.startsWith(StringCodec.MSG_INVALID_UTF8)
                        || message.startsWith(StringCodec.MSG_INCOMPLETE_UTF8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "7f|\u007f",
                "c280|\u0080",
                "dfbf|\u07ff",
                "e0a080|\u0800",
                "ed9fbf|\ud7ff",
                "ee8080|\ue000",
                "efbfbf|\uffff",
                "f0908080|\ud800\udc00",
                "f48fbfbf|\udbff\udfff",
                "e29883e298baefb88fc3b6e38384|\u2603\u263a\ufe0f\u00f6\u30c4",
            })
    void utf8BoundariesDecode(String hex, String expected) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        ByteArrayMemory memory = new ByteArrayMemory(64);
        memory.write(8, bytes, 0, bytes.length);
        assertEquals(
                expected, StringCodec.load(lift(StringEncoding.UTF8, memory), 8, bytes.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "00d8|invalid utf-16: unpaired surrogate 0xD800 at code unit index 0",
                "00dc|invalid utf-16: unpaired surrogate 0xDC00 at code unit index 0",
                "ffdb6100|invalid utf-16: unpaired surrogate 0xDBFF at code unit index 0",
                "610000dc00d8|invalid utf-16: unpaired surrogate 0xDC00 at code unit index 1",
                "3cd870df00d8|invalid utf-16: unpaired surrogate 0xD800 at code unit index 2",
                "3cd83cd870df|invalid utf-16: unpaired surrogate 0xD83C at code unit index 0",
            })
    void unpairedUtf16SurrogatesTrap(String hex, String message) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        ByteArrayMemory memory = new ByteArrayMemory(64);
        memory.write(8, bytes, 0, bytes.length);
        int units = bytes.length / 2;
        assertTrap(message, () -> StringCodec.load(lift(StringEncoding.UTF16, memory), 8, units));
        assertTrap(
                message,
                () ->
                        StringCodec.load(
                                lift(StringEncoding.LATIN1_UTF16, memory),
                                8,
                                units | StringCodec.UTF16_TAG));
        // The same bytes as Latin-1 are valid: every byte is a character.
        assertEquals(
                bytes.length,
                StringCodec.load(lift(StringEncoding.LATIN1_UTF16, memory), 8, bytes.length)
                        .length());
    }

    @Test
    void everyLatin1ByteDecodesToItsCodePoint() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < 256; i++) {
            bytes[i] = (byte) i;
        }
        ByteArrayMemory memory = new ByteArrayMemory(512);
        memory.write(2, bytes, 0, 256);
        String s = StringCodec.load(lift(StringEncoding.LATIN1_UTF16, memory), 2, 256);
        for (int i = 0; i < 256; i++) {
            assertEquals(i, s.charAt(i));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Lowering: realloc results
    // ---------------------------------------------------------------------------------------

    /** A realloc that answers {@code results} in turn and logs its calls. */
    static final class Scripted implements Realloc {
        final long[] results;
        final List<String> calls = new ArrayList<>();

        Scripted(long... results) {
            this.results = results;
        }

        @Override
        public long realloc(long originalPtr, long originalSize, int alignment, long newSize) {
            calls.add(originalPtr + "," + originalSize + "," + alignment + "," + newSize);
            return results[calls.size() - 1];
        }
    }

    static LiftLowerContext lower(StringEncoding encoding, ByteArrayMemory memory, Realloc r) {
        return new LiftLowerContext(memory, r, encoding, Handles.NONE);
    }

    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void firstAllocationBeyondTheEndTrapsEvenForTheEmptyString(StringEncoding encoding) {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        // -4 is 4-aligned: bounds is what trips, as realloc.wast's HostOobRealloc.
        for (long result : new long[] {0xFFFF_FFFCL, -4L, PAGE + 2, 0xFFFF_FFFF_FFFF_FFFCL}) {
            Scripted realloc = new Scripted(result);
            assertTrap(
                    StringCodec.MSG_REALLOC_OUT_OF_BOUNDS,
                    () -> StringCodec.store(lower(encoding, memory, realloc), ""));
            assertEquals(
                    List.of("0,0," + (encoding == StringEncoding.UTF8 ? 1 : 2) + ",0"),
                    realloc.calls);
        }
        // The very end is a valid place for nothing.
        Scripted atEnd = new Scripted(PAGE);
        assertEquals((long) PAGE << 32, StringCodec.store(lower(encoding, memory, atEnd), ""));
    }

    @ParameterizedTest
    @EnumSource(StringEncoding.class)
    void firstAllocationTooSmallForTheStringTraps(StringEncoding encoding) {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        // "ab" needs 2 bytes in utf8 and latin1+utf16, 4 in utf16.
        long fits = encoding == StringEncoding.UTF16 ? PAGE - 4 : PAGE - 2;
        assertEquals(
                fits << 32 | 2,
                StringCodec.store(lower(encoding, memory, new Scripted(fits)), "ab"));
        assertTrap(
                StringCodec.MSG_REALLOC_OUT_OF_BOUNDS,
                () -> StringCodec.store(lower(encoding, memory, new Scripted(fits + 2)), "ab"));
    }

    @ParameterizedTest
    @EnumSource(
            value = StringEncoding.class,
            names = {"UTF16", "LATIN1_UTF16"})
    void misalignedAllocationTrapsBeforeTheBoundsCheck(StringEncoding encoding) {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        for (long result : new long[] {1, 0xFFFF_FFFFL, -1L}) {
            assertTrap(
                    StringCodec.MSG_REALLOC_UNALIGNED,
                    () -> StringCodec.store(lower(encoding, memory, new Scripted(result)), ""));
            assertTrap(
                    StringCodec.MSG_REALLOC_UNALIGNED,
                    () ->
                            StringCodec.store(
                                    lower(encoding, memory, new Scripted(result)), "a\u2603"));
        }
    }

    @Test
    void utf8AllocationsHaveNoAlignmentToCheck() {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        assertEquals(
                7L << 32 | 2,
                StringCodec.store(lower(StringEncoding.UTF8, memory, new Scripted(7)), "ab"));
        // -1 with alignment 1 is aligned, and beyond the end.
        assertTrap(
                StringCodec.MSG_REALLOC_OUT_OF_BOUNDS,
                () -> StringCodec.store(lower(StringEncoding.UTF8, memory, new Scripted(-1)), ""));
    }

    /**
     * Each later realloc of each path is checked too: growth (alignment and bounds), the final
     * shrink, and the alignment-1 shrink after compacting to Latin-1.
     */
    @ParameterizedTest(name = "{0} {1} from {2}({3}) realloc {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // utf16 source to utf8: allocate 2, grow to 6, shrink to 3
                "utf8|a\u00e9|utf16|2|8, 65535|realloc return: beyond end of memory",
                "utf8|a\u00e9|utf16|2|8, 16, 65534|realloc return: beyond end of memory",
                "utf8|a\u00e9|utf16|2|8, 16, 65533|",
                // latin1 source to utf8: allocate 2, grow to 4, no shrink (exact)
                "utf8|\u00e9\u00e9|latin1+utf16|2|8, 65533|realloc return: beyond end of memory",
                "utf8|\u00e9\u00e9|latin1+utf16|2|8, 65532|",
                // utf8 source to utf16: allocate 2*3, shrink to 4
                "utf16|a\u00e9|utf8|3|8, 3|realloc return: result not aligned",
                "utf16|a\u00e9|utf8|3|8, 65534|realloc return: beyond end of memory",
                "utf16|a\u00e9|utf8|3|8, 65532|",
                // utf8 source to latin1+utf16, all Latin-1: allocate 3, shrink to 2
                "latin1+utf16|a\u00e9|utf8|3|8, 9|realloc return: result not aligned",
                "latin1+utf16|a\u00e9|utf8|3|8, 65536|realloc return: beyond end of memory",
                "latin1+utf16|a\u00e9|utf8|3|8, 65534|",
                // utf8 source to latin1+utf16, wide: allocate 4, grow to 8, shrink to 4
                "latin1+utf16|a\u2603|utf8|4|8, 17|realloc return: result not aligned",
                "latin1+utf16|a\u2603|utf8|4|8, 65530|realloc return: beyond end of memory",
                "latin1+utf16|a\u2603|utf8|4|8, 16, 65534|realloc return: beyond end of memory",
                "latin1+utf16|a\u2603|utf8|4|8, 16, 65535|realloc return: result not aligned",
                "latin1+utf16|a\u2603|utf8|4|8, 16, 65532|",
                // tagged utf16 source of Latin-1 content: allocate 4, shrink to 2 with alignment 1
                "latin1+utf16|a\u00e9|latin1+utf16|2147483650|8, 65535|realloc return: beyond end of memory",
                "latin1+utf16|a\u00e9|latin1+utf16|2147483650|8, 65534|",
                // ... whose result needs no alignment, although it is a latin1+utf16 string
                "latin1+utf16|a\u00e9|latin1+utf16|2147483650|8, 65533|",
            })
    void laterReallocResultsAreChecked(
            String dst, String value, String src, long srcTagged, String results, String message) {
        long[] answers =
                java.util.Arrays.stream(results.split(","))
                        .map(String::strip)
                        .mapToLong(Long::parseLong)
                        .toArray();
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        Scripted realloc = new Scripted(answers);
        LiftLowerContext cx = lower(StringCodecTableTest.encoding(dst), memory, realloc);
        StringEncoding srcEncoding = StringCodecTableTest.encoding(src);
        if (message == null) {
            long packed = StringCodec.store(cx, value, srcEncoding, srcTagged);
            // (This realloc never copies, so the bytes are not worth lifting here.)
            assertEquals(answers[answers.length - 1], StringCodec.ptr(packed));
        } else {
            assertTrap(message, () -> StringCodec.store(cx, value, srcEncoding, srcTagged));
        }
        assertEquals(answers.length, realloc.calls.size(), () -> "calls: " + realloc.calls);
    }

    @Test
    void memoryIsMeasuredAfterReallocWhichMayGrowIt() {
        ByteArrayMemory memory = new ByteArrayMemory(PAGE);
        Realloc growing =
                (ptr, size, align, newSize) -> {
                    memory.grow(PAGE);
                    return PAGE;
                };
        long packed = StringCodec.store(lower(StringEncoding.UTF16, memory, growing), "hi");
        assertEquals((long) PAGE << 32 | 2, packed);
        assertEquals("hi", StringCodec.load(lift(StringEncoding.UTF16, memory), PAGE, 2));
    }

    @Test
    void lowerWithoutReallocOrMemoryTraps() {
        ByteArrayMemory memory = new ByteArrayMemory(16);
        assertTrap(
                "canonical option `realloc` is required",
                () -> StringCodec.store(lower(StringEncoding.UTF8, memory, null), "x"));
        assertTrap(
                "canonical option `memory` is required",
                () -> StringCodec.store(lower(StringEncoding.UTF8, null, new Scripted(0)), "x"));
    }

    @Test
    void reallocSizesAboveTheI32LimitTrap() {
        StringCodec.requireReallocSize(StringCodec.REALLOC_I32_MAX, 5);
        assertTrap(
                "string length of 1431655766 too large to copy into wasm",
                () -> StringCodec.requireReallocSize(3L * 1431655766, 1431655766));
    }

    // ---------------------------------------------------------------------------------------
    // Lowering: host bugs
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\ud800|0|D800",
                "ab\udc00|2|DC00",
                "\u00e9\ud83c\udf70\udbff|3|DBFF",
                "\u2603\udf70\ud83c|1|DF70",
                "x\ud83cy|1|D83C",
            })
    void malformedHostStringsAreRejectedBeforeAnyRealloc(String value, int index, String unit) {
        for (StringEncoding encoding : StringEncoding.values()) {
            RecordingRealloc realloc = RecordingRealloc.over(256, 0, 8);
            LiftLowerContext cx = lower(encoding, realloc.memory, realloc);
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> StringCodec.store(cx, value));
            assertEquals(
                    "string is not well-formed UTF-16: unpaired surrogate U+"
                            + unit
                            + " at index "
                            + index
                            + " cannot be lowered",
                    e.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> StringCodec.store(cx, value, StringEncoding.UTF16, value.length()));
            assertEquals(List.of(), realloc.log);
        }
    }

    @ParameterizedTest(name = "{0}({1}) \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "utf8|2|\u00e9x", // 3 UTF-8 bytes
                "utf8|3|\u00e9\u00e9",
                "utf8|4|\ud83c\udf70a",
                "utf16|1|ab",
                "utf16|2|\ud83c\udf70a",
                "latin1+utf16|1|\u00e9\u00e9",
                "latin1+utf16|1|\u2603", // untagged Latin-1 cannot hold U+2603
                "latin1+utf16|2147483649|ab",
            })
    void sourcesInconsistentWithTheStringAreRejectedBeforeAnyRealloc(
            String src, long srcTagged, String value) {
        String v = value;
        RecordingRealloc realloc = RecordingRealloc.over(256, 0, 8);
        LiftLowerContext cx = lower(StringEncoding.UTF8, realloc.memory, realloc);
        assertThrows(
                IllegalArgumentException.class,
                () -> StringCodec.store(cx, v, StringCodecTableTest.encoding(src), srcTagged));
        assertEquals(List.of(), realloc.log);
    }
}
