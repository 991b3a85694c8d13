package dev.dovetail.format.text;

import java.util.HashMap;
import java.util.Map;

/** The instruction table: mnemonic to opcode and the shape of its immediates. */
final class Instructions {

    /** How an instruction's immediates are written in text and binary. */
    enum Imm {
        NONE,
        BLOCK,
        LOOP,
        IF,
        TRY_TABLE,
        LABEL,
        BR_TABLE,
        FUNC,
        CALL_INDIRECT,
        TYPE,
        LOCAL,
        GLOBAL,
        TABLE,
        TABLE_COPY,
        TABLE_INIT,
        ELEM,
        MEMARG,
        MEMORY,
        MEMORY_COPY,
        MEMORY_INIT,
        DATA,
        I32,
        I64,
        F32,
        F64,
        SELECT,
        HEAP_TYPE,
        TAG,
        TYPE_FIELD,
        TYPE_TYPE,
        TYPE_DATA,
        TYPE_ELEM,
        TYPE_U32,
        /** ref.test / ref.cast: the nullable form is the next opcode. */
        REF_TYPE,
        BR_ON_CAST
    }

    /** {@code prefix} is 0 for single-byte opcodes; {@code align} is log2 natural alignment. */
    record Op(String name, int prefix, int code, Imm imm, int align) {}

    private static final Map<String, Op> OPS = new HashMap<>();

    static Op lookup(String name) {
        return OPS.get(name);
    }

    private static void op(String name, int code, Imm imm) {
        OPS.put(name, new Op(name, 0, code, imm, 0));
    }

    private static void op(String name, int code) {
        op(name, code, Imm.NONE);
    }

    private static void fc(String name, int code, Imm imm) {
        OPS.put(name, new Op(name, 0xfc, code, imm, 0));
    }

    private static void gc(String name, int code, Imm imm) {
        OPS.put(name, new Op(name, 0xfb, code, imm, 0));
    }

    private static void mem(String name, int code, int align) {
        OPS.put(name, new Op(name, 0, code, Imm.MEMARG, align));
    }

    /** Consecutive immediate-free opcodes starting at {@code first}. */
    private static void run(int first, String prefix, String... names) {
        for (int i = 0; i < names.length; i++) {
            op(prefix + names[i], first + i);
        }
    }

    static {
        op("unreachable", 0x00);
        op("nop", 0x01);
        op("block", 0x02, Imm.BLOCK);
        op("loop", 0x03, Imm.LOOP);
        op("if", 0x04, Imm.IF);
        op("throw", 0x08, Imm.TAG);
        op("throw_ref", 0x0a);
        op("br", 0x0c, Imm.LABEL);
        op("br_if", 0x0d, Imm.LABEL);
        op("br_table", 0x0e, Imm.BR_TABLE);
        op("return", 0x0f);
        op("call", 0x10, Imm.FUNC);
        op("call_indirect", 0x11, Imm.CALL_INDIRECT);
        op("return_call", 0x12, Imm.FUNC);
        op("return_call_indirect", 0x13, Imm.CALL_INDIRECT);
        op("call_ref", 0x14, Imm.TYPE);
        op("return_call_ref", 0x15, Imm.TYPE);
        op("drop", 0x1a);
        op("select", 0x1b, Imm.SELECT);
        op("try_table", 0x1f, Imm.TRY_TABLE);
        op("local.get", 0x20, Imm.LOCAL);
        op("local.set", 0x21, Imm.LOCAL);
        op("local.tee", 0x22, Imm.LOCAL);
        op("global.get", 0x23, Imm.GLOBAL);
        op("global.set", 0x24, Imm.GLOBAL);
        op("table.get", 0x25, Imm.TABLE);
        op("table.set", 0x26, Imm.TABLE);

        mem("i32.load", 0x28, 2);
        mem("i64.load", 0x29, 3);
        mem("f32.load", 0x2a, 2);
        mem("f64.load", 0x2b, 3);
        mem("i32.load8_s", 0x2c, 0);
        mem("i32.load8_u", 0x2d, 0);
        mem("i32.load16_s", 0x2e, 1);
        mem("i32.load16_u", 0x2f, 1);
        mem("i64.load8_s", 0x30, 0);
        mem("i64.load8_u", 0x31, 0);
        mem("i64.load16_s", 0x32, 1);
        mem("i64.load16_u", 0x33, 1);
        mem("i64.load32_s", 0x34, 2);
        mem("i64.load32_u", 0x35, 2);
        mem("i32.store", 0x36, 2);
        mem("i64.store", 0x37, 3);
        mem("f32.store", 0x38, 2);
        mem("f64.store", 0x39, 3);
        mem("i32.store8", 0x3a, 0);
        mem("i32.store16", 0x3b, 1);
        mem("i64.store8", 0x3c, 0);
        mem("i64.store16", 0x3d, 1);
        mem("i64.store32", 0x3e, 2);
        op("memory.size", 0x3f, Imm.MEMORY);
        op("memory.grow", 0x40, Imm.MEMORY);
        op("i32.const", 0x41, Imm.I32);
        op("i64.const", 0x42, Imm.I64);
        op("f32.const", 0x43, Imm.F32);
        op("f64.const", 0x44, Imm.F64);

        String[] icmp = {"eqz", "eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s"};
        run(0x45, "i32.", icmp);
        op("i32.ge_u", 0x4f);
        run(0x50, "i64.", icmp);
        op("i64.ge_u", 0x5a);
        String[] fcmp = {"eq", "ne", "lt", "gt", "le", "ge"};
        run(0x5b, "f32.", fcmp);
        run(0x61, "f64.", fcmp);
        String[] iarith = {
            "clz", "ctz", "popcnt", "add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and",
            "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr"
        };
        run(0x67, "i32.", iarith);
        run(0x79, "i64.", iarith);
        String[] farith = {
            "abs",
            "neg",
            "ceil",
            "floor",
            "trunc",
            "nearest",
            "sqrt",
            "add",
            "sub",
            "mul",
            "div",
            "min",
            "max",
            "copysign"
        };
        run(0x8b, "f32.", farith);
        run(0x99, "f64.", farith);
        run(
                0xa7,
                "",
                "i32.wrap_i64",
                "i32.trunc_f32_s",
                "i32.trunc_f32_u",
                "i32.trunc_f64_s",
                "i32.trunc_f64_u",
                "i64.extend_i32_s",
                "i64.extend_i32_u",
                "i64.trunc_f32_s",
                "i64.trunc_f32_u",
                "i64.trunc_f64_s",
                "i64.trunc_f64_u",
                "f32.convert_i32_s",
                "f32.convert_i32_u",
                "f32.convert_i64_s",
                "f32.convert_i64_u",
                "f32.demote_f64",
                "f64.convert_i32_s",
                "f64.convert_i32_u",
                "f64.convert_i64_s",
                "f64.convert_i64_u",
                "f64.promote_f32",
                "i32.reinterpret_f32",
                "i64.reinterpret_f64",
                "f32.reinterpret_i32",
                "f64.reinterpret_i64",
                "i32.extend8_s",
                "i32.extend16_s",
                "i64.extend8_s",
                "i64.extend16_s",
                "i64.extend32_s");

        op("ref.null", 0xd0, Imm.HEAP_TYPE);
        op("ref.is_null", 0xd1);
        op("ref.func", 0xd2, Imm.FUNC);
        op("ref.eq", 0xd3);
        op("ref.as_non_null", 0xd4);
        op("br_on_null", 0xd5, Imm.LABEL);
        op("br_on_non_null", 0xd6, Imm.LABEL);

        String[] sat = {
            "i32.trunc_sat_f32_s", "i32.trunc_sat_f32_u", "i32.trunc_sat_f64_s",
            "i32.trunc_sat_f64_u", "i64.trunc_sat_f32_s", "i64.trunc_sat_f32_u",
            "i64.trunc_sat_f64_s", "i64.trunc_sat_f64_u"
        };
        for (int i = 0; i < sat.length; i++) {
            fc(sat[i], i, Imm.NONE);
        }
        fc("memory.init", 8, Imm.MEMORY_INIT);
        fc("data.drop", 9, Imm.DATA);
        fc("memory.copy", 10, Imm.MEMORY_COPY);
        fc("memory.fill", 11, Imm.MEMORY);
        fc("table.init", 12, Imm.TABLE_INIT);
        fc("elem.drop", 13, Imm.ELEM);
        fc("table.copy", 14, Imm.TABLE_COPY);
        fc("table.grow", 15, Imm.TABLE);
        fc("table.size", 16, Imm.TABLE);
        fc("table.fill", 17, Imm.TABLE);

        gc("struct.new", 0, Imm.TYPE);
        gc("struct.new_default", 1, Imm.TYPE);
        gc("struct.get", 2, Imm.TYPE_FIELD);
        gc("struct.get_s", 3, Imm.TYPE_FIELD);
        gc("struct.get_u", 4, Imm.TYPE_FIELD);
        gc("struct.set", 5, Imm.TYPE_FIELD);
        gc("array.new", 6, Imm.TYPE);
        gc("array.new_default", 7, Imm.TYPE);
        gc("array.new_fixed", 8, Imm.TYPE_U32);
        gc("array.new_data", 9, Imm.TYPE_DATA);
        gc("array.new_elem", 10, Imm.TYPE_ELEM);
        gc("array.get", 11, Imm.TYPE);
        gc("array.get_s", 12, Imm.TYPE);
        gc("array.get_u", 13, Imm.TYPE);
        gc("array.set", 14, Imm.TYPE);
        gc("array.len", 15, Imm.NONE);
        gc("array.fill", 16, Imm.TYPE);
        gc("array.copy", 17, Imm.TYPE_TYPE);
        gc("array.init_data", 18, Imm.TYPE_DATA);
        gc("array.init_elem", 19, Imm.TYPE_ELEM);
        gc("ref.test", 20, Imm.REF_TYPE);
        gc("ref.cast", 22, Imm.REF_TYPE);
        gc("br_on_cast", 24, Imm.BR_ON_CAST);
        gc("br_on_cast_fail", 25, Imm.BR_ON_CAST);
        gc("any.convert_extern", 26, Imm.NONE);
        gc("extern.convert_any", 27, Imm.NONE);
        gc("ref.i31", 28, Imm.NONE);
        gc("i31.get_s", 29, Imm.NONE);
        gc("i31.get_u", 30, Imm.NONE);
    }

    /** Mnemonics of the vector proposal, rejected with a dedicated message. */
    static boolean isSimd(String name) {
        return name.startsWith("v128.")
                || name.startsWith("i8x16.")
                || name.startsWith("i16x8.")
                || name.startsWith("i32x4.")
                || name.startsWith("i64x2.")
                || name.startsWith("f32x4.")
                || name.startsWith("f64x2.");
    }

    private Instructions() {}
}
