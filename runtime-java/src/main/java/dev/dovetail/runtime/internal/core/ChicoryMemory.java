package dev.dovetail.runtime.internal.core;

import com.dylibso.chicory.runtime.Memory;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Trap;

/**
 * A Chicory memory seen through the ABI's {@link LinearMemory}. Ranges are checked here so that a
 * bad guest pointer becomes a {@link Trap}, never a Chicory or JVM exception. The size is read on
 * every check because the guest may grow its memory between two ABI operations.
 */
public final class ChicoryMemory implements LinearMemory {
    private final Memory memory;

    public ChicoryMemory(Memory memory) {
        this.memory = memory;
    }

    /** The wrapped Chicory memory. */
    public Memory unwrap() {
        return memory;
    }

    @Override
    public long byteSize() {
        return (long) memory.pages() * Memory.PAGE_SIZE;
    }

    private int at(long address, int length) {
        if (address < 0 || length < 0 || address + length > byteSize()) {
            throw new Trap("out of bounds memory access");
        }
        return (int) address;
    }

    @Override
    public byte readI8(long address) {
        return memory.read(at(address, 1));
    }

    @Override
    public short readI16(long address) {
        return memory.readShort(at(address, 2));
    }

    @Override
    public int readI32(long address) {
        return memory.readInt(at(address, 4));
    }

    @Override
    public long readI64(long address) {
        return memory.readLong(at(address, 8));
    }

    @Override
    public void writeI8(long address, byte value) {
        memory.writeByte(at(address, 1), value);
    }

    @Override
    public void writeI16(long address, short value) {
        memory.writeShort(at(address, 2), value);
    }

    @Override
    public void writeI32(long address, int value) {
        memory.writeI32(at(address, 4), value);
    }

    @Override
    public void writeI64(long address, long value) {
        memory.writeLong(at(address, 8), value);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        byte[] bytes = memory.readBytes(at(address, length), length);
        System.arraycopy(bytes, 0, dst, offset, length);
    }

    @Override
    public byte[] read(long address, int length) {
        return memory.readBytes(at(address, length), length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        memory.write(at(address, length), src, offset, length);
    }
}
