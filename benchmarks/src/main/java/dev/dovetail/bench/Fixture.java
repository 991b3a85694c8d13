package dev.dovetail.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.runtime.TypedFunc;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything a benchmark needs on one Chicory machine: the benchmark component instantiated twice
 * (with a typed and with a dynamic {@code host-add}), its exports looked up typed and dynamic, and
 * the raw Chicory instance of the same core functions.
 */
public final class Fixture {
    public final Engine engine;
    public final Component component;
    public final Store<Void> store;

    /** Linked with a typed host function {@code host-add}. */
    public final Instance typedHost;

    /** Linked with a dynamic ({@code Val}) host function {@code host-add}. */
    public final Instance dynamicHost;

    public final TypedFunc.Func0<Void> nop;
    public final TypedFunc.Func2<Integer, Integer, Integer> add;
    public final TypedFunc.Func1<Integer, Integer> callTypedHost;
    public final TypedFunc.Func1<Integer, Integer> callDynamicHost;
    public final TypedFunc.Func1<String, String> echoString;
    public final TypedFunc.Func1<String, String> echoString16;
    public final TypedFunc.Func1<byte[], byte[]> echoBytes;
    public final TypedFunc.Func1<List<Model.Item>, List<Model.Item>> echoItems;
    public final TypedFunc.Func1<List<Model.Entry>, List<Model.Entry>> echoEntries;

    public final Func nopDyn;
    public final Func addDyn;
    public final Func echoStringDyn;
    public final Func echoString16Dyn;
    public final Func echoBytesDyn;
    public final Func echoItemsDyn;
    public final Func echoEntriesDyn;

    /** The raw Chicory instance of {@link Components#CORE} and its exports. */
    public final com.dylibso.chicory.runtime.Instance core;

    public final ExportFunction coreNop;
    public final ExportFunction coreAdd;
    public final ExportFunction coreCallHost;
    public final ExportFunction coreEcho;
    public final ExportFunction coreRealloc;
    public final Memory coreMemory;

    public Fixture(boolean compiler) {
        engine = Engine.builder().compiler(compiler).build();
        component = Component.fromBytes(engine, Components.benchBytes());
        store = new Store<>(engine, null);

        Linker<Void> typed = new Linker<>(engine);
        typed.root()
                .func(
                        "host-add",
                        Signature.of(int.class, int.class).returns(int.class),
                        (s, a, b) -> a + b);
        typedHost = typed.instantiate(store, component);

        Linker<Void> dynamic = new Linker<>(engine);
        dynamic.root()
                .funcNew(
                        "host-add",
                        (s, type, params) ->
                                new Val.U32(
                                        ((Val.U32) params.get(0)).value()
                                                + ((Val.U32) params.get(1)).value()));
        dynamicHost = dynamic.instantiate(store, component);

        Instance i = typedHost;
        nop = i.getTypedFunc("nop", Signature.of().returnsNothing());
        add = i.getTypedFunc("add", Signature.of(int.class, int.class).returns(int.class));
        callTypedHost = i.getTypedFunc("call-host", Signature.of(int.class).returns(int.class));
        callDynamicHost =
                dynamicHost.getTypedFunc("call-host", Signature.of(int.class).returns(int.class));
        echoString =
                i.getTypedFunc("echo-string", Signature.of(String.class).returns(String.class));
        echoString16 =
                i.getTypedFunc("echo-string16", Signature.of(String.class).returns(String.class));
        echoBytes = i.getTypedFunc("echo-bytes", Signature.of(byte[].class).returns(byte[].class));
        TypeRef<List<Model.Item>> items = new TypeRef<>() {};
        echoItems = i.getTypedFunc("echo-items", Signature.params().param(items).returns(items));
        TypeRef<List<Model.Entry>> entries = new TypeRef<>() {};
        echoEntries =
                i.getTypedFunc("echo-entries", Signature.params().param(entries).returns(entries));

        nopDyn = i.getFunc("nop");
        addDyn = i.getFunc("add");
        echoStringDyn = i.getFunc("echo-string");
        echoString16Dyn = i.getFunc("echo-string16");
        echoBytesDyn = i.getFunc("echo-bytes");
        echoItemsDyn = i.getFunc("echo-items");
        echoEntriesDyn = i.getFunc("echo-entries");

        WasmModule module = Parser.parse(Components.coreBytes());
        HostFunction hostAdd =
                new HostFunction(
                        "env",
                        "host-add",
                        FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                        (inst, args) -> new long[] {(int) args[0] + (int) args[1]});
        var builder =
                com.dylibso.chicory.runtime.Instance.builder(module)
                        .withImportValues(ImportValues.builder().addFunction(hostAdd).build());
        if (compiler) {
            builder.withMachineFactory(MachineFactoryCompiler.compile(module));
        }
        core = builder.build();
        coreNop = core.export("nop");
        coreAdd = core.export("add");
        coreCallHost = core.export("call-host");
        coreEcho = core.export("echo");
        coreRealloc = core.export("realloc");
        coreMemory = core.memory();
    }

    /**
     * What a hand-written binding on raw Chicory does for a {@code list<u8>} round-trip: allocate
     * in the guest, copy in, call, read the pointer and length back, copy out.
     */
    public byte[] coreEchoBytes(byte[] in) {
        int ptr = (int) coreRealloc.apply(0, 0, 1, in.length)[0];
        coreMemory.write(ptr, in);
        int ret = (int) coreEcho.apply(ptr, in.length)[0];
        return coreMemory.readBytes(coreMemory.readInt(ret), coreMemory.readInt(ret + 4));
    }

    /** The same for a string, encoded and decoded by the JDK's charsets. */
    public String coreEchoString(String in, boolean utf16) {
        Charset cs = utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        byte[] bytes = in.getBytes(cs);
        int ptr = (int) coreRealloc.apply(0, 0, utf16 ? 2 : 1, bytes.length)[0];
        coreMemory.write(ptr, bytes);
        int units = utf16 ? bytes.length / 2 : bytes.length;
        int ret = (int) coreEcho.apply(ptr, units)[0];
        int p = coreMemory.readInt(ret);
        int n = coreMemory.readInt(ret + 4) * (utf16 ? 2 : 1);
        return new String(coreMemory.readBytes(p, n), cs);
    }
}
