package dev.dovetail.bench;

import dev.dovetail.abi.Val;
import java.util.List;
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
 * Round-trips of compound values: {@code list<item>} of {@value #ITEMS} small records {@code {id:
 * u32, weight: f32, active: bool}}, and {@code list<entry>} of {@value #ENTRIES} records mixing a
 * {@code u64}, a string, a variant (of an {@code f32}, a tuple, a string or nothing), a {@code
 * list<u32>} and an {@code option<u32>}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordBench {
    public static final int ITEMS = 1000;
    public static final int ENTRIES = 16;

    @Param({"compiler", "interpreter"})
    public String machine;

    public Fixture f;
    public List<Model.Item> items;
    public Val itemsVal;
    public List<Model.Entry> entries;
    public Val entriesVal;

    @Setup
    public void setup() {
        f = new Fixture(machine.equals("compiler"));
        items = Model.items(ITEMS);
        itemsVal = Model.itemsVal(items);
        entries = Model.entries(ENTRIES);
        entriesVal = Model.entriesVal(entries);
    }

    @Benchmark
    public List<Model.Item> items_typed() {
        return f.echoItems.call(f.store, items);
    }

    @Benchmark
    public Val items_dynamic() {
        return f.echoItemsDyn.call(f.store, itemsVal);
    }

    @Benchmark
    public List<Model.Entry> mix_typed() {
        return f.echoEntries.call(f.store, entries);
    }

    @Benchmark
    public Val mix_dynamic() {
        return f.echoEntriesDyn.call(f.store, entriesVal);
    }
}
