package dev.dovetail.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Core module fields to binary. Pass one binds every name (so fields may refer forward) and checks
 * that imports precede definitions; type definitions are then parsed; pass two encodes the fields
 * in text order, which is also the order in which implicit function types get appended.
 */
final class ModuleAssembler {
    private final ModuleContext m = new ModuleContext();
    private final TypeParser tp = m.typeParser;

    private final Section imports = new Section();
    private final Section funcs = new Section();
    private final Section tables = new Section();
    private final Section mems = new Section();
    private final Section tags = new Section();
    private final Section globals = new Section();
    private final Section exports = new Section();
    private final Section elems = new Section();
    private final Section code = new Section();
    private final Section datas = new Section();
    private Integer start;

    /** Running per-space counters of pass two (imports precede definitions, so = index). */
    private int nextFunc;

    private int nextTable;
    private int nextMem;
    private int nextGlobal;
    private int nextTag;

    /** Entries of one section, counted. */
    private static final class Section {
        final WasmWriter body = new WasmWriter();
        int count;

        WasmWriter add() {
            count++;
            return body;
        }
    }

    /** A type definition whose id is bound but whose body waits until all type ids are. */
    private record PendingType(SExpr def, int index) {}

    static byte[] assemble(List<SExpr> fields) {
        return new ModuleAssembler().run(fields);
    }

    private byte[] run(List<SExpr> fields) {
        List<SList> lists = new ArrayList<>();
        for (SExpr f : fields) {
            if (!(f instanceof SList l) || l.head() == null) {
                throw WatException.at(f, "expected module field");
            }
            lists.add(l);
        }
        List<PendingType> pendingTypes = new ArrayList<>();
        declare(lists, pendingTypes);
        for (PendingType p : pendingTypes) {
            m.typeDefs.set(p.index(), tp.typeDef(p.def(), p.index()));
        }
        for (SList l : lists) {
            encodeField(l);
        }
        return write();
    }

    // ---- pass one -------------------------------------------------------------------------

    private void declare(List<SList> fields, List<PendingType> pendingTypes) {
        String definedKind = null;
        for (SList l : fields) {
            String head = l.head();
            switch (head) {
                case "type" -> {
                    int idx = declareType(l, pendingTypes);
                    m.recGroups.add(new ModuleContext.RecGroup(idx, 1, false));
                }
                case "rec" -> {
                    int first = m.typeDefs.size();
                    Cursor c = l.cursor(1);
                    while (!c.atEnd()) {
                        declareType(c.expectList("type"), pendingTypes);
                    }
                    m.recGroups.add(
                            new ModuleContext.RecGroup(first, m.typeDefs.size() - first, true));
                }
                case "import" -> {
                    Cursor c = l.cursor(1);
                    c.expectName();
                    c.expectName();
                    SList desc = c.expectList();
                    c.expectEnd();
                    IndexSpace space = spaceOf(desc, desc.head());
                    checkImportOrder(l, definedKind);
                    space.add(desc.cursor(1).optId(), desc);
                }
                case "func", "table", "memory", "global", "tag" -> {
                    Cursor c = l.cursor(1);
                    String id = c.optId();
                    while (c.peekList("export")) {
                        c.next();
                    }
                    IndexSpace space = spaceOf(l, head);
                    if (c.peekList("import")) {
                        checkImportOrder(l, definedKind);
                    } else {
                        if (definedKind == null) {
                            definedKind = head;
                        }
                        if (head.equals("table") && hasItem(c, "elem")) {
                            m.elems.addAnonymous(1);
                        }
                        if (head.equals("memory") && hasItem(c, "data")) {
                            m.datas.addAnonymous(1);
                        }
                    }
                    space.add(id, l);
                }
                case "elem" -> m.elems.add(l.cursor(1).optId(), l);
                case "data" -> m.datas.add(l.cursor(1).optId(), l);
                case "export", "start" -> {}
                default -> throw WatException.at(l, "unknown module field '" + head + "'");
            }
        }
    }

    private int declareType(SList l, List<PendingType> pendingTypes) {
        Cursor c = l.cursor(1);
        int idx = m.types.add(c.optId(), l);
        m.typeDefs.add(null);
        pendingTypes.add(new PendingType(c.next(), idx));
        c.expectEnd();
        return idx;
    }

    private static boolean hasItem(Cursor c, String head) {
        for (int i = 0; c.peek(i) != null; i++) {
            if (c.peek(i).isList(head)) {
                return true;
            }
        }
        return false;
    }

    private static void checkImportOrder(SList l, String definedKind) {
        if (definedKind != null) {
            String what = definedKind.equals("func") ? "function" : definedKind;
            throw WatException.at(l, "import after " + what + " definition");
        }
    }

    private IndexSpace spaceOf(SExpr at, String kind) {
        if (kind == null) {
            throw WatException.at(at, "expected import kind");
        }
        return switch (kind) {
            case "func" -> m.funcs;
            case "table" -> m.tables;
            case "memory" -> m.mems;
            case "global" -> m.globals;
            case "tag" -> m.tags;
            default -> throw WatException.at(at, "unknown import kind '" + kind + "'");
        };
    }

    // ---- pass two -------------------------------------------------------------------------

    private void encodeField(SList l) {
        switch (l.head()) {
            case "type", "rec" -> {}
            case "import" -> {
                Cursor c = l.cursor(1);
                String module = c.expectName();
                String name = c.expectName();
                SList desc = c.expectList();
                Cursor dc = desc.cursor(1);
                dc.optId();
                nextIndex(desc.head());
                importDesc(module, name, desc.head(), dc);
            }
            case "func", "table", "memory", "global", "tag" -> entity(l);
            case "export" -> {
                Cursor c = l.cursor(1);
                String name = c.expectName();
                SList desc = c.expectList();
                c.expectEnd();
                Cursor dc = desc.cursor(1);
                int idx = spaceOf(desc, desc.head()).resolve(dc.next());
                dc.expectEnd();
                export(name, desc.head(), idx);
            }
            case "start" -> {
                if (start != null) {
                    throw WatException.at(l, "multiple start sections");
                }
                Cursor c = l.cursor(1);
                start = m.funcs.resolve(c.next());
                c.expectEnd();
            }
            case "elem" -> elem(l);
            case "data" -> data(l);
            default -> throw new IllegalStateException(l.head());
        }
    }

    private int nextIndex(String kind) {
        return switch (kind) {
            case "func" -> nextFunc++;
            case "table" -> nextTable++;
            case "memory" -> nextMem++;
            case "global" -> nextGlobal++;
            default -> nextTag++;
        };
    }

    private void export(String name, String kind, int idx) {
        int code =
                switch (kind) {
                    case "func" -> 0;
                    case "table" -> 1;
                    case "memory" -> 2;
                    case "global" -> 3;
                    default -> 4;
                };
        exports.add().name(name).u8(code).u32(idx);
    }

    /** func/table/memory/global/tag with inline exports and an optional inline import. */
    private void entity(SList l) {
        String kind = l.head();
        Cursor c = l.cursor(1);
        c.optId();
        int idx = nextIndex(kind);
        while (c.peekList("export")) {
            Cursor ec = c.expectList("export").cursor(1);
            String name = ec.expectName();
            ec.expectEnd();
            export(name, kind, idx);
        }
        if (c.peekList("import")) {
            Cursor ic = c.expectList("import").cursor(1);
            String module = ic.expectName();
            String name = ic.expectName();
            ic.expectEnd();
            importDesc(module, name, kind, c);
            return;
        }
        switch (kind) {
            case "func" -> func(c);
            case "table" -> table(c, idx);
            case "memory" -> memory(c, idx);
            case "global" -> {
                WasmWriter w = globals.add();
                globalType(c, w);
                constExpr(c, w);
            }
            default -> {
                tags.add().u8(0x00).u32(m.typeUse(c, false).index());
                c.expectEnd();
            }
        }
    }

    private void importDesc(String module, String name, String kind, Cursor c) {
        WasmWriter w = imports.add().name(module).name(name);
        switch (kind) {
            case "func" -> w.u8(0x00).u32(m.typeUse(c, true).index());
            case "table" -> {
                w.u8(0x01);
                boolean is64 = c.acceptKeyword("i64");
                if (!is64) {
                    c.acceptKeyword("i32");
                }
                tableType(c, w, is64);
            }
            case "memory" -> {
                w.u8(0x02);
                memType(c, w);
            }
            case "global" -> {
                w.u8(0x03);
                globalType(c, w);
            }
            default -> w.u8(0x04).u8(0x00).u32(m.typeUse(c, false).index());
        }
        c.expectEnd();
    }

    private void func(Cursor c) {
        ModuleContext.TypeUse use = m.typeUse(c, true);
        funcs.add().u32(use.index());
        IndexSpace locals = new IndexSpace("local");
        SExpr at = c.peek() != null ? c.peek() : c.list();
        for (String name : use.paramNames()) {
            locals.add(name, at);
        }
        List<ValType> localTypes = new ArrayList<>();
        while (c.peekList("local")) {
            SList l = c.expectList("local");
            List<String> names = new ArrayList<>();
            tp.valTypeList(l, localTypes, names);
            for (String name : names) {
                locals.add(name, l);
            }
        }
        WasmWriter body = new WasmWriter();
        // Locals are run-length compressed: consecutive equal types share one entry.
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < localTypes.size(); i++) {
            if (i > 0 && localTypes.get(i).equals(localTypes.get(i - 1))) {
                runs.get(runs.size() - 1)[0]++;
            } else {
                runs.add(new int[] {1, i});
            }
        }
        body.u32(runs.size());
        for (int[] r : runs) {
            body.u32(r[0]);
            localTypes.get(r[1]).write(body);
        }
        new CodeAssembler(m, locals, body).expression(c);
        code.add().sized(body);
    }

    private void tableType(Cursor c, WasmWriter w, boolean is64) {
        long min = NumberLiterals.u64(c.expectAtom(TokenKind.NUMBER, "table size"));
        Long max = c.peekKind(TokenKind.NUMBER) ? NumberLiterals.u64((SAtom) c.next()) : null;
        tp.refType(c.next()).write(w);
        limits(w, (max != null ? 1 : 0) | (is64 ? 4 : 0), min, max);
    }

    private static void limits(WasmWriter w, int flags, long min, Long max) {
        w.u8(flags).u64(min);
        if (max != null) {
            w.u64(max);
        }
    }

    private void table(Cursor c, int idx) {
        boolean is64 = c.acceptKeyword("i64");
        if (!is64) {
            c.acceptKeyword("i32");
        }
        if (c.peekKind(TokenKind.NUMBER)) {
            WasmWriter type = new WasmWriter();
            tableType(c, type, is64);
            if (c.atEnd()) {
                tables.add().bytes(type);
            } else {
                // Table with an explicit initial value (function references proposal).
                WasmWriter w = tables.add().u8(0x40).u8(0x00).bytes(type);
                constExpr(c, w);
            }
            return;
        }
        // (table reftype (elem ...)): sized by the segment, which is active at offset 0.
        ValType type = tp.refType(c.next());
        SList elem = c.expectList("elem");
        c.expectEnd();
        Cursor ec = elem.cursor(1);
        List<WasmWriter> items = new ArrayList<>();
        boolean exprs = ec.peek() instanceof SList;
        while (!ec.atEnd()) {
            items.add(exprs ? elemExpr(ec.next()) : funcIndex(ec.next()));
        }
        if (!exprs && !type.equals(ValType.FUNCREF)) {
            // Function indices only encode funcref segments: other types need ref.func items.
            exprs = true;
            for (int i = 0; i < items.size(); i++) {
                items.set(i, new WasmWriter().u8(0xd2).bytes(items.get(i)).u8(0x0b));
            }
        }
        WasmWriter t = tables.add();
        type.write(t);
        limits(t, 1 | (is64 ? 4 : 0), items.size(), (long) items.size());
        WasmWriter offset = new WasmWriter();
        offset.u8(is64 ? 0x42 : 0x41).u8(0x00).u8(0x0b);
        writeElem(0, idx, offset, !exprs, type, items);
    }

    private WasmWriter funcIndex(SExpr e) {
        return new WasmWriter().u32(m.funcs.resolve(e));
    }

    private void memType(Cursor c, WasmWriter w) {
        boolean is64 = c.acceptKeyword("i64");
        if (!is64) {
            c.acceptKeyword("i32");
        }
        long min = NumberLiterals.u64(c.expectAtom(TokenKind.NUMBER, "memory size"));
        Long max = c.peekKind(TokenKind.NUMBER) ? NumberLiterals.u64((SAtom) c.next()) : null;
        boolean shared = c.acceptKeyword("shared");
        Integer pageLog2 = null;
        if (c.peekList("pagesize")) {
            SList p = c.expectList("pagesize");
            long size =
                    NumberLiterals.u32((SAtom) p.cursor(1).expectAtom(TokenKind.NUMBER, "size"));
            if (size == 0 || Long.bitCount(size) != 1) {
                throw WatException.at(p, "invalid custom page size");
            }
            pageLog2 = Long.numberOfTrailingZeros(size);
        }
        int flags =
                (max != null ? 1 : 0)
                        | (shared ? 2 : 0)
                        | (is64 ? 4 : 0)
                        | (pageLog2 != null ? 8 : 0);
        limits(w, flags, min, max);
        if (pageLog2 != null) {
            w.u32(pageLog2);
        }
    }

    private void memory(Cursor c, int idx) {
        boolean is64 = false;
        if (c.peekKeyword("i64") && c.peek(1) != null && c.peek(1).isList("data")) {
            c.next();
            is64 = true;
        }
        if (!c.peekList("data")) {
            memType(c, mems.add());
            c.expectEnd();
            return;
        }
        Cursor dc = c.expectList("data").cursor(1);
        c.expectEnd();
        WasmWriter bytes = new WasmWriter();
        while (!dc.atEnd()) {
            bytes.bytes(dc.expectBytes());
        }
        long pages = (bytes.size() + 65535L) / 65536L;
        limits(mems.add(), 1 | (is64 ? 4 : 0), pages, pages);
        WasmWriter d = datas.add();
        if (idx == 0) {
            d.u8(0x00);
        } else {
            d.u8(0x02).u32(idx);
        }
        d.u8(is64 ? 0x42 : 0x41).u8(0x00).u8(0x0b).sized(bytes);
    }

    private void globalType(Cursor c, WasmWriter w) {
        SExpr t = c.next();
        if (t.isList("mut")) {
            Cursor mc = ((SList) t).cursor(1);
            tp.valType(mc.next()).write(w);
            mc.expectEnd();
            w.u8(0x01);
        } else {
            tp.valType(t).write(w);
            w.u8(0x00);
        }
    }

    /** Remaining items of {@code c} as a constant expression. */
    private void constExpr(Cursor c, WasmWriter w) {
        new CodeAssembler(m, null, w).expression(c);
    }

    /** {@code (offset instr*)} or the abbreviation: one folded instruction. */
    private WasmWriter offsetExpr(SList l) {
        WasmWriter w = new WasmWriter();
        if (l.isList("offset")) {
            constExpr(l.cursor(1), w);
        } else {
            constExpr(single(l), w);
        }
        return w;
    }

    private static Cursor single(SList instr) {
        return new SList(
                        List.of(instr),
                        instr.line(),
                        instr.column(),
                        instr.endLine(),
                        instr.endColumn())
                .cursor(0);
    }

    /** {@code (item instr*)} or one folded instruction. */
    private WasmWriter elemExpr(SExpr e) {
        if (!(e instanceof SList l)) {
            throw WatException.at(e, "expected element expression");
        }
        WasmWriter w = new WasmWriter();
        constExpr(l.isList("item") ? l.cursor(1) : single(l), w);
        return w;
    }

    private void elem(SList l) {
        Cursor c = l.cursor(1);
        c.optId();
        int mode; // 0 active, 1 passive, 2 declarative
        int table = 0;
        boolean explicitTable = false;
        WasmWriter offset = null;
        if (c.acceptKeyword("declare")) {
            mode = 2;
        } else {
            if (c.peekList("table")) {
                Cursor tc = c.expectList("table").cursor(1);
                table = m.tables.resolve(tc.next());
                tc.expectEnd();
                explicitTable = true;
            } else if (c.peekKind(TokenKind.NUMBER)) {
                table = m.tables.resolve(c.next()); // MVP syntax: bare table index
                explicitTable = true;
            }
            if (c.peek() instanceof SList ol && !ol.isList("ref") && !ol.isList("item")) {
                c.next();
                offset = offsetExpr(ol);
            } else if (explicitTable) {
                throw c.error("expected offset expression");
            }
            mode = offset != null ? 0 : 1;
        }
        boolean indices;
        ValType type = ValType.FUNCREF;
        if (c.acceptKeyword("func")) {
            indices = true;
        } else if (c.peek() != null && tp.isValType(c.peek())) {
            type = tp.refType(c.next());
            indices = false;
        } else if (mode == 0 && (c.atEnd() || IndexSpace.isIndex(c.peek()))) {
            indices = true;
        } else {
            throw c.error("expected element type");
        }
        List<WasmWriter> items = new ArrayList<>();
        while (!c.atEnd()) {
            items.add(indices ? funcIndex(c.next()) : elemExpr(c.next()));
        }
        writeElem(mode, table, offset, indices, type, items);
    }

    private void writeElem(
            int mode,
            int table,
            WasmWriter offset,
            boolean indices,
            ValType type,
            List<WasmWriter> items) {
        WasmWriter w = elems.add();
        if (indices) {
            switch (mode) {
                case 0 -> {
                    if (table == 0) {
                        w.u8(0x00).bytes(offset);
                    } else {
                        w.u8(0x02).u32(table).bytes(offset).u8(0x00);
                    }
                }
                case 1 -> w.u8(0x01).u8(0x00);
                default -> w.u8(0x03).u8(0x00);
            }
        } else {
            switch (mode) {
                case 0 -> {
                    if (table == 0 && type.equals(ValType.FUNCREF)) {
                        w.u8(0x04).bytes(offset);
                    } else {
                        w.u8(0x06).u32(table).bytes(offset);
                        type.write(w);
                    }
                }
                case 1 -> type.write(w.u8(0x05));
                default -> type.write(w.u8(0x07));
            }
        }
        w.u32(items.size());
        items.forEach(w::bytes);
    }

    private void data(SList l) {
        Cursor c = l.cursor(1);
        c.optId();
        int mem = 0;
        boolean explicitMem = false;
        if (c.peekList("memory")) {
            Cursor mc = c.expectList("memory").cursor(1);
            mem = m.mems.resolve(mc.next());
            mc.expectEnd();
            explicitMem = true;
        } else if (c.peekKind(TokenKind.NUMBER)) {
            mem = m.mems.resolve(c.next()); // MVP syntax: bare memory index
            explicitMem = true;
        }
        WasmWriter offset = null;
        if (c.peek() instanceof SList ol) {
            c.next();
            offset = offsetExpr(ol);
        } else if (explicitMem) {
            throw c.error("expected offset expression");
        }
        WasmWriter bytes = new WasmWriter();
        while (!c.atEnd()) {
            bytes.bytes(c.expectBytes());
        }
        WasmWriter w = datas.add();
        if (offset == null) {
            w.u8(0x01);
        } else if (mem == 0) {
            w.u8(0x00).bytes(offset);
        } else {
            w.u8(0x02).u32(mem).bytes(offset);
        }
        w.sized(bytes);
    }

    // ---- output ---------------------------------------------------------------------------

    private byte[] write() {
        WasmWriter out = new WasmWriter();
        out.bytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        if (!m.typeDefs.isEmpty()) {
            WasmWriter t = new WasmWriter();
            t.u32(m.recGroups.size());
            for (ModuleContext.RecGroup g : m.recGroups) {
                if (g.explicit()) {
                    t.u8(0x4e).u32(g.size());
                }
                for (int i = g.start(); i < g.start() + g.size(); i++) {
                    m.typeDefs.get(i).write(t);
                }
            }
            out.u8(1).sized(t);
        }
        section(out, 2, imports);
        section(out, 3, funcs);
        section(out, 4, tables);
        section(out, 5, mems);
        section(out, 13, tags);
        section(out, 6, globals);
        section(out, 7, exports);
        if (start != null) {
            out.u8(8).sized(new WasmWriter().u32(start));
        }
        section(out, 9, elems);
        if (m.usesDataCount) {
            out.u8(12).sized(new WasmWriter().u32(datas.count));
        }
        section(out, 10, code);
        section(out, 11, datas);
        return out.toByteArray();
    }

    private static void section(WasmWriter out, int id, Section s) {
        if (s.count > 0) {
            out.u8(id).sized(new WasmWriter().u32(s.count).bytes(s.body));
        }
    }
}
