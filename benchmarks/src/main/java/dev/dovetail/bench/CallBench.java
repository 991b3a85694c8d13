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
 * Host→guest calls of {@code nop: func()} and {@code add: func(a: u32, b: u32) -> u32}: typed, with
 * dynamic {@code Val}s, and the raw Chicory call of the same core function.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBench {
    @Param({"compiler", "interpreter"})
    public String machine;

    public Fixture f;
    public int a = 40;
    public int b = 2;
    public long la = 40;
    public long lb = 2;
    public Val va = new Val.U32(40);
    public Val vb = new Val.U32(2);

    @Setup
    public void setup() {
        f = new Fixture(machine.equals("compiler"));
    }

    @Benchmark
    public long[] nop_core() {
        return f.coreNop.apply();
    }

    @Benchmark
    public Void nop_typed() {
        return f.nop.call(f.store);
    }

    @Benchmark
    public Val nop_dynamic() {
        return f.nopDyn.call(f.store);
    }

    @Benchmark
    public long add_core() {
        return f.coreAdd.apply(la, lb)[0];
    }

    @Benchmark
    public int add_typed() {
        return f.add.call(f.store, a, b);
    }

    @Benchmark
    public Val add_dynamic() {
        return f.addDyn.call(f.store, va, vb);
    }
}
