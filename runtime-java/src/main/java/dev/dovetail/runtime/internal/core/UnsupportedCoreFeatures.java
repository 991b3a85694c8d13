package dev.dovetail.runtime.internal.core;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TypeSection;
import com.dylibso.chicory.wasm.types.ValType;
import dev.dovetail.runtime.UnsupportedFeatureException;

/**
 * Core-module features the core engine (Chicory 1.7.5) parses but cannot run, rejected when the
 * component is loaded so that a user learns it then, not from a wrong value or a trap later.
 */
final class UnsupportedCoreFeatures {
    private static final int MEMORY_SECTION = 5;
    private static final int MEMORY_KIND = 0x02;
    private static final int LIMITS_64_BIT = 0x04;

    private UnsupportedCoreFeatures() {}

    /**
     * memory64: Chicory's parser rejects a 64-bit memory's limits as malformed, so look for them
     * before it does (memory imports and the memory section).
     */
    static void checkBytes(byte[] module) {
        boolean memory64;
        try {
            memory64 = hasMemory64(module);
        } catch (RuntimeException malformed) {
            return; // the parser reports it
        }
        if (memory64) {
            throw new UnsupportedFeatureException(
                    "memory64: a core module with a 64-bit memory (the core engine, Chicory 1.7.5,"
                            + " runs 32-bit memories only)");
        }
    }

    private static boolean hasMemory64(byte[] module) {
        for (ModuleBytes.Section s : ModuleBytes.sections(module)) {
            ModuleBytes r = new ModuleBytes(s.payload(), 0);
            if (s.id() == ModuleBytes.IMPORT_SECTION) {
                for (int n = r.u32(); n > 0; n--) {
                    r.skipName();
                    r.skipName();
                    int start = r.position();
                    int kind = r.u8();
                    if (kind == MEMORY_KIND && (r.u8() & LIMITS_64_BIT) != 0) {
                        return true;
                    }
                    r = new ModuleBytes(s.payload(), start);
                    r.skipImportDesc();
                }
            } else if (s.id() == MEMORY_SECTION) {
                for (int n = r.u32(); n > 0; n--) {
                    int start = r.position();
                    if ((r.u8() & LIMITS_64_BIT) != 0) {
                        return true;
                    }
                    r = new ModuleBytes(s.payload(), start);
                    r.skipLimits();
                }
            }
        }
        return false;
    }

    /**
     * GC references shared between core instances: Chicory keeps each GC object (and each {@code
     * i31} stored in a table) in the store of the instance that made it and hands out an index into
     * that store, which another instance reads against its own store (a wrong value or a {@code
     * NullPointerException}). Sharing needs an import, so imports with such types are rejected.
     */
    static void checkParsed(WasmModule module) {
        TypeSection types = module.typeSection();
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            String what = null;
            if (imp instanceof TableImport t && isGc(t.entryType(), types, true)) {
                what = "table of " + t.entryType();
            } else if (imp instanceof GlobalImport g && isGc(g.type(), types, false)) {
                what = "global of " + g.type();
            } else if (imp instanceof FunctionImport f && hasGc(types, f.typeIndex())) {
                what = "function passing GC references";
            }
            if (what != null) {
                throw new UnsupportedFeatureException(
                        "GC references shared between core instances (import `"
                                + imp.module()
                                + "` `"
                                + imp.name()
                                + "`: "
                                + what
                                + "): the core engine, Chicory 1.7.5, keeps GC references per"
                                + " instance");
            }
        }
    }

    private static boolean hasGc(TypeSection types, int typeIndex) {
        FunctionType f;
        try {
            f = types.getType(typeIndex);
        } catch (RuntimeException unknown) {
            return false; // the parser or instantiation reports it
        }
        if (f == null) {
            return false;
        }
        for (ValType t : f.params()) {
            if (isGc(t, types, false)) {
                return true;
            }
        }
        for (ValType t : f.returns()) {
            if (isGc(t, types, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether values of {@code t} are indices into an instance's GC store. An {@code i31} travels
     * inline on the stack and in globals, but is boxed into the store in a table.
     */
    private static boolean isGc(ValType t, TypeSection types, boolean inTable) {
        if (!t.isReference()) {
            return false;
        }
        int heap = t.typeIdx();
        if (heap >= 0) {
            try {
                return types.getSubType(heap).compType().funcType() == null;
            } catch (RuntimeException unknown) {
                return false;
            }
        }
        if (heap == ValType.TypeIdxCode.I31.code()) {
            return inTable;
        }
        return heap == ValType.TypeIdxCode.ANY.code()
                || heap == ValType.TypeIdxCode.EQ.code()
                || heap == ValType.TypeIdxCode.STRUCT.code()
                || heap == ValType.TypeIdxCode.ARRAY.code();
    }
}
