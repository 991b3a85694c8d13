package dev.dovetail.format.text;

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
    private final ExternTypes externTypes = new ExternTypes(tp);
    private final Segments segments = new Segments(m, elems, datas);
    private Integer start;

    /** Running per-space counters of pass two (imports precede definitions, so = index). */
    private int nextFunc;

    private int nextTable;
    private int nextMem;
    private int nextGlobal;
    private int nextTag;

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
            case "elem" -> segments.elem(l);
            case "data" -> segments.data(l);
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
                externTypes.globalType(c, w);
                Segments.constExpr(m, c, w);
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
                externTypes.tableType(c, w, is64);
            }
            case "memory" -> {
                w.u8(0x02);
                externTypes.memType(c, w);
            }
            case "global" -> {
                w.u8(0x03);
                externTypes.globalType(c, w);
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

    private void table(Cursor c, int idx) {
        boolean is64 = c.acceptKeyword("i64");
        if (!is64) {
            c.acceptKeyword("i32");
        }
        if (c.peekKind(TokenKind.NUMBER)) {
            WasmWriter type = new WasmWriter();
            externTypes.tableType(c, type, is64);
            if (c.atEnd()) {
                tables.add().bytes(type);
            } else {
                // Table with an explicit initial value (function references proposal).
                WasmWriter w = tables.add().u8(0x40).u8(0x00).bytes(type);
                Segments.constExpr(m, c, w);
            }
            return;
        }
        // (table reftype (elem ...)): sized by the segment, which is active at offset 0.
        ValType type = tp.refType(c.next());
        SList elem = c.expectList("elem");
        c.expectEnd();
        int n = segments.inlineElem(elem, idx, type, is64);
        WasmWriter t = tables.add();
        type.write(t);
        ExternTypes.limits(t, 1 | (is64 ? 4 : 0), n, (long) n);
    }

    private void memory(Cursor c, int idx) {
        boolean is64 = false;
        if (c.peekKeyword("i64") && c.peek(1) != null && c.peek(1).isList("data")) {
            c.next();
            is64 = true;
        }
        if (!c.peekList("data")) {
            externTypes.memType(c, mems.add());
            c.expectEnd();
            return;
        }
        SList data = c.expectList("data");
        c.expectEnd();
        long pages = (segments.inlineData(data, idx, is64) + 65535L) / 65536L;
        ExternTypes.limits(mems.add(), 1 | (is64 ? 4 : 0), pages, pages);
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
