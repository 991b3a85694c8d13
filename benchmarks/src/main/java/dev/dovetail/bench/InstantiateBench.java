package dev.dovetail.bench;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.InstancePre;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
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
 * {@link Components#MULTI}, a component of five core modules and a nested component: creating the
 * {@link Component} from bytes (decode, validate, parse and compile the core modules), and {@link
 * InstancePre#instantiate} into a new store.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InstantiateBench {
    @Param({"compiler", "interpreter"})
    public String machine;

    public Engine engine;
    public byte[] bytes;
    public InstancePre<Void> pre;

    @Setup
    public void setup() {
        engine = Engine.builder().compiler(machine.equals("compiler")).build();
        bytes = Components.multiBytes();
        Linker<Void> linker = new Linker<>(engine);
        linker.root()
                .func(
                        "host-add",
                        Signature.of(int.class, int.class).returns(int.class),
                        (s, a, b) -> a + b);
        pre = linker.instantiatePre(Component.fromBytes(engine, bytes));
    }

    @Benchmark
    public Component multi_component() {
        return Component.fromBytes(engine, bytes);
    }

    @Benchmark
    public Instance multi_instantiate() {
        return pre.instantiate(new Store<>(engine, null));
    }
}
