package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.types.ModuleType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the import/export signature of a core module from its bytes: the type, import, function,
 * table, memory, global, export and tag sections (code is skipped; the decoder checks modules).
 */
final class ModuleReader {
    private final byte[] b;
    private int pos;

    private ModuleReader(byte[] b) {
        this.b = b;
    }

    static ModuleType read(byte[] bytes) {
        try {
            return new ModuleReader(bytes).module();
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidComponentException("invalid core module: unexpected end of input");
        }
    }

    private ModuleType module() {
        pos = 8;
        List<Object> types = new ArrayList<>();
        List<CoreFuncType> funcs = new ArrayList<>();
        List<CoreExtern> tables = new ArrayList<>();
        List<CoreExtern> memories = new ArrayList<>();
        List<CoreExtern> globals = new ArrayList<>();
        List<CoreExtern> tags = new ArrayList<>();
        List<ModuleType.Import> imports = new ArrayList<>();
        LinkedHashMap<String, CoreExtern> exports = new LinkedHashMap<>();
        while (pos < b.length) {
            int id = b[pos++] & 0xff;
            int size = (int) u32();
            int end = pos + size;
            switch (id) {
                case 1 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        recType(types);
                    }
                }
                case 2 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        String module = name();
                        String field = name();
                        int kind = b[pos++] & 0xff;
                        CoreExtern t;
                        switch (kind) {
                            case 0 -> {
                                CoreFuncType f = func(types, u32());
                                funcs.add(f);
                                t = new CoreExtern.Func(f);
                            }
                            case 1 -> {
                                t = table();
                                tables.add(t);
                            }
                            case 2 -> {
                                t = new CoreExtern.Memory(limits());
                                memories.add(t);
                            }
                            case 3 -> {
                                t = global();
                                globals.add(t);
                            }
                            case 4 -> {
                                pos++;
                                t = new CoreExtern.Tag(func(types, u32()));
                                tags.add(t);
                            }
                            default ->
                                    throw new InvalidComponentException(
                                            "invalid core module: malformed import kind " + kind);
                        }
                        imports.add(new ModuleType.Import(module, field, t));
                    }
                }
                case 3 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        funcs.add(func(types, u32()));
                    }
                }
                case 4 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        boolean init = (b[pos] & 0xff) == 0x40;
                        if (init) {
                            pos += 2;
                        }
                        tables.add(table());
                        if (init) {
                            skipConstExpr();
                        }
                    }
                }
                case 5 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        memories.add(new CoreExtern.Memory(limits()));
                    }
                }
                case 6 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        globals.add(global());
                        skipConstExpr();
                    }
                }
                case 7 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        String name = name();
                        int kind = b[pos++] & 0xff;
                        int idx = (int) u32();
                        CoreExtern t =
                                switch (kind) {
                                    case 0 ->
                                            new CoreExtern.Func(
                                                    ScopeState.at(funcs, idx, "function"));
                                    case 1 -> ScopeState.at(tables, idx, "table");
                                    case 2 -> ScopeState.at(memories, idx, "memory");
                                    case 3 -> ScopeState.at(globals, idx, "global");
                                    case 4 -> ScopeState.at(tags, idx, "tag");
                                    default ->
                                            throw new InvalidComponentException(
                                                    "invalid core module: malformed export kind "
                                                            + kind);
                                };
                        exports.put(name, t);
                    }
                }
                case 13 -> {
                    long n = u32();
                    for (long i = 0; i < n; i++) {
                        pos++;
                        tags.add(new CoreExtern.Tag(func(types, u32())));
                    }
                }
                default -> {}
            }
            pos = end;
        }
        return new ModuleType(imports, exports);
    }

    private void skipConstExpr() {
        // constant expressions: scan instructions until the final `end` (0x0b)
        while (true) {
            int op = b[pos++] & 0xff;
            switch (op) {
                case 0x0b -> {
                    return;
                }
                case 0x41, 0x42, 0x23, 0xd2 -> leb();
                case 0x43 -> pos += 4;
                case 0x44 -> pos += 8;
                case 0xd0 -> heapType();
                case 0xfd -> {
                    u32();
                    pos += 16;
                }
                case 0xfb -> {
                    long sub = u32();
                    if (sub <= 8 || sub == 0x1a || sub == 0x1b) {
                        // struct.new/array.new variants and friends carry one or two indices
                        u32();
                        if (sub == 7 || sub == 8) {
                            u32();
                        }
                    }
                }
                default -> {}
            }
        }
    }

    private void recType(List<Object> types) {
        int tag = b[pos] & 0xff;
        if (tag == 0x4e) {
            pos++;
            long n = u32();
            for (long i = 0; i < n; i++) {
                subType(types);
            }
        } else {
            subType(types);
        }
    }

    private void subType(List<Object> types) {
        int tag = b[pos] & 0xff;
        if (tag == 0x50 || tag == 0x4f) {
            pos++;
            long n = u32();
            for (long i = 0; i < n; i++) {
                u32();
            }
        }
        int form = b[pos++] & 0xff;
        switch (form) {
            case 0x60 -> {
                List<CoreValType> ps = valTypes();
                List<CoreValType> rs = valTypes();
                types.add(new CoreFuncType(ps, rs));
            }
            case 0x5f -> {
                long n = u32();
                for (long i = 0; i < n; i++) {
                    storageType();
                    pos++;
                }
                types.add(ScopeState.CORE_GC_TYPE);
            }
            case 0x5e -> {
                storageType();
                pos++;
                types.add(ScopeState.CORE_GC_TYPE);
            }
            case 0x5d -> {
                u32();
                types.add(ScopeState.CORE_GC_TYPE);
            }
            default ->
                    throw new InvalidComponentException(
                            "invalid core module: malformed type form 0x"
                                    + Integer.toHexString(form));
        }
    }

    private void storageType() {
        int t = b[pos] & 0xff;
        if (t == 0x78 || t == 0x77) {
            pos++;
        } else {
            valType();
        }
    }

    private List<CoreValType> valTypes() {
        long n = u32();
        List<CoreValType> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(valType());
        }
        return out;
    }

    private CoreValType valType() {
        int t = b[pos++] & 0xff;
        return switch (t) {
            case 0x7f -> CoreValType.Num.I32;
            case 0x7e -> CoreValType.Num.I64;
            case 0x7d -> CoreValType.Num.F32;
            case 0x7c -> CoreValType.Num.F64;
            case 0x7b -> CoreValType.Num.V128;
            case 0x63 -> new CoreValType.Ref(true, heapType());
            case 0x64 -> new CoreValType.Ref(false, heapType());
            default -> {
                pos--;
                yield new CoreValType.Ref(true, heapType());
            }
        };
    }

    private CoreHeapType heapType() {
        int t = b[pos] & 0xff;
        CoreHeapType.Abstract a =
                switch (t) {
                    case 0x70 -> CoreHeapType.Abstract.FUNC;
                    case 0x6f -> CoreHeapType.Abstract.EXTERN;
                    case 0x6e -> CoreHeapType.Abstract.ANY;
                    case 0x6d -> CoreHeapType.Abstract.EQ;
                    case 0x6c -> CoreHeapType.Abstract.I31;
                    case 0x6b -> CoreHeapType.Abstract.STRUCT;
                    case 0x6a -> CoreHeapType.Abstract.ARRAY;
                    case 0x69 -> CoreHeapType.Abstract.EXN;
                    case 0x68 -> CoreHeapType.Abstract.CONT;
                    case 0x73 -> CoreHeapType.Abstract.NOFUNC;
                    case 0x72 -> CoreHeapType.Abstract.NOEXTERN;
                    case 0x71 -> CoreHeapType.Abstract.NONE;
                    case 0x74 -> CoreHeapType.Abstract.NOEXN;
                    case 0x75 -> CoreHeapType.Abstract.NOCONT;
                    default -> null;
                };
        if (a != null) {
            pos++;
            return a;
        }
        return new CoreHeapType.Concrete(leb());
    }

    private CoreExtern table() {
        CoreValType t = valType();
        if (!(t instanceof CoreValType.Ref r)) {
            throw new InvalidComponentException(
                    "invalid core module: table element type must be a reference");
        }
        return new CoreExtern.Table(r, limits());
    }

    private CoreExtern global() {
        CoreValType t = valType();
        boolean mut = (b[pos++] & 1) != 0;
        return new CoreExtern.Global(t, mut);
    }

    private Limits limits() {
        int flags = b[pos++] & 0xff;
        boolean hasMax = (flags & 1) != 0;
        boolean shared = (flags & 2) != 0;
        boolean i64 = (flags & 4) != 0;
        long min = u64();
        OptionalLong max = hasMax ? OptionalLong.of(u64()) : OptionalLong.empty();
        if ((flags & 8) != 0) {
            u32(); // custom page size
        }
        return new Limits(min, max, shared, i64);
    }

    private static CoreFuncType func(List<Object> types, long idx) {
        Object o = ScopeState.at(types, idx, "type");
        if (o instanceof CoreFuncType f) {
            return f;
        }
        throw new InvalidComponentException("type index " + idx + " is not a function type");
    }

    private String name() {
        int n = (int) u32();
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private long u32() {
        return u64();
    }

    private long u64() {
        long result = 0;
        int shift = 0;
        while (true) {
            int x = b[pos++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    private long leb() {
        long result = 0;
        int shift = 0;
        int x;
        do {
            x = b[pos++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        if (shift < 64 && (x & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }
}
