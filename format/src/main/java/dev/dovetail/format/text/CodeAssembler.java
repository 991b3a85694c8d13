package dev.dovetail.format.text;

import dev.dovetail.format.text.Instructions.Imm;
import dev.dovetail.format.text.Instructions.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Encodes instruction sequences (function bodies and constant expressions), flat and folded,
 * resolving labels, locals and module-level indices.
 */
final class CodeAssembler {
    private final ModuleContext m;
    private final IndexSpace locals;
    private final WasmWriter out;

    /** Label names, innermost last; null for unnamed labels. */
    private final List<String> labels = new ArrayList<>();

    /**
     * @param locals the function's locals, or null in a constant expression
     */
    CodeAssembler(ModuleContext m, IndexSpace locals, WasmWriter out) {
        this.m = m;
        this.locals = locals;
        this.out = out;
        if (locals != null) {
            labels.add(null); // the function body is itself a branch target
        }
    }

    /** Encodes every remaining item of {@code c} as instructions, then {@code end}. */
    void expression(Cursor c) {
        instrs(c, out, Set.of());
        if (!c.atEnd()) {
            throw c.error("unexpected '" + c.peek() + "'");
        }
        out.u8(0x0b);
    }

    private void instrs(Cursor c, WasmWriter w, Set<String> stop) {
        while (!c.atEnd()) {
            SExpr e = c.peek();
            if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD && stop.contains(a.text())) {
                return;
            }
            instr(c, w);
        }
    }

    private void instr(Cursor c, WasmWriter w) {
        SExpr e = c.next();
        if (e instanceof SList l) {
            folded(l, w);
            return;
        }
        plain(op(e), c, w);
    }

    private Op op(SExpr e) {
        if (!(e instanceof SAtom a) || a.kind() != TokenKind.KEYWORD) {
            throw WatException.at(e, "expected instruction, found '" + e + "'");
        }
        Op op = Instructions.lookup(a.text());
        if (op == null) {
            if (Instructions.isSimd(a.text())) {
                throw TypeParser.simd(e);
            }
            if (Set.of("end", "else", "then", "catch", "catch_all").contains(a.text())) {
                throw WatException.at(e, "unexpected '" + a.text() + "'");
            }
            throw WatException.at(e, "unknown operator " + a.text());
        }
        return op;
    }

    /** A flat instruction whose keyword was just consumed from {@code c}. */
    private void plain(Op op, Cursor c, WasmWriter w) {
        switch (op.imm()) {
            case BLOCK, LOOP, TRY_TABLE -> {
                String label = blockHeader(op, c, w);
                instrs(c, w, Set.of("end"));
                c.expectKeyword("end");
                closingLabel(c, label);
                labels.remove(labels.size() - 1);
                w.u8(0x0b);
            }
            case IF -> {
                String label = blockHeader(op, c, w);
                instrs(c, w, Set.of("else", "end"));
                if (c.acceptKeyword("else")) {
                    closingLabel(c, label);
                    w.u8(0x05);
                    instrs(c, w, Set.of("end"));
                }
                c.expectKeyword("end");
                closingLabel(c, label);
                labels.remove(labels.size() - 1);
                w.u8(0x0b);
            }
            default -> immediates(op, c, w);
        }
    }

    /** {@code label? blocktype catch*}: writes opcode and block type, pushes the label. */
    private String blockHeader(Op op, Cursor c, WasmWriter w) {
        String label = c.optId();
        WasmWriter bt = new WasmWriter();
        m.blockType(c, bt);
        w.u8(op.code()).bytes(bt);
        if (op.imm() == Imm.TRY_TABLE) {
            // Catch labels are resolved outside the try_table's own label.
            WasmWriter catches = new WasmWriter();
            int n = 0;
            while (c.peek() != null && isCatch(c.peek())) {
                catchClause((SList) c.next(), catches);
                n++;
            }
            w.u32(n).bytes(catches);
        }
        labels.add(label);
        return label;
    }

    private static boolean isCatch(SExpr e) {
        return e.isList("catch")
                || e.isList("catch_ref")
                || e.isList("catch_all")
                || e.isList("catch_all_ref");
    }

    private void catchClause(SList l, WasmWriter w) {
        Cursor c = l.cursor(1);
        switch (l.head()) {
            case "catch" -> w.u8(0x00).u32(m.tags.resolve(c.next())).u32(label(c.next()));
            case "catch_ref" -> w.u8(0x01).u32(m.tags.resolve(c.next())).u32(label(c.next()));
            case "catch_all" -> w.u8(0x02).u32(label(c.next()));
            default -> w.u8(0x03).u32(label(c.next()));
        }
        c.expectEnd();
    }

    private void closingLabel(Cursor c, String label) {
        SExpr at = c.peek();
        String id = c.optId();
        if (id != null && !id.equals(label)) {
            throw WatException.at(at, "mismatching label $" + id);
        }
    }

    /** {@code (op imm* folded*)} and the folded block forms. */
    private void folded(SList l, WasmWriter w) {
        Op op = op(l.items().isEmpty() ? l : l.get(0));
        Cursor c = l.cursor(1);
        switch (op.imm()) {
            case BLOCK, LOOP, TRY_TABLE -> {
                blockHeader(op, c, w);
                instrs(c, w, Set.of());
                labels.remove(labels.size() - 1);
                w.u8(0x0b);
            }
            case IF -> {
                String label = c.optId();
                WasmWriter bt = new WasmWriter();
                m.blockType(c, bt);
                while (!c.atEnd() && !c.peekList("then")) {
                    SExpr cond = c.next();
                    if (!(cond instanceof SList cl)) {
                        throw WatException.at(cond, "expected '(then ...)'");
                    }
                    folded(cl, w);
                }
                w.u8(0x04).bytes(bt);
                labels.add(label);
                instrs(c.expectList("then").cursor(1), w, Set.of());
                if (c.peekList("else")) {
                    w.u8(0x05);
                    instrs(c.expectList("else").cursor(1), w, Set.of());
                }
                c.expectEnd();
                labels.remove(labels.size() - 1);
                w.u8(0x0b);
            }
            default -> {
                WasmWriter self = new WasmWriter();
                immediates(op, c, self);
                while (!c.atEnd()) {
                    SExpr operand = c.next();
                    if (!(operand instanceof SList ol)) {
                        throw WatException.at(operand, "unexpected '" + operand + "'");
                    }
                    folded(ol, w);
                }
                w.bytes(self);
            }
        }
    }

    private int label(SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.ID) {
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (a.text().equals(labels.get(i))) {
                    return labels.size() - 1 - i;
                }
            }
            throw WatException.at(e, "unknown label $" + a.text());
        }
        if (e instanceof SAtom a && a.kind() == TokenKind.NUMBER) {
            return (int) NumberLiterals.u32(a);
        }
        throw WatException.at(e, "expected label");
    }

    private int optIndex(Cursor c, IndexSpace space) {
        return IndexSpace.isIndex(c.peek()) ? space.resolve(c.next()) : 0;
    }

    private void opcode(Op op, WasmWriter w) {
        if (op.prefix() != 0) {
            w.u8(op.prefix()).u32(op.code());
        } else {
            w.u8(op.code());
        }
    }

    /** Writes opcode and immediates of a non-block instruction. */
    private void immediates(Op op, Cursor c, WasmWriter w) {
        switch (op.imm()) {
            case SELECT -> {
                if (!c.peekList("result")) {
                    w.u8(0x1b);
                    return;
                }
                List<ValType> types = new ArrayList<>();
                while (c.peekList("result")) {
                    m.typeParser.valTypeList(c.expectList("result"), types, null);
                }
                w.u8(0x1c).u32(types.size());
                types.forEach(t -> t.write(w));
                return;
            }
            case REF_TYPE -> {
                ValType t = m.typeParser.refType(c.next());
                w.u8(op.prefix()).u32(op.code() + (t.nullable() ? 1 : 0)).bytes(t.heapType());
                return;
            }
            default -> opcode(op, w);
        }
        switch (op.imm()) {
            case NONE -> {}
            case LABEL -> w.u32(label(c.next()));
            case BR_TABLE -> {
                List<Integer> targets = new ArrayList<>();
                while (c.peek() instanceof SAtom a
                        && (a.kind() == TokenKind.ID || a.kind() == TokenKind.NUMBER)) {
                    targets.add(label(c.next()));
                }
                if (targets.isEmpty()) {
                    throw c.error("expected label");
                }
                w.u32(targets.size() - 1);
                targets.forEach(w::u32);
            }
            case FUNC -> w.u32(m.funcs.resolve(c.next()));
            case CALL_INDIRECT -> {
                int table = optIndex(c, m.tables);
                w.u32(m.typeUse(c, false).index()).u32(table);
            }
            case TYPE -> w.u32(m.types.resolve(c.next()));
            case LOCAL -> {
                IndexSpace space = locals != null ? locals : new IndexSpace("local");
                w.u32(space.resolve(c.next()));
            }
            case GLOBAL -> w.u32(m.globals.resolve(c.next()));
            case TABLE -> w.u32(optIndex(c, m.tables));
            case TABLE_COPY -> {
                // Both indices or neither (then 0 0).
                boolean explicit = IndexSpace.isIndex(c.peek());
                int dst = optIndex(c, m.tables);
                int src = explicit ? m.tables.resolve(c.next()) : 0;
                w.u32(dst).u32(src);
            }
            case TABLE_INIT -> {
                int table = IndexSpace.isIndex(c.peek(1)) ? m.tables.resolve(c.next()) : 0;
                w.u32(m.elems.resolve(c.next())).u32(table);
            }
            case ELEM -> w.u32(m.elems.resolve(c.next()));
            case MEMARG -> memarg(op, c, w);
            case MEMORY -> w.u32(optIndex(c, m.mems));
            case MEMORY_COPY -> {
                boolean explicit = IndexSpace.isIndex(c.peek());
                int dst = optIndex(c, m.mems);
                int src = explicit ? m.mems.resolve(c.next()) : 0;
                w.u32(dst).u32(src);
            }
            case MEMORY_INIT -> {
                m.usesDataCount = true;
                int mem = IndexSpace.isIndex(c.peek(1)) ? m.mems.resolve(c.next()) : 0;
                w.u32(m.datas.resolve(c.next())).u32(mem);
            }
            case DATA -> {
                m.usesDataCount = true;
                w.u32(m.datas.resolve(c.next()));
            }
            case I32 -> w.s32(NumberLiterals.i32(number(c)));
            case I64 -> w.s64(NumberLiterals.i64(number(c)));
            case F32 -> w.f32(NumberLiterals.f32(number(c)));
            case F64 -> w.f64(NumberLiterals.f64(number(c)));
            case HEAP_TYPE -> w.bytes(m.typeParser.heapType(c.next()));
            case TAG -> w.u32(m.tags.resolve(c.next()));
            case TYPE_FIELD -> {
                int t = m.types.resolve(c.next());
                SExpr f = c.next();
                IndexSpace fields = m.fieldNames.get(t);
                if (fields == null) {
                    fields = new IndexSpace("field");
                }
                w.u32(t).u32(fields.resolve(f));
            }
            case TYPE_TYPE -> w.u32(m.types.resolve(c.next())).u32(m.types.resolve(c.next()));
            case TYPE_DATA -> {
                m.usesDataCount = true;
                w.u32(m.types.resolve(c.next())).u32(m.datas.resolve(c.next()));
            }
            case TYPE_ELEM -> w.u32(m.types.resolve(c.next())).u32(m.elems.resolve(c.next()));
            case TYPE_U32 -> w.u32(m.types.resolve(c.next())).u32(NumberLiterals.u32(number(c)));
            case BR_ON_CAST -> {
                int depth = label(c.next());
                ValType from = m.typeParser.refType(c.next());
                ValType to = m.typeParser.refType(c.next());
                w.u8((from.nullable() ? 1 : 0) | (to.nullable() ? 2 : 0)).u32(depth);
                w.bytes(from.heapType()).bytes(to.heapType());
            }
            default -> throw new IllegalStateException(op.imm() + " handled elsewhere");
        }
    }

    private static SAtom number(Cursor c) {
        return c.expectAtom(TokenKind.NUMBER, "number");
    }

    /** {@code memidx? offset=N? align=N?}; the memory index sets bit 6 of the flags. */
    private void memarg(Op op, Cursor c, WasmWriter w) {
        int mem = optIndex(c, m.mems);
        long offset = 0;
        int align = op.align();
        if (c.peek() instanceof SAtom a && a.text().startsWith("offset=")) {
            c.next();
            offset = NumberLiterals.u64(suffixNumber(a, "offset="));
        }
        if (c.peek() instanceof SAtom a && a.text().startsWith("align=")) {
            c.next();
            long v = NumberLiterals.u64(suffixNumber(a, "align="));
            if (Long.bitCount(v) != 1) {
                throw WatException.at(a, "alignment must be a power of two");
            }
            align = Long.numberOfTrailingZeros(v);
        }
        if (mem != 0) {
            w.u32(align | 0x40).u32(mem);
        } else {
            w.u32(align);
        }
        w.u64(offset);
    }

    private static SAtom suffixNumber(SAtom a, String prefix) {
        String text = a.text().substring(prefix.length());
        if (!NumberLiterals.isNumber(text)) {
            throw WatException.at(a, "malformed " + prefix.substring(0, prefix.length() - 1));
        }
        Token t = a.token();
        return new SAtom(
                new Token(TokenKind.NUMBER, text, null, t.line(), t.column() + prefix.length()));
    }
}
