package dev.dovetail.bench;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.TypedFunc;
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
 * {@code echo-string: func(s: string) -> string} round-trips of an ASCII string of {@code size}
 * characters into a guest whose canonical options say utf8 or utf16. Core: the same copy in, call,
 * copy out written by hand on raw Chicory with the JDK's charsets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StringBench {
    @Param({"compiler", "interpreter"})
    public String machine;

    @Param({"utf8", "utf16"})
    public String encoding;

    @Param({"16", "16384"})
    public int size;

    public Fixture f;
    public String s;
    public Val v;
    boolean utf16;
    TypedFunc.Func1<String, String> typed;
    Func dynamic;

    @Setup
    public void setup() {
        f = new Fixture(machine.equals("compiler"));
        s = Model.ascii(size);
        v = Val.str(s);
        utf16 = encoding.equals("utf16");
        typed = utf16 ? f.echoString16 : f.echoString;
        dynamic = utf16 ? f.echoString16Dyn : f.echoStringDyn;
    }

    @Benchmark
    public String string_core() {
        return f.coreEchoString(s, utf16);
    }

    @Benchmark
    public String string_typed() {
        return typed.call(f.store, s);
    }

    @Benchmark
    public Val string_dynamic() {
        return dynamic.call(f.store, v);
    }
}
