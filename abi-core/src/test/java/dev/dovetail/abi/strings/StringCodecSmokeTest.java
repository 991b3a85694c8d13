package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
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
}
