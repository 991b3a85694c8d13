package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;
import java.util.List;

/**
 * The reference's {@code Buffer}: where a stream or future copy reads values from ({@code
 * ReadableBuffer}) or writes them to ({@code WritableBuffer}). {@code t} is the element type, null
 * for {@code stream}/{@code future} without payload.
 */
public interface Buffer {
    /** {@code Buffer.MAX_LENGTH}. */
    int MAX_LENGTH = (1 << 28) - 1;

    ValType t();

    int remain();

    boolean isZeroLength();

    /** Elements copied so far. */
    int progress();

    /** {@code ReadableBuffer.read}: the next {@code n} elements. */
    List<Val> read(int n);

    /** {@code WritableBuffer.write}. */
    void write(List<Val> vs);
}
