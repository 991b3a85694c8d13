package dev.dovetail.format.text;

import java.util.ArrayList;
import java.util.List;

/** Element and data segments, including the ones tables and memories declare inline. */
final class Segments {
    private final ModuleContext m;
    private final TypeParser tp;
    private final Section elems;
    private final Section datas;

    Segments(ModuleContext m, Section elems, Section datas) {
        this.m = m;
        this.tp = m.typeParser;
        this.elems = elems;
        this.datas = datas;
    }

    private WasmWriter funcIndex(SExpr e) {
        return new WasmWriter().u32(m.funcs.resolve(e));
    }

    /** Remaining items of {@code c} as a constant expression. */
    static void constExpr(ModuleContext m, Cursor c, WasmWriter w) {
        new CodeAssembler(m, null, w).expression(c);
    }

    /** {@code (offset instr*)} or the abbreviation: one folded instruction. */
    private WasmWriter offsetExpr(SList l) {
        WasmWriter w = new WasmWriter();
        if (l.isList("offset")) {
            constExpr(m, l.cursor(1), w);
        } else {
            constExpr(m, single(l), w);
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
        constExpr(m, l.isList("item") ? l.cursor(1) : single(l), w);
        return w;
    }

    void elem(SList l) {
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

    void data(SList l) {
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

    /**
     * {@code (table reftype (elem ...))}: an active segment at offset 0 of table {@code table};
     * returns its length, which is also the table's size.
     */
    int inlineElem(SList elem, int table, ValType type, boolean is64) {
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
        writeElem(0, table, zeroOffset(is64), !exprs, type, items);
        return items.size();
    }

    /**
     * {@code (memory (data "..."*))}: an active segment at offset 0 of memory {@code mem}; returns
     * its length in bytes, from which the memory's size follows.
     */
    int inlineData(SList data, int mem, boolean is64) {
        Cursor dc = data.cursor(1);
        WasmWriter bytes = new WasmWriter();
        while (!dc.atEnd()) {
            bytes.bytes(dc.expectBytes());
        }
        WasmWriter d = datas.add();
        if (mem == 0) {
            d.u8(0x00);
        } else {
            d.u8(0x02).u32(mem);
        }
        d.bytes(zeroOffset(is64)).sized(bytes);
        return bytes.size();
    }

    private static WasmWriter zeroOffset(boolean is64) {
        return new WasmWriter().u8(is64 ? 0x42 : 0x41).u8(0x00).u8(0x0b);
    }
}
