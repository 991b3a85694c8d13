package dev.dovetail.abi.gen;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.layout.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory with a bump allocator like the reference tests' {@code Heap}: every allocation starts at
 * the next multiple of the alignment after the previous one; shrinking keeps the block; growing
 * copies. Records every {@code realloc} call.
 */
public final class TestHeap implements Realloc {
    /** One recorded call and its result. */
    public record Call(long oldPtr, long oldSize, int align, long newSize, long result) {}

    public final ByteArrayMemory memory;
    public final List<Call> calls = new ArrayList<>();
    private long last;

    public TestHeap(int size) {
        this(size, 0);
    }

    /** A heap whose first allocation is at or after {@code start}. */
    public TestHeap(int size, long start) {
        this.memory = new ByteArrayMemory(size);
        this.last = start;
    }

    public LiftLowerContext cx(Handles handles) {
        return cx(handles, StringEncoding.UTF8);
    }

    public LiftLowerContext cx(Handles handles, StringEncoding encoding) {
        return new LiftLowerContext(memory, this, encoding, handles);
    }

    public LiftLowerContext cx() {
        return cx(Handles.NONE);
    }

    @Override
    public long realloc(long originalPtr, long originalSize, int alignment, long newSize) {
        long ret;
        if (originalPtr != 0 && newSize < originalSize) {
            ret = Layout.alignTo(originalPtr, alignment);
        } else {
            ret = Layout.alignTo(last, alignment);
            last = ret + newSize;
            if (last > memory.byteSize()) {
                throw new AssertionError("test heap exhausted");
            }
            if (originalSize > 0) {
                byte[] old = memory.read(originalPtr, (int) originalSize);
                memory.write(ret, old, 0, old.length);
            }
        }
        calls.add(new Call(originalPtr, originalSize, alignment, newSize, ret));
        return ret;
    }

    /** Bytes {@code [from, from + n)} as unsigned ints, for assertions. */
    public int[] bytes(long from, int n) {
        byte[] b = memory.read(from, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = b[i] & 0xFF;
        }
        return out;
    }

    /** Writes {@code values} (each the low byte) at {@code at}. */
    public void put(long at, int... values) {
        for (int i = 0; i < values.length; i++) {
            memory.writeI8(at + i, (byte) values[i]);
        }
    }
}
