package dev.dovetail.format.text;

import java.util.Arrays;
import java.util.HexFormat;

/** Test helpers: hex rendering and slicing of sections out of a binary module. */
final class WasmBytes {
    private WasmBytes() {}

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** The contents of the first section with {@code id}, or null. */
    static byte[] section(byte[] module, int id) {
        int p = 8;
        while (p < module.length) {
            int sid = module[p++] & 0xff;
            long size = 0;
            int shift = 0;
            int b;
            do {
                b = module[p++] & 0xff;
                size |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (sid == id) {
                return Arrays.copyOfRange(module, p, p + (int) size);
            }
            p += (int) size;
        }
        return null;
    }

    /** Hex of a section's contents. */
    static String sectionHex(byte[] module, int id) {
        byte[] s = section(module, id);
        return s == null ? null : hex(s);
    }

    /**
     * The instructions of the only function of {@code (module (func <body>) <extra>)}, without its
     * local declarations and final {@code end}; the body must declare no locals.
     */
    static String body(String funcAndFields) {
        byte[] code = section(Wat.parseModule("(module " + funcAndFields + ")"), 10);
        // count=1, size (1 byte for small bodies), local decl count=0
        if (code[0] != 1 || code[2] != 0) {
            throw new AssertionError("unexpected code section " + hex(code));
        }
        return hex(Arrays.copyOfRange(code, 3, code.length - 1));
    }
}
