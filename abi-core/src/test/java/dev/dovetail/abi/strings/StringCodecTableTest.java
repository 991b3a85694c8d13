package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.StringEncoding;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realloc call sequence, result and memory contents of every source/destination encoding pair
 * (utf8, utf16, latin1+utf16 as Latin-1 and as tagged UTF-16, into each of the three destinations)
 * for empty, ASCII, Latin-1, BMP (with ASCII and Latin-1 prefixes), all-BMP and supplementary
 * strings.
 *
 * <p>The rows were produced by running the specification's reference {@code
 * store_string_into_range} with {@link RecordingRealloc}'s allocator: a 96-byte memory filled with
 * {@code 0xCC}, allocation starting at address 3, shrinks in place, growth copies. Each row is
 * {@code source encoding | source tagged code units | string | destination encoding | realloc calls
 * (old,oldSize,align,newSize>result) | ptr | tagged code units | memory up to the bump pointer}.
 */
class StringCodecTableTest {
    private static final String TABLE =
            """
            utf8|0||utf8|0,0,1,0>3|3|0|cccccc
            utf8|0||utf16|0,0,2,0>4|4|0|cccccccc
            utf8|0||latin1+utf16|0,0,2,0>4|4|0|cccccccc
            utf16|0||utf8|0,0,1,0>3|3|0|cccccc
            utf16|0||utf16|0,0,2,0>4|4|0|cccccccc
            utf16|0||latin1+utf16|0,0,2,0>4|4|0|cccccccc
            latin1+utf16|0||utf8|0,0,1,0>3|3|0|cccccc
            latin1+utf16|0||utf16|0,0,2,0>4|4|0|cccccccc
            latin1+utf16|0||latin1+utf16|0,0,2,0>4|4|0|cccccccc
            latin1+utf16|2147483648||utf8|0,0,1,0>3|3|0|cccccc
            latin1+utf16|2147483648||utf16|0,0,2,0>4|4|0|cccccccc
            latin1+utf16|2147483648||latin1+utf16|0,0,2,0>4 4,0,1,0>4|4|0|cccccccc
            utf8|3|hi!|utf8|0,0,1,3>3|3|3|cccccc686921
            utf8|3|hi!|utf16|0,0,2,6>4|4|3|cccccccc680069002100
            utf8|3|hi!|latin1+utf16|0,0,2,3>4|4|3|cccccccc686921
            utf16|3|hi!|utf8|0,0,1,3>3|3|3|cccccc686921
            utf16|3|hi!|utf16|0,0,2,6>4|4|3|cccccccc680069002100
            utf16|3|hi!|latin1+utf16|0,0,2,3>4|4|3|cccccccc686921
            latin1+utf16|3|hi!|utf8|0,0,1,3>3|3|3|cccccc686921
            latin1+utf16|3|hi!|utf16|0,0,2,6>4|4|3|cccccccc680069002100
            latin1+utf16|3|hi!|latin1+utf16|0,0,2,3>4|4|3|cccccccc686921
            latin1+utf16|2147483651|hi!|utf8|0,0,1,3>3|3|3|cccccc686921
            latin1+utf16|2147483651|hi!|utf16|0,0,2,6>4|4|3|cccccccc680069002100
            latin1+utf16|2147483651|hi!|latin1+utf16|0,0,2,6>4 4,6,1,3>4|4|3|cccccccc686921002100
            utf8|6|d\u00e9j\u00e0|utf8|0,0,1,6>3|3|6|cccccc64c3a96ac3a0
            utf8|6|d\u00e9j\u00e0|utf16|0,0,2,12>4 4,12,2,8>4|4|4|cccccccc6400e9006a00e000cccccccc
            utf8|6|d\u00e9j\u00e0|latin1+utf16|0,0,2,6>4 4,6,2,4>4|4|4|cccccccc64e96ae0cccc
            utf16|4|d\u00e9j\u00e0|utf8|0,0,1,4>3 3,4,1,12>7 7,12,1,6>7|7|6|cccccc64cccccc64c3a96ac3a0cccccccccccc
            utf16|4|d\u00e9j\u00e0|utf16|0,0,2,8>4|4|4|cccccccc6400e9006a00e000
            utf16|4|d\u00e9j\u00e0|latin1+utf16|0,0,2,4>4|4|4|cccccccc64e96ae0
            latin1+utf16|4|d\u00e9j\u00e0|utf8|0,0,1,4>3 3,4,1,8>7 7,8,1,6>7|7|6|cccccc64cccccc64c3a96ac3a0cccc
            latin1+utf16|4|d\u00e9j\u00e0|utf16|0,0,2,8>4|4|4|cccccccc6400e9006a00e000
            latin1+utf16|4|d\u00e9j\u00e0|latin1+utf16|0,0,2,4>4|4|4|cccccccc64e96ae0
            latin1+utf16|2147483652|d\u00e9j\u00e0|utf8|0,0,1,4>3 3,4,1,12>7 7,12,1,6>7|7|6|cccccc64cccccc64c3a96ac3a0cccccccccccc
            latin1+utf16|2147483652|d\u00e9j\u00e0|utf16|0,0,2,8>4|4|4|cccccccc6400e9006a00e000
            latin1+utf16|2147483652|d\u00e9j\u00e0|latin1+utf16|0,0,2,8>4 4,8,1,4>4|4|4|cccccccc64e96ae06a00e000
            utf8|5|a\u2603b|utf8|0,0,1,5>3|3|5|cccccc61e2988362
            utf8|5|a\u2603b|utf16|0,0,2,10>4 4,10,2,6>4|4|3|cccccccc610003266200cccccccc
            utf8|5|a\u2603b|latin1+utf16|0,0,2,5>4 4,5,2,10>10 10,10,2,6>10|10|2147483651|cccccccc61cccccccccc610003266200cccccccc
            utf16|3|a\u2603b|utf8|0,0,1,3>3 3,3,1,9>6 6,9,1,5>6|6|5|cccccc61cccc61e2988362cccccccc
            utf16|3|a\u2603b|utf16|0,0,2,6>4|4|3|cccccccc610003266200
            utf16|3|a\u2603b|latin1+utf16|0,0,2,3>4 4,3,2,6>8|8|2147483651|cccccccc61cccccc610003266200
            latin1+utf16|2147483651|a\u2603b|utf8|0,0,1,3>3 3,3,1,9>6 6,9,1,5>6|6|5|cccccc61cccc61e2988362cccccccc
            latin1+utf16|2147483651|a\u2603b|utf16|0,0,2,6>4|4|3|cccccccc610003266200
            latin1+utf16|2147483651|a\u2603b|latin1+utf16|0,0,2,6>4|4|2147483651|cccccccc610003266200
            utf8|5|\u00e9\u2603|utf8|0,0,1,5>3|3|5|ccccccc3a9e29883
            utf8|5|\u00e9\u2603|utf16|0,0,2,10>4 4,10,2,4>4|4|2|cccccccce9000326cccccccccccc
            utf8|5|\u00e9\u2603|latin1+utf16|0,0,2,5>4 4,5,2,10>10 10,10,2,4>10|10|2147483650|cccccccce9cccccccccce9000326cccccccccccc
            utf16|2|\u00e9\u2603|utf8|0,0,1,2>3 3,2,1,6>5 5,6,1,5>5|5|5|ccccccccccc3a9e29883cc
            utf16|2|\u00e9\u2603|utf16|0,0,2,4>4|4|2|cccccccce9000326
            utf16|2|\u00e9\u2603|latin1+utf16|0,0,2,2>4 4,2,2,4>6|6|2147483650|cccccccce9cce9000326
            latin1+utf16|2147483650|\u00e9\u2603|utf8|0,0,1,2>3 3,2,1,6>5 5,6,1,5>5|5|5|ccccccccccc3a9e29883cc
            latin1+utf16|2147483650|\u00e9\u2603|utf16|0,0,2,4>4|4|2|cccccccce9000326
            latin1+utf16|2147483650|\u00e9\u2603|latin1+utf16|0,0,2,4>4|4|2147483650|cccccccce9000326
            utf8|6|\u2603\u2603|utf8|0,0,1,6>3|3|6|cccccce29883e29883
            utf8|6|\u2603\u2603|utf16|0,0,2,12>4 4,12,2,4>4|4|2|cccccccc03260326cccccccccccccccc
            utf8|6|\u2603\u2603|latin1+utf16|0,0,2,6>4 4,6,2,12>10 10,12,2,4>10|10|2147483650|cccccccccccccccccccc03260326cccccccccccccccc
            utf16|2|\u2603\u2603|utf8|0,0,1,2>3 3,2,1,6>5|5|6|cccccccccce29883e29883
            utf16|2|\u2603\u2603|utf16|0,0,2,4>4|4|2|cccccccc03260326
            utf16|2|\u2603\u2603|latin1+utf16|0,0,2,2>4 4,2,2,4>6|6|2147483650|cccccccccccc03260326
            latin1+utf16|2147483650|\u2603\u2603|utf8|0,0,1,2>3 3,2,1,6>5|5|6|cccccccccce29883e29883
            latin1+utf16|2147483650|\u2603\u2603|utf16|0,0,2,4>4|4|2|cccccccc03260326
            latin1+utf16|2147483650|\u2603\u2603|latin1+utf16|0,0,2,4>4|4|2147483650|cccccccc03260326
            utf8|6|x\ud83c\udf70y|utf8|0,0,1,6>3|3|6|cccccc78f09f8db079
            utf8|6|x\ud83c\udf70y|utf16|0,0,2,12>4 4,12,2,8>4|4|4|cccccccc78003cd870df7900cccccccc
            utf8|6|x\ud83c\udf70y|latin1+utf16|0,0,2,6>4 4,6,2,12>10 10,12,2,8>10|10|2147483652|cccccccc78cccccccccc78003cd870df7900cccccccc
            utf16|4|x\ud83c\udf70y|utf8|0,0,1,4>3 3,4,1,12>7 7,12,1,6>7|7|6|cccccc78cccccc78f09f8db079cccccccccccc
            utf16|4|x\ud83c\udf70y|utf16|0,0,2,8>4|4|4|cccccccc78003cd870df7900
            utf16|4|x\ud83c\udf70y|latin1+utf16|0,0,2,4>4 4,4,2,8>8|8|2147483652|cccccccc78cccccc78003cd870df7900
            latin1+utf16|2147483652|x\ud83c\udf70y|utf8|0,0,1,4>3 3,4,1,12>7 7,12,1,6>7|7|6|cccccc78cccccc78f09f8db079cccccccccccc
            latin1+utf16|2147483652|x\ud83c\udf70y|utf16|0,0,2,8>4|4|4|cccccccc78003cd870df7900
            latin1+utf16|2147483652|x\ud83c\udf70y|latin1+utf16|0,0,2,8>4|4|2147483652|cccccccc78003cd870df7900
            """;

    static Stream<Arguments> rows() {
        return TABLE.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> Arguments.of((Object[]) line.split("\\|", -1)));
    }

    /** The rows whose source is what a host Java string presents: one per string and target. */
    static Stream<Arguments> hostRows() {
        return rows().filter(
                        row -> {
                            Object[] a = row.get();
                            return a[0].equals("latin1+utf16")
                                    && Long.parseLong((String) a[1])
                                            == StringCodec.hostTaggedCodeUnits((String) a[2]);
                        });
    }

    @org.junit.jupiter.api.Test
    void tableCoversEveryStringAndTargetForTheHost() {
        assertEquals(72, rows().count());
        assertEquals(7 * 3, hostRows().count());
    }

    static StringEncoding encoding(String optionName) {
        for (StringEncoding e : StringEncoding.values()) {
            if (e.optionName().equals(optionName)) {
                return e;
            }
        }
        throw new IllegalArgumentException(optionName);
    }

    @ParameterizedTest(name = "{0}({1}) \"{2}\" -> {3}")
    @MethodSource("rows")
    void storeMatchesReference(
            String src,
            String srcTagged,
            String value,
            String dst,
            String calls,
            String ptr,
            String tagged,
            String memory) {
        RecordingRealloc realloc = RecordingRealloc.over(96, 0xCC, 3);
        LiftLowerContext cx =
                new LiftLowerContext(realloc.memory, realloc, encoding(dst), Handles.NONE);

        long packed = StringCodec.store(cx, value, encoding(src), Long.parseLong(srcTagged));

        assertEquals(calls, realloc.calls(), "realloc calls");
        assertEquals(Long.parseLong(ptr), StringCodec.ptr(packed), "ptr");
        assertEquals(Long.parseLong(tagged), StringCodec.taggedCodeUnits(packed), "tagged length");
        assertEquals(
                memory,
                HexFormat.of().formatHex(realloc.memory.read(0, memory.length() / 2)),
                "memory");
        assertEquals(
                "cc".repeat(96 - memory.length() / 2),
                HexFormat.of()
                        .formatHex(
                                realloc.memory.read(memory.length() / 2, 96 - memory.length() / 2)),
                "memory past the allocations is untouched");
        assertEquals(
                value,
                StringCodec.load(cx, StringCodec.ptr(packed), StringCodec.taggedCodeUnits(packed)),
                "lifting the result gives the string back");
    }

    /** A host string behaves exactly as its {@code latin1+utf16} source would. */
    @ParameterizedTest(name = "{0}({1}) \"{2}\" -> {3}")
    @MethodSource("hostRows")
    void hostStoreIsTheLatin1Utf16Row(
            String src,
            String srcTagged,
            String value,
            String dst,
            String calls,
            String ptr,
            String tagged,
            String memory) {
        RecordingRealloc realloc = RecordingRealloc.over(96, 0xCC, 3);
        LiftLowerContext cx =
                new LiftLowerContext(realloc.memory, realloc, encoding(dst), Handles.NONE);

        long packed = StringCodec.store(cx, value);

        assertEquals(calls, realloc.calls(), "realloc calls");
        assertEquals(Long.parseLong(ptr), StringCodec.ptr(packed), "ptr");
        assertEquals(Long.parseLong(tagged), StringCodec.taggedCodeUnits(packed), "tagged length");
        assertEquals(
                memory,
                HexFormat.of().formatHex(realloc.memory.read(0, memory.length() / 2)),
                "memory");
    }
}
