package dev.dovetail.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Guest→host calls: the export {@code call-host(n)} calls the import {@code host-add: func(a: u32,
 * b: u32) -> u32} {@value #N} times in a loop; the score is per import call. The import is a typed
 * host function, a dynamic one, or (core) a raw Chicory host function.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HostCallBench {
    public static final int N = 100;

    @Param({"compiler", "interpreter"})
    public String machine;

    public Fixture f;
    public int n = N;

    @Setup
    public void setup() {
        f = new Fixture(machine.equals("compiler"));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long hostAdd_core() {
        return f.coreCallHost.apply(n)[0];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int hostAdd_typed() {
        return f.callTypedHost.call(f.store, n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int hostAdd_dynamic() {
        return f.callDynamicHost.call(f.store, n);
    }
}
