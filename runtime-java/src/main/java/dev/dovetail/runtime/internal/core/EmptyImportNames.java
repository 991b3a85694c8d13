package dev.dovetail.runtime.internal.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Works around Chicory 1.7.5 failing to parse a core import whose module and field names are both
 * empty ({@code (import "" "" ...)}, valid wasm that component tests use): such imports get the
 * field name {@link #PLACEHOLDER} in the bytes given to Chicory, and instantiation maps it back.
 */
public final class EmptyImportNames {
    /** The field name substituted for an empty one: a single NUL, valid UTF-8 yet never a name. */
    public static final String PLACEHOLDER = "\u0000";

    private EmptyImportNames() {}

    /** {@code module} with empty module-and-field import names replaced, or {@code module}. */
    public static byte[] apply(byte[] module) {
        List<ModuleBytes.Section> sections;
        try {
            sections = ModuleBytes.sections(module);
        } catch (RuntimeException malformed) {
            return module; // leave the diagnosis to Chicory's parser
        }
        boolean changed = false;
        List<ModuleBytes.Section> out = new ArrayList<>(sections.size());
        for (ModuleBytes.Section s : sections) {
            if (s.id() == ModuleBytes.IMPORT_SECTION) {
                byte[] rewritten = rewrite(s.payload());
                if (rewritten != null) {
                    out.add(new ModuleBytes.Section(s.id(), rewritten));
                    changed = true;
                    continue;
                }
            }
            out.add(s);
        }
        return changed ? ModuleBytes.assemble(module, out) : module;
    }

    /** The field name as the component model sees it. */
    public static String original(String field) {
        return PLACEHOLDER.equals(field) ? "" : field;
    }

    private static byte[] rewrite(byte[] payload) {
        ModuleBytes r = new ModuleBytes(payload, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = r.u32();
        ModuleBytes.writeU32(out, count);
        boolean changed = false;
        for (int i = 0; i < count; i++) {
            int start = r.position();
            int moduleLength = r.u32();
            r.skip(moduleLength);
            int fieldStart = r.position();
            int fieldLength = r.u32();
            r.skip(fieldLength);
            if (moduleLength == 0 && fieldLength == 0) {
                out.write(payload, start, fieldStart - start);
                out.write(1);
                out.write(0);
                changed = true;
            } else {
                out.write(payload, start, r.position() - start);
            }
            int descStart = r.position();
            r.skipImportDesc();
            out.write(payload, descStart, r.position() - descStart);
        }
        return changed ? out.toByteArray() : null;
    }
}
