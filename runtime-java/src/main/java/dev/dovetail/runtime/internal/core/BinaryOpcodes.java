package dev.dovetail.runtime.internal.core;

/**
 * The immediates of every core instruction in the binary format, keyed by opcode, for walking a
 * function body without decoding it fully: MVP, sign extension, saturating truncation and bulk
 * memory ({@code 0xFC}), reference types, typed function references, tail calls, exception handling
 * (both {@code try_table} and the legacy {@code try}), multi-memory, memory64, threads ({@code
 * 0xFE}) and GC ({@code 0xFB}). SIMD ({@code 0xFD}) and anything else are unknown: {@link #of}
 * returns {@code null}.
 */
final class BinaryOpcodes {
    /** The shape of an instruction's immediates. */
    enum Imm {
        /** No immediate. */
        NONE,
        /** {@code blocktype}: empty, a value type or an s33 type index. Opens a block. */
        BLOCK_TYPE,
        /** {@code blocktype vec(catch)}. Opens a block. */
        TRY_TABLE,
        /** {@code end}: closes a block, or the expression at depth 0. */
        END,
        /** One u32 index that is not a type index (label, function, local, table, ...). */
        INDEX,
        /** Two u32 indices, neither a type index. */
        INDEX_INDEX,
        /** {@code vec(labelidx) labelidx}. */
        BR_TABLE,
        /** One type index. */
        TYPE,
        /** A type index followed by another u32 (table, field, count, data or elem index). */
        TYPE_INDEX,
        /** Two type indices ({@code array.copy}). */
        TYPE_TYPE,
        /** {@code vec(valtype)}: typed {@code select}. */
        VAL_TYPES,
        /** One heap type (s33). */
        HEAP_TYPE,
        /** {@code castflags labelidx heaptype heaptype}. */
        BR_ON_CAST,
        /** {@code memarg}: u32 alignment (bit 6: a memory index follows), u64 offset. */
        MEMARG,
        /** A signed LEB128 constant. */
        LEB,
        /** Four bytes ({@code f32.const}). */
        BYTES4,
        /** Eight bytes ({@code f64.const}). */
        BYTES8,
        /** One byte ({@code atomic.fence}). */
        BYTE
    }

    private static final Imm[] PLAIN = new Imm[256];
    private static final Imm[] PREFIX_FB = new Imm[32];
    private static final Imm[] PREFIX_FC = new Imm[18];
    private static final Imm[] PREFIX_FE = new Imm[0x4F];

    /** The prefix bytes whose sub-opcode follows as a u32. */
    static boolean isPrefix(int opcode) {
        return opcode == 0xFB || opcode == 0xFC || opcode == 0xFD || opcode == 0xFE;
    }

    /**
     * The immediates of {@code opcode} (with {@code sub} the sub-opcode of a prefixed one), or
     * {@code null} if the instruction is unknown here.
     */
    static Imm of(int opcode, int sub) {
        Imm[] table =
                switch (opcode) {
                    case 0xFB -> PREFIX_FB;
                    case 0xFC -> PREFIX_FC;
                    case 0xFE -> PREFIX_FE;
                    case 0xFD -> null;
                    default -> PLAIN;
                };
        if (table == null) {
            return null;
        }
        int index = table == PLAIN ? opcode : sub;
        return index >= 0 && index < table.length ? table[index] : null;
    }

    private static void range(Imm[] table, int first, int last, Imm imm) {
        for (int i = first; i <= last; i++) {
            table[i] = imm;
        }
    }

    static {
        // Control.
        PLAIN[0x00] = Imm.NONE; // unreachable
        PLAIN[0x01] = Imm.NONE; // nop
        PLAIN[0x02] = Imm.BLOCK_TYPE; // block
        PLAIN[0x03] = Imm.BLOCK_TYPE; // loop
        PLAIN[0x04] = Imm.BLOCK_TYPE; // if
        PLAIN[0x05] = Imm.NONE; // else
        PLAIN[0x06] = Imm.BLOCK_TYPE; // try (legacy exceptions)
        PLAIN[0x07] = Imm.INDEX; // catch tag (legacy)
        PLAIN[0x08] = Imm.INDEX; // throw tag
        PLAIN[0x09] = Imm.INDEX; // rethrow label (legacy)
        PLAIN[0x0A] = Imm.NONE; // throw_ref
        PLAIN[0x0B] = Imm.END; // end
        PLAIN[0x0C] = Imm.INDEX; // br
        PLAIN[0x0D] = Imm.INDEX; // br_if
        PLAIN[0x0E] = Imm.BR_TABLE; // br_table
        PLAIN[0x0F] = Imm.NONE; // return
        PLAIN[0x10] = Imm.INDEX; // call
        PLAIN[0x11] = Imm.TYPE_INDEX; // call_indirect type table
        PLAIN[0x12] = Imm.INDEX; // return_call
        PLAIN[0x13] = Imm.TYPE_INDEX; // return_call_indirect type table
        PLAIN[0x14] = Imm.TYPE; // call_ref
        PLAIN[0x15] = Imm.TYPE; // return_call_ref
        PLAIN[0x18] = Imm.INDEX; // delegate label (legacy)
        PLAIN[0x19] = Imm.NONE; // catch_all (legacy)
        // Parametric.
        PLAIN[0x1A] = Imm.NONE; // drop
        PLAIN[0x1B] = Imm.NONE; // select
        PLAIN[0x1C] = Imm.VAL_TYPES; // select t*
        PLAIN[0x1F] = Imm.TRY_TABLE; // try_table
        // Variables and tables.
        range(PLAIN, 0x20, 0x26, Imm.INDEX); // local.get/set/tee, global.get/set, table.get/set
        // Memory.
        range(PLAIN, 0x28, 0x3E, Imm.MEMARG); // loads and stores
        PLAIN[0x3F] = Imm.INDEX; // memory.size mem
        PLAIN[0x40] = Imm.INDEX; // memory.grow mem
        // Constants.
        PLAIN[0x41] = Imm.LEB; // i32.const
        PLAIN[0x42] = Imm.LEB; // i64.const
        PLAIN[0x43] = Imm.BYTES4; // f32.const
        PLAIN[0x44] = Imm.BYTES8; // f64.const
        // Numeric: comparisons, arithmetic, conversions, sign extension.
        range(PLAIN, 0x45, 0xC4, Imm.NONE);
        // Reference types and typed function references.
        PLAIN[0xD0] = Imm.HEAP_TYPE; // ref.null
        PLAIN[0xD1] = Imm.NONE; // ref.is_null
        PLAIN[0xD2] = Imm.INDEX; // ref.func
        PLAIN[0xD3] = Imm.NONE; // ref.eq
        PLAIN[0xD4] = Imm.NONE; // ref.as_non_null
        PLAIN[0xD5] = Imm.INDEX; // br_on_null
        PLAIN[0xD6] = Imm.INDEX; // br_on_non_null

        // 0xFC: saturating truncation, bulk memory, tables.
        range(PREFIX_FC, 0x00, 0x07, Imm.NONE); // i32/i64.trunc_sat_*
        PREFIX_FC[0x08] = Imm.INDEX_INDEX; // memory.init data mem
        PREFIX_FC[0x09] = Imm.INDEX; // data.drop
        PREFIX_FC[0x0A] = Imm.INDEX_INDEX; // memory.copy mem mem
        PREFIX_FC[0x0B] = Imm.INDEX; // memory.fill mem
        PREFIX_FC[0x0C] = Imm.INDEX_INDEX; // table.init elem table
        PREFIX_FC[0x0D] = Imm.INDEX; // elem.drop
        PREFIX_FC[0x0E] = Imm.INDEX_INDEX; // table.copy table table
        PREFIX_FC[0x0F] = Imm.INDEX; // table.grow
        PREFIX_FC[0x10] = Imm.INDEX; // table.size
        PREFIX_FC[0x11] = Imm.INDEX; // table.fill

        // 0xFB: GC.
        PREFIX_FB[0x00] = Imm.TYPE; // struct.new
        PREFIX_FB[0x01] = Imm.TYPE; // struct.new_default
        range(PREFIX_FB, 0x02, 0x05, Imm.TYPE_INDEX); // struct.get/get_s/get_u/set type field
        PREFIX_FB[0x06] = Imm.TYPE; // array.new
        PREFIX_FB[0x07] = Imm.TYPE; // array.new_default
        PREFIX_FB[0x08] = Imm.TYPE_INDEX; // array.new_fixed type count
        PREFIX_FB[0x09] = Imm.TYPE_INDEX; // array.new_data type data
        PREFIX_FB[0x0A] = Imm.TYPE_INDEX; // array.new_elem type elem
        range(PREFIX_FB, 0x0B, 0x0E, Imm.TYPE); // array.get/get_s/get_u/set
        PREFIX_FB[0x0F] = Imm.NONE; // array.len
        PREFIX_FB[0x10] = Imm.TYPE; // array.fill
        PREFIX_FB[0x11] = Imm.TYPE_TYPE; // array.copy
        PREFIX_FB[0x12] = Imm.TYPE_INDEX; // array.init_data type data
        PREFIX_FB[0x13] = Imm.TYPE_INDEX; // array.init_elem type elem
        range(PREFIX_FB, 0x14, 0x17, Imm.HEAP_TYPE); // ref.test, ref.test null, ref.cast (null)
        PREFIX_FB[0x18] = Imm.BR_ON_CAST; // br_on_cast
        PREFIX_FB[0x19] = Imm.BR_ON_CAST; // br_on_cast_fail
        range(PREFIX_FB, 0x1A, 0x1E, Imm.NONE); // conversions, ref.i31, i31.get_s/u

        // 0xFE: threads.
        range(PREFIX_FE, 0x00, 0x02, Imm.MEMARG); // memory.atomic.notify/wait32/wait64
        PREFIX_FE[0x03] = Imm.BYTE; // atomic.fence
        range(PREFIX_FE, 0x10, 0x4E, Imm.MEMARG); // atomic loads, stores, read-modify-writes
    }

    private BinaryOpcodes() {}
}
