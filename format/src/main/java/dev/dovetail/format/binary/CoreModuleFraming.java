package dev.dovetail.format.binary;

/**
 * Walks the section headers of an embedded core module (ids, sizes and order) without decoding the
 * sections. This gives wasmparser's wording for framing errors whatever {@link CoreModuleCheck}
 * then looks at the contents.
 */
final class CoreModuleFraming {
    private CoreModuleFraming() {}

    /** Checks the sections that follow the module's preamble in {@code r}, consuming them. */
    static void check(ByteReader r) {
        int last = 0;
        while (!r.atEnd()) {
            int start = r.position();
            int id = r.u8();
            int rank = rank(id);
            if (rank < 0) {
                throw ByteReader.error("malformed section id: " + id, start);
            }
            r.slice(r.u32());
            if (rank > 0) {
                if (rank <= last) {
                    throw ByteReader.error("section out of order", start);
                }
                last = rank;
            }
        }
    }

    /** Position of a section id in the required order; 0 for custom sections, -1 if unknown. */
    private static int rank(int id) {
        switch (id) {
            case 0:
                return 0;
            case 1: // type
                return 1;
            case 2: // import
                return 2;
            case 3: // function
                return 3;
            case 4: // table
                return 4;
            case 5: // memory
                return 5;
            case 13: // tag
                return 6;
            case 6: // global
                return 7;
            case 7: // export
                return 8;
            case 8: // start
                return 9;
            case 9: // element
                return 10;
            case 12: // data count
                return 11;
            case 10: // code
                return 12;
            case 11: // data
                return 13;
            default:
                return -1;
        }
    }

    /**
     * Whether the module imports something under an empty module name and an empty field name.
     * Chicory 1.7.5 rejects such imports ("malformed import kind") although they are valid core
     * wasm, so {@link CoreModuleCheck#CHICORY} cannot judge those modules.
     */
    static boolean hasEmptyImportNames(byte[] module) {
        try {
            return scanImports(module);
        } catch (dev.dovetail.abi.DovetailException e) {
            return false; // let Chicory report the broken import section
        }
    }

    /**
     * Whether the module has a 64-bit memory (memory64), imported or defined. Chicory 1.7.5 rejects
     * its limits as malformed although the module is valid, so {@link CoreModuleCheck#CHICORY}
     * cannot judge those modules; a runtime refuses them as unsupported.
     */
    static boolean hasMemory64(byte[] module) {
        try {
            return scanMemories(module);
        } catch (dev.dovetail.abi.DovetailException e) {
            return false; // let Chicory report the broken section
        }
    }

    private static boolean scanMemories(byte[] module) {
        ByteReader r = new ByteReader(module);
        r.bytes(8);
        while (!r.atEnd()) {
            int id = r.u8();
            ByteReader s = r.slice(r.u32());
            if (id == 2) {
                int n = s.vecLength();
                for (int i = 0; i < n; i++) {
                    if (CoreTypeReader.coreImport(s).type()
                                    instanceof dev.dovetail.format.model.CoreExternType.Memory m
                            && m.limits().index64()) {
                        return true;
                    }
                }
            } else if (id == 5) {
                int n = s.vecLength();
                for (int i = 0; i < n; i++) {
                    if (CoreTypeReader.limits(s, "memory").index64()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean scanImports(byte[] module) {
        ByteReader r = new ByteReader(module);
        r.bytes(8);
        while (!r.atEnd()) {
            int id = r.u8();
            ByteReader s = r.slice(r.u32());
            if (id == 2) {
                int n = s.vecLength();
                for (int i = 0; i < n; i++) {
                    var imp = CoreTypeReader.coreImport(s);
                    if (imp.module().isEmpty() && imp.name().isEmpty()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
