package dev.dovetail.bench;

import dev.dovetail.abi.Val;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code echo-bytes: func(b: list<u8>) -> list<u8>} round-trips of {@code size} bytes. Baselines:
 * the hand-written raw Chicory round-trip (core), and {@code arraycopy}: copying the bytes twice
 * with {@link System#arraycopy}, into a reused buffer (the guest memory) and out into a new array
 * (the result), the least any round-trip can do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BytesBench {
    @Param({"compiler", "interpreter"})
    public String machine;

    @Param({"16", "1048576"})
    public int size;

    public Fixture f;
    public byte[] bytes;
    public byte[] buffer;
    public Val v;

    @Setup
    public void setup() {
        f = new Fixture(machine.equals("compiler"));
        bytes = Model.bytes(size);
        buffer = new byte[size];
        v = Model.bytesVal(bytes);
    }

    @Benchmark
    public byte[] bytes_arraycopy() {
        System.arraycopy(bytes, 0, buffer, 0, size);
        byte[] out = new byte[size];
        System.arraycopy(buffer, 0, out, 0, size);
        return out;
    }

    @Benchmark
    public byte[] bytes_core() {
        return f.coreEchoBytes(bytes);
    }

    @Benchmark
    public byte[] bytes_typed() {
        return f.echoBytes.call(f.store, bytes);
    }

    @Benchmark
    public Val bytes_dynamic() {
        return f.echoBytesDyn.call(f.store, v);
    }
}
