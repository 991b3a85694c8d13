package dev.dovetail.format.text;

/** Table, memory and global types (shared by imports and definitions). */
final class ExternTypes {
    private final TypeParser tp;

    ExternTypes(TypeParser tp) {
        this.tp = tp;
    }

    void tableType(Cursor c, WasmWriter w, boolean is64) {
        long min = NumberLiterals.u64(c.expectAtom(TokenKind.NUMBER, "table size"));
        Long max = c.peekKind(TokenKind.NUMBER) ? NumberLiterals.u64((SAtom) c.next()) : null;
        tp.refType(c.next()).write(w);
        limits(w, (max != null ? 1 : 0) | (is64 ? 4 : 0), min, max);
    }

    static void limits(WasmWriter w, int flags, long min, Long max) {
        w.u8(flags).u64(min);
        if (max != null) {
            w.u64(max);
        }
    }

    void memType(Cursor c, WasmWriter w) {
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

    void globalType(Cursor c, WasmWriter w) {
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
}
