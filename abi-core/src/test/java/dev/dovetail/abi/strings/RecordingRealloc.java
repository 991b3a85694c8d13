package dev.dovetail.abi.strings;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Realloc;
import java.util.ArrayList;
import java.util.List;

/**
 * A bump allocator over a {@link ByteArrayMemory} that logs every call as {@code
 * "old,oldSize,align,newSize>result"}. By default it behaves like the reference test suite's heap:
 * a shrink ({@code old != 0 && newSize < oldSize}) stays in place, anything else takes fresh,
 * aligned space and copies the old contents. The other modes misbehave in ways the Canonical ABI
 * allows (never copying, always moving, filling fresh space with garbage) so that tests can tell an
 * implementation that reads memory back from one that assumes what is there.
 */
final class RecordingRealloc implements Realloc {
    final ByteArrayMemory memory;
    final List<String> log = new ArrayList<>();
    long next;
    boolean copyOnMove = true;
    boolean shrinkInPlace = true;
    boolean garbageFill = false;

    RecordingRealloc(ByteArrayMemory memory, long start) {
        this.memory = memory;
        this.next = start;
    }

    /** A memory of {@code size} bytes all set to {@code fill}, allocating from {@code start}. */
    static RecordingRealloc over(int size, int fill, long start) {
        ByteArrayMemory memory = new ByteArrayMemory(size);
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) fill);
        memory.write(0, bytes, 0, size);
        return new RecordingRealloc(memory, start);
    }

    RecordingRealloc misbehaving() {
        copyOnMove = false;
        shrinkInPlace = false;
        garbageFill = true;
        return this;
    }

    @Override
    public long realloc(long originalPtr, long originalSize, int alignment, long newSize) {
        long result;
        if (shrinkInPlace && originalPtr != 0 && newSize < originalSize) {
            result = alignUp(originalPtr, alignment);
        } else {
            result = alignUp(next, alignment);
            next = result + newSize;
            if (garbageFill) {
                for (long a = result; a < result + newSize; a++) {
                    memory.writeI8(a, (byte) (a * 37 + 11));
                }
            }
            if (copyOnMove && originalSize > 0) {
                byte[] old = memory.read(originalPtr, (int) originalSize);
                memory.write(result, old, 0, old.length);
            }
        }
        log.add(originalPtr + "," + originalSize + "," + alignment + "," + newSize + ">" + result);
        return result;
    }

    static long alignUp(long ptr, int alignment) {
        return (ptr + alignment - 1) / alignment * alignment;
    }

    /** The log joined with spaces, as the table tests spell it. */
    String calls() {
        return String.join(" ", log);
    }
}
