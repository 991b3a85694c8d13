package dev.dovetail.runtime.internal.core;

import java.io.ByteArrayOutputStream;
import java.util.function.IntUnaryOperator;

/**
 * Copies parts of a validated core module, renumbering every type index on the way through {@code
 * remap}: value and heap types, block types, and the type immediates of instructions (see {@link
 * BinaryOpcodes}). Everything else is copied byte for byte, so LEB128 encodings of other values
 * keep their (possibly padded) form.
 *
 * <p>Throws {@link Unsupported} for anything it cannot walk (SIMD, unknown opcodes or section ids);
 * the caller then leaves the module unchanged.
 */
final class TypeIndexRewriter {
    /** A construct the rewriter cannot walk: the module must be left as it is. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] in;
    private int pos;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final IntUnaryOperator remap;

    TypeIndexRewriter(byte[] in, IntUnaryOperator remap) {
        this.in = in;
        this.remap = remap;
    }

    byte[] result() {
        return out.toByteArray();
    }

    // ---- sections ---------------------------------------------------------------------------

    /** A whole section payload with {@code id}, rewritten. */
    static byte[] section(int id, byte[] payload, IntUnaryOperator remap) {
        TypeIndexRewriter w = new TypeIndexRewriter(payload, remap);
        switch (id) {
            case 0, 5, 7, 8, 11, 12 -> {
                return payload; // custom, memory, export, start, data, data count
            }
            case 2 -> w.vec(w::importEntry);
            case 3 -> w.vec(w::typeIdx);
            case 4 -> w.vec(w::table);
            case 6 -> w.vec(w::global);
            case 9 -> w.vec(w::elem);
            case 10 -> w.vec(w::code);
            case 13 -> w.vec(w::tag);
            default -> throw new Unsupported("section " + id);
        }
        w.expectEnd();
        return w.result();
    }

    /**
     * One entry of a type section whose form is a function, struct or array type (not a rec group
     * or sub type), rewritten; {@code null} for other forms.
     */
    static byte[] typeEntry(byte[] entry, IntUnaryOperator remap) {
        TypeIndexRewriter w = new TypeIndexRewriter(entry, remap);
        int form = w.copyU8();
        switch (form) {
            case 0x60 -> {
                w.vec(w::valType);
                w.vec(w::valType);
            }
            case 0x5F -> w.vec(w::fieldType);
            case 0x5E -> w.fieldType();
            default -> {
                return null;
            }
        }
        w.expectEnd();
        return w.result();
    }

    /** The length of the type entry at {@code offset} of a type section payload. */
    static int typeEntryLength(byte[] payload, int offset) {
        TypeIndexRewriter w = new TypeIndexRewriter(payload, IntUnaryOperator.identity());
        w.pos = offset;
        int form = w.copyU8();
        switch (form) {
            case 0x60 -> {
                w.vec(w::valType);
                w.vec(w::valType);
            }
            case 0x5F -> w.vec(w::fieldType);
            case 0x5E -> w.fieldType();
            default -> {
                return -1;
            }
        }
        return w.pos - offset;
    }

    private void importEntry() {
        copyName();
        copyName();
        int kind = copyU8();
        switch (kind) {
            case 0x00 -> typeIdx();
            case 0x01 -> tableType();
            case 0x02 -> limits();
            case 0x03 -> globalType();
            case 0x04 -> tag();
            default -> throw new Unsupported("import kind " + kind);
        }
    }

    private void table() {
        if (peek() == 0x40) {
            copyU8();
            copyU8(); // reserved 0x00
            tableType();
            expr();
        } else {
            tableType();
        }
    }

    private void tableType() {
        valType();
        limits();
    }

    private void global() {
        globalType();
        expr();
    }

    private void globalType() {
        valType();
        copyU8(); // mutability
    }

    private void tag() {
        copyU8(); // attribute
        typeIdx();
    }

    private void elem() {
        int flags = copyU32();
        if (flags < 0 || flags > 7) {
            throw new Unsupported("element segment flags " + flags);
        }
        boolean passiveOrDeclarative = (flags & 0x01) != 0;
        boolean explicitTable = (flags & 0x02) != 0;
        boolean expressions = (flags & 0x04) != 0;
        if (!passiveOrDeclarative) {
            if (explicitTable) {
                copyU32(); // table index
            }
            expr(); // offset
        }
        // Forms 1, 2, 3 carry an elemkind byte, forms 5, 6, 7 a reference type; 0 and 4 neither.
        if (flags != 0 && flags != 4) {
            if (expressions) {
                valType();
            } else {
                copyU8(); // elemkind 0x00: funcref
            }
        }
        if (expressions) {
            vec(this::expr);
        } else {
            vec(this::copyU32);
        }
    }

    private void code() {
        int size = readU32();
        int end = pos + size;
        TypeIndexRewriter body = new TypeIndexRewriter(in, remap);
        body.pos = pos;
        body.vec(
                () -> {
                    body.copyU32(); // count
                    body.valType();
                });
        body.instructions(end);
        pos = end;
        byte[] rewritten = body.result();
        ModuleBytes.writeU32(out, rewritten.length);
        out.writeBytes(rewritten);
    }

    // ---- expressions ------------------------------------------------------------------------

    /** A constant expression: instructions up to and including the first {@code end}. */
    private void expr() {
        while (instruction() != BinaryOpcodes.Imm.END) {
            // next instruction
        }
    }

    /** A function body's instructions, up to {@code end} exactly. */
    private void instructions(int end) {
        while (pos < end) {
            instruction();
        }
        if (pos != end || in[end - 1] != 0x0B) {
            throw new Unsupported("function body does not end where its size says");
        }
    }

    private BinaryOpcodes.Imm instruction() {
        int opcode = copyU8();
        int sub = BinaryOpcodes.isPrefix(opcode) ? copyU32() : -1;
        BinaryOpcodes.Imm imm = BinaryOpcodes.of(opcode, sub);
        if (imm == null) {
            throw new Unsupported(
                    sub < 0
                            ? String.format("opcode 0x%02x", opcode)
                            : String.format("opcode 0x%02x %d", opcode, sub));
        }
        switch (imm) {
            case NONE, END -> {}
            case BLOCK_TYPE -> blockType();
            case TRY_TABLE -> {
                blockType();
                vec(this::catchClause);
            }
            case INDEX -> copyU32();
            case INDEX_INDEX -> {
                copyU32();
                copyU32();
            }
            case BR_TABLE -> {
                vec(this::copyU32);
                copyU32();
            }
            case TYPE -> typeIdx();
            case TYPE_INDEX -> {
                typeIdx();
                copyU32();
            }
            case TYPE_TYPE -> {
                typeIdx();
                typeIdx();
            }
            case VAL_TYPES -> vec(this::valType);
            case HEAP_TYPE -> heapType();
            case BR_ON_CAST -> {
                copyU8(); // cast flags
                copyU32(); // label
                heapType();
                heapType();
            }
            case MEMARG -> {
                int align = copyU32();
                if ((align & 0x40) != 0) {
                    copyU32(); // memory index
                }
                copyLeb(); // offset, u64 with memory64
            }
            case LEB -> copyLeb();
            case BYTES4 -> copyBytes(4);
            case BYTES8 -> copyBytes(8);
            case BYTE -> copyU8();
        }
        return imm;
    }

    private void catchClause() {
        int kind = copyU8();
        switch (kind) {
            case 0x00, 0x01 -> { // catch, catch_ref: tag label
                copyU32();
                copyU32();
            }
            case 0x02, 0x03 -> copyU32(); // catch_all, catch_all_ref: label
            default -> throw new Unsupported("catch clause " + kind);
        }
    }

    /** {@code 0x40}, a value type, or a non-negative s33 type index. */
    private void blockType() {
        int b = peek();
        if (b == 0x63 || b == 0x64) {
            valType();
        } else if ((b & 0xC0) == 0x40) {
            copyU8(); // empty (0x40) or a one-byte value type (negative s33)
        } else {
            long index = readS33();
            writeS33(remap(index));
        }
    }

    // ---- types ------------------------------------------------------------------------------

    /** A value or reference type: one byte, or {@code 0x63/0x64 heaptype}. */
    private void valType() {
        int b = copyU8();
        if (b == 0x63 || b == 0x64) {
            heapType();
        }
    }

    /** A struct field or array element: storage type (value type or packed) and mutability. */
    private void fieldType() {
        valType(); // the packed types 0x78 (i8) and 0x77 (i16) are single bytes too
        copyU8();
    }

    /** An s33 heap type: abstract (negative) copied, a type index renumbered. */
    private void heapType() {
        int start = pos;
        long value = readS33();
        if (value < 0) {
            out.write(in, start, pos - start);
        } else {
            writeS33(remap(value));
        }
    }

    private void typeIdx() {
        ModuleBytes.writeU32(out, remap(readU32() & 0xFFFF_FFFFL));
    }

    private int remap(long index) {
        if (index > Integer.MAX_VALUE) {
            throw new Unsupported("type index " + index);
        }
        return remap.applyAsInt((int) index);
    }

    private void limits() {
        int flags = copyU8();
        copyLeb(); // minimum, u64 for 64-bit tables and memories
        if ((flags & 0x01) != 0) {
            copyLeb(); // maximum
        }
        // Custom page sizes: a page size exponent follows when bit 3 is set.
        if ((flags & 0x08) != 0) {
            copyU32();
        }
    }

    // ---- bytes ------------------------------------------------------------------------------

    private void vec(Runnable element) {
        int count = copyU32();
        for (int i = 0; i < count; i++) {
            element.run();
        }
    }

    private int peek() {
        if (pos >= in.length) {
            throw new IllegalStateException("unexpected end of validated module");
        }
        return in[pos] & 0xFF;
    }

    private int readU8() {
        int b = peek();
        pos++;
        return b;
    }

    private int copyU8() {
        int b = readU8();
        out.write(b);
        return b;
    }

    private int readU32() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = readU8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (int) result;
            }
            shift += 7;
        }
    }

    /** Copies a u32 verbatim (keeping its encoding) and returns its value. */
    private int copyU32() {
        int start = pos;
        int value = readU32();
        out.write(in, start, pos - start);
        return value;
    }

    private void copyLeb() {
        int start = pos;
        while ((readU8() & 0x80) != 0) {
            // continuation bytes
        }
        out.write(in, start, pos - start);
    }

    private long readS33() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = readU8();
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    private void writeS33(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    private void copyName() {
        int length = copyU32();
        copyBytes(length);
    }

    private void copyBytes(int length) {
        if (pos + length > in.length) {
            throw new IllegalStateException("unexpected end of validated module");
        }
        out.write(in, pos, length);
        pos += length;
    }

    private void expectEnd() {
        if (pos != in.length) {
            throw new Unsupported("trailing bytes after a section's entries");
        }
    }
}
