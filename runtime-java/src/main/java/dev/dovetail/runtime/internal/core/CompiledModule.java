package dev.dovetail.runtime.internal.core;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.dovetail.format.InvalidComponentException;
import java.util.function.Function;

/**
 * A core module parsed (and, with the compiler engine, compiled to bytecode) once per {@link
 * dev.dovetail.runtime.Component}, so that instantiation does no parsing or compilation.
 */
public final class CompiledModule {
    private final byte[] bytes;
    private final WasmModule module;
    private final Function<Instance, Machine> machineFactory;

    private CompiledModule(byte[] bytes, WasmModule module, Function<Instance, Machine> factory) {
        this.bytes = bytes;
        this.module = module;
        this.machineFactory = factory;
    }

    /** Parses {@code bytes}; compiles them to bytecode when {@code compile} is set. */
    public static CompiledModule of(byte[] bytes, boolean compile) {
        UnsupportedCoreFeatures.checkBytes(bytes);
        WasmModule module;
        try {
            module = Parser.parse(EmptyImportNames.apply(bytes));
        } catch (ChicoryException e) {
            throw new InvalidComponentException("invalid core module: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            throw new InvalidComponentException("invalid core module: " + e, e);
        }
        UnsupportedCoreFeatures.checkParsed(module);
        try {
            Function<Instance, Machine> factory =
                    compile ? MachineFactoryCompiler.compile(module) : null;
            return new CompiledModule(bytes, module, factory);
        } catch (ChicoryException e) {
            throw new InvalidComponentException("invalid core module: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // Chicory 1.7.5 accepts some invalid code (e.g. instructions after a function's final
            // `end`), which its compiler then fails on with an arbitrary exception
            throw new InvalidComponentException("invalid core module: " + e, e);
        }
    }

    /**
     * The same module with different bytes (see {@link TypeSectionPrefix}), or this one when {@code
     * newBytes} are its own bytes.
     */
    public CompiledModule withBytes(byte[] newBytes) {
        if (newBytes == bytes) {
            return this;
        }
        return of(newBytes, machineFactory != null);
    }

    public byte[] bytes() {
        return bytes;
    }

    public WasmModule module() {
        return module;
    }

    /** The compiled machine factory, or {@code null} to interpret. */
    public Function<Instance, Machine> machineFactory() {
        return machineFactory;
    }
}
