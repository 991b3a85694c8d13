package dev.dovetail.runtime.internal.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works around Chicory 1.7.5 checking a cross-instance {@code call_indirect} against the type
 * section of the instance that owns the table entry instead of the caller's.
 *
 * <p>wit-component's shim/fixup pattern hits it: a shim module exports a funcref table and calls
 * through it; a code-less fixup module imports that table and fills it with imported functions.
 * Entries then belong to the fixup instance, whose type indices differ from the shim's, so the
 * shim's {@code call_indirect (type k)} fails ("unknown type" interpreted, "indirect call type
 * mismatch" compiled). Rewriting the fixup module so that its type section starts with the shim's
 * types, and its imports use the shim's index for each identical signature, makes both sections
 * agree on every index the shim can name. Fixed upstream in Endive; remove once we move there.
 */
public final class TypeSectionPrefix {
    private TypeSectionPrefix() {}

    /**
     * Returns {@code fixup} rewritten so its type section starts with {@code shim}'s, or {@code
     * fixup} unchanged when the rewrite does not apply: the fixup module defines functions, or
     * either type section uses forms other than plain function types (GC rec groups).
     */
    public static byte[] apply(byte[] fixup, byte[] shim) {
        List<ModuleBytes.Section> fixupSections = ModuleBytes.sections(fixup);
        if (definesFunctions(fixupSections)) {
            return fixup;
        }
        List<byte[]> shimTypes = funcTypes(ModuleBytes.sections(shim));
        List<byte[]> fixupTypes = funcTypes(fixupSections);
        if (shimTypes == null || fixupTypes == null || shimTypes.isEmpty()) {
            return fixup;
        }
        int[] remap = new int[fixupTypes.size()];
        for (int k = 0; k < remap.length; k++) {
            remap[k] = indexOf(shimTypes, fixupTypes.get(k));
            if (remap[k] < 0) {
                remap[k] = shimTypes.size() + k;
            }
        }
        List<byte[]> merged = new ArrayList<>(shimTypes);
        merged.addAll(fixupTypes);

        List<ModuleBytes.Section> out = new ArrayList<>();
        boolean typesWritten = false;
        for (ModuleBytes.Section s : fixupSections) {
            if (s.id() == ModuleBytes.TYPE_SECTION) {
                out.add(typeSection(merged));
                typesWritten = true;
            } else {
                if (!typesWritten && s.id() != 0 && s.id() > ModuleBytes.TYPE_SECTION) {
                    out.add(typeSection(merged));
                    typesWritten = true;
                }
                out.add(
                        s.id() == ModuleBytes.IMPORT_SECTION
                                ? new ModuleBytes.Section(s.id(), remapImports(s.payload(), remap))
                                : s);
            }
        }
        if (!typesWritten) {
            out.add(typeSection(merged));
        }
        return ModuleBytes.assemble(fixup, out);
    }

    private static boolean definesFunctions(List<ModuleBytes.Section> sections) {
        for (ModuleBytes.Section s : sections) {
            if (s.id() == ModuleBytes.FUNCTION_SECTION || s.id() == ModuleBytes.CODE_SECTION) {
                ModuleBytes r = new ModuleBytes(s.payload(), 0);
                if (r.u32() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The encoded function types, or {@code null} if the section has any other form. */
    private static List<byte[]> funcTypes(List<ModuleBytes.Section> sections) {
        List<byte[]> types = new ArrayList<>();
        for (ModuleBytes.Section s : sections) {
            if (s.id() != ModuleBytes.TYPE_SECTION) {
                continue;
            }
            ModuleBytes r = new ModuleBytes(s.payload(), 0);
            int count = r.u32();
            for (int i = 0; i < count; i++) {
                int start = r.position();
                if (r.u8() != 0x60) {
                    return null;
                }
                for (int list = 0; list < 2; list++) {
                    int n = r.u32();
                    for (int j = 0; j < n; j++) {
                        r.skipValType();
                    }
                }
                types.add(r.slice(start, r.position()));
            }
        }
        return types;
    }

    private static int indexOf(List<byte[]> types, byte[] type) {
        for (int i = 0; i < types.size(); i++) {
            if (Arrays.equals(types.get(i), type)) {
                return i;
            }
        }
        return -1;
    }

    private static ModuleBytes.Section typeSection(List<byte[]> types) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModuleBytes.writeU32(out, types.size());
        types.forEach(out::writeBytes);
        return new ModuleBytes.Section(ModuleBytes.TYPE_SECTION, out.toByteArray());
    }

    /** Copies the import section, replacing the type index of function and tag imports. */
    private static byte[] remapImports(byte[] payload, int[] remap) {
        ModuleBytes r = new ModuleBytes(payload, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = r.u32();
        ModuleBytes.writeU32(out, count);
        for (int i = 0; i < count; i++) {
            int start = r.position();
            r.skipName();
            r.skipName();
            int kind = r.u8();
            out.write(payload, start, r.position() - start);
            switch (kind) {
                case 0x00 -> ModuleBytes.writeU32(out, remap[r.u32()]);
                case 0x04 -> {
                    out.write(r.u8()); // tag attribute
                    ModuleBytes.writeU32(out, remap[r.u32()]);
                }
                default -> {
                    int from = r.position();
                    skipImportDesc(r, kind);
                    out.write(payload, from, r.position() - from);
                }
            }
        }
        return out.toByteArray();
    }

    private static void skipImportDesc(ModuleBytes r, int kind) {
        switch (kind) {
            case 0x01 -> {
                r.skipValType();
                r.skipLimits();
            }
            case 0x02 -> r.skipLimits();
            case 0x03 -> {
                r.skipValType();
                r.u8();
            }
            default -> throw new IllegalStateException("unknown import kind " + kind);
        }
    }
}
