package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringCodecSmokeTest {
    @Test
    void utf8RoundTrip() {
        ByteArrayMemory memory = new ByteArrayMemory(1024);
        long[] next = {16};
        Realloc bump =
                (ptr, size, align, newSize) -> {
                    if (ptr != 0 && newSize <= size) {
                        return ptr; // shrink in place
                    }
                    long p = (next[0] + align - 1) & -align;
                    next[0] = p + newSize;
                    memory.write(p, memory.read(ptr, (int) size), 0, (int) size);
                    return p;
                };
        LiftLowerContext cx = LiftLowerContext.of(memory, bump);
        String s = "h\u00e9llo \u2603 \uD83C\uDF70";
        long packed = StringCodec.store(cx, s);
        assertEquals(26, StringCodec.ptr(packed)); // 10 bytes at 16, grown to 30 at 26, shrunk
        assertEquals(15, StringCodec.taggedCodeUnits(packed));
        assertEquals(s, StringCodec.load(cx, StringCodec.ptr(packed), 15));
    }

    @Test
    void pairInMemoryRoundTrip() {
        RecordingRealloc realloc = RecordingRealloc.over(256, 0, 64);
        LiftLowerContext cx =
                new LiftLowerContext(
                        realloc.memory, realloc, StringEncoding.LATIN1_UTF16, Handles.NONE);
        StringCodec.storeAt(cx, "a\u2603", 8);
        assertEquals(64, realloc.memory.readI32(8));
        assertEquals(0x8000_0002, realloc.memory.readI32(12));
        assertEquals("a\u2603", StringCodec.loadAt(cx, 8));

        StringCodec.storeAt(cx, "d\u00e9j\u00e0", StringEncoding.UTF8, 6, 16);
        assertEquals(68, realloc.memory.readI32(16)); // 6 bytes at 68, shrunk in place to 4
        assertEquals(4, realloc.memory.readI32(20));
        assertEquals("d\u00e9j\u00e0", StringCodec.loadAt(cx, 16));
        assertEquals(List.of("0,0,2,4>64", "0,0,2,6>68", "68,6,2,4>68"), realloc.log);
    }

    @Test
    void hostSourceIsLatin1Utf16TaggedWhenACharIsWide() {
        assertEquals(
                new StringCodec.Source(StringEncoding.LATIN1_UTF16, 0), StringCodec.hostSource(""));
        assertEquals(
                new StringCodec.Source(StringEncoding.LATIN1_UTF16, 3),
                StringCodec.hostSource("a\u00ff\u0080"));
        assertEquals(
                new StringCodec.Source(StringEncoding.LATIN1_UTF16, 0x8000_0003L),
                StringCodec.hostSource("a\u00ff\u0100"));
        assertEquals(
                new StringCodec.Source(StringEncoding.LATIN1_UTF16, 0x8000_0002L),
                StringCodec.hostSource("\ud83c\udf70"));

        RecordingRealloc viaSource = RecordingRealloc.over(64, 0, 8);
        RecordingRealloc viaHost = RecordingRealloc.over(64, 0, 8);
        String s = "a\u00e9\u2603";
        long a =
                StringCodec.store(
                        LiftLowerContext.of(viaSource.memory, viaSource),
                        s,
                        StringCodec.hostSource(s));
        long b = StringCodec.store(LiftLowerContext.of(viaHost.memory, viaHost), s);
        assertEquals(a, b);
        assertEquals(List.of("0,0,1,3>8", "8,3,1,9>11", "11,9,1,6>11"), viaHost.log);
        assertEquals(viaHost.log, viaSource.log);
    }
}
