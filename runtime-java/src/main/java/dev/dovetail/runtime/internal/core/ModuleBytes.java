package dev.dovetail.runtime.internal.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of the core binary format to split a module into sections and walk the entries of its
 * type and import sections. The module has already been validated, so malformed input is a bug: it
 * surfaces as {@link IllegalStateException}.
 */
final class ModuleBytes {
    static final int TYPE_SECTION = 1;
    static final int IMPORT_SECTION = 2;
    static final int FUNCTION_SECTION = 3;
    static final int CODE_SECTION = 10;

    /** A section: its id and its payload (without id and size). */
    record Section(int id, byte[] payload) {}

    private final byte[] bytes;
    private int pos;

    ModuleBytes(byte[] bytes, int pos) {
        this.bytes = bytes;
        this.pos = pos;
    }

    /** The sections of a core module, in order, after the 8-byte preamble. */
    static List<Section> sections(byte[] module) {
        List<Section> sections = new ArrayList<>();
        ModuleBytes r = new ModuleBytes(module, 8);
        while (r.pos < module.length) {
            int id = r.u8();
            int size = r.u32();
            if (size < 0 || size > module.length - r.pos) {
                throw new IllegalStateException("section size beyond the end of the module");
            }
            byte[] payload = new byte[size];
            System.arraycopy(module, r.pos, payload, 0, size);
            r.pos += size;
            sections.add(new Section(id, payload));
        }
        return sections;
    }

    /** Reassembles a module from its preamble and sections. */
    static byte[] assemble(byte[] original, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, 8);
        for (Section s : sections) {
            out.write(s.id());
            writeU32(out, s.payload().length);
            out.writeBytes(s.payload());
        }
        return out.toByteArray();
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= bytes.length;
    }

    int u8() {
        if (pos >= bytes.length) {
            throw new IllegalStateException("unexpected end of validated module");
        }
        return bytes[pos++] & 0xFF;
    }

    int u32() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (int) result;
            }
            shift += 7;
        }
    }

    /** Skips a signed LEB128 (s33 heap types, s32/s64 constants). */
    void skipLeb() {
        while ((u8() & 0x80) != 0) {
            // continuation bytes
        }
    }

    void skipName() {
        int len = u32();
        pos += len;
    }

    void skip(int length) {
        pos += length;
    }

    /** Skips an import descriptor: kind byte and its type. */
    void skipImportDesc() {
        int kind = u8();
        switch (kind) {
            case 0x00 -> u32();
            case 0x01 -> {
                skipValType();
                skipLimits();
            }
            case 0x02 -> skipLimits();
            case 0x03 -> {
                skipValType();
                u8();
            }
            case 0x04 -> {
                u8();
                u32();
            }
            default -> throw new IllegalStateException("unknown import kind " + kind);
        }
    }

    /** Skips a value type: a one-byte shorthand or {@code 0x63/0x64 heaptype}. */
    void skipValType() {
        int b = u8();
        if (b == 0x63 || b == 0x64) {
            skipLeb();
        }
    }

    /** Skips limits as used by table and memory types, including the 64-bit and shared forms. */
    void skipLimits() {
        int flags = u8();
        skipLeb();
        if ((flags & 0x01) != 0) {
            skipLeb();
        }
    }

    byte[] slice(int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(bytes, from, out, 0, out.length);
        return out;
    }

    static void writeU32(ByteArrayOutputStream out, int value) {
        long v = value & 0xFFFF_FFFFL;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }
}
