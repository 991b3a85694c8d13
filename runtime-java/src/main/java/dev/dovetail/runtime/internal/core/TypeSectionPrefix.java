package dev.dovetail.runtime.internal.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Works around Chicory 1.7.5 checking a cross-instance {@code call_indirect} against the type
 * section of the instance that owns the table entry instead of the caller's: the check reads the
 * caller's type index in the entry owner's type section.
 *
 * <p>wit-component's shim/fixup pattern hits it: a shim module exports a funcref table and calls
 * through it; a code-less fixup module imports that table and fills it with imported functions.
 * Components written by hand hit it too: a module with code fills another module's table with its
 * own functions through an active element segment. Entries then belong to the filling instance,
 * whose type indices differ from the caller's, so the caller's {@code call_indirect (type k)} fails
 * ("unknown type" interpreted, "indirect call type mismatch" compiled).
 *
 * <p>The filling module is rewritten so that its type section starts with the caller's types, and
 * each of its own types is either mapped to the caller's index of an identical type or appended
 * after the caller's; every type index in the module (imports, functions, tables, globals, tags,
 * element segments, locals and instruction immediates) is renumbered accordingly. Both sections
 * then agree on every index the caller can name, and each of the filler's functions whose type the
 * caller also declares carries the caller's index for it. Fixed upstream in Endive; remove once we
 * move there.
 */
public final class TypeSectionPrefix {
    private TypeSectionPrefix() {}

    /**
     * Returns {@code module} rewritten so its type section starts with {@code caller}'s, or {@code
     * module} unchanged when the rewrite is not needed (the caller's types already are a prefix of
     * the module's, or either has none) or does not apply: either type section uses rec groups or
     * sub types (GC), or the module holds an instruction or section the rewriter does not know
     * (SIMD among them).
     */
    public static byte[] apply(byte[] module, byte[] caller) {
        try {
            return rewrite(module, caller);
        } catch (TypeIndexRewriter.Unsupported e) {
            return module;
        }
    }

    private static byte[] rewrite(byte[] module, byte[] caller) {
        List<ModuleBytes.Section> sections = ModuleBytes.sections(module);
        List<byte[]> callerTypes = types(ModuleBytes.sections(caller));
        List<byte[]> ownTypes = types(sections);
        if (callerTypes == null
                || ownTypes == null
                || callerTypes.isEmpty()
                || ownTypes.isEmpty()
                || startsWith(ownTypes, callerTypes)) {
            return module;
        }
        // Without rec groups a type refers only to types before it, so each can be renumbered
        // with the indices of those already placed and then compared with the caller's.
        int callerCount = callerTypes.size();
        int[] remap = new int[ownTypes.size()];
        List<byte[]> merged = new ArrayList<>(callerTypes);
        for (int k = 0; k < remap.length; k++) {
            int self = k;
            byte[] renumbered =
                    TypeIndexRewriter.typeEntry(
                            ownTypes.get(k),
                            i -> {
                                if (i >= self) {
                                    throw new TypeIndexRewriter.Unsupported("forward type ref");
                                }
                                return remap[i];
                            });
            if (renumbered == null) {
                return module;
            }
            int same = indexOf(callerTypes, renumbered);
            remap[k] = same >= 0 ? same : callerCount + k;
            merged.add(renumbered);
        }
        IntUnaryOperator renumber =
                i -> {
                    if (i < 0 || i >= remap.length) {
                        throw new TypeIndexRewriter.Unsupported("type index " + i);
                    }
                    return remap[i];
                };

        List<ModuleBytes.Section> out = new ArrayList<>();
        boolean typesWritten = false;
        for (ModuleBytes.Section s : sections) {
            if (s.id() == ModuleBytes.TYPE_SECTION) {
                out.add(typeSection(merged));
                typesWritten = true;
            } else {
                if (!typesWritten && s.id() != 0) {
                    out.add(typeSection(merged));
                    typesWritten = true;
                }
                out.add(
                        new ModuleBytes.Section(
                                s.id(), TypeIndexRewriter.section(s.id(), s.payload(), renumber)));
            }
        }
        if (!typesWritten) {
            out.add(typeSection(merged));
        }
        return ModuleBytes.assemble(module, out);
    }

    private static boolean startsWith(List<byte[]> types, List<byte[]> prefix) {
        if (types.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!Arrays.equals(types.get(i), prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The encoded entries of the type section, or {@code null} if it has a form other than plain
     * function, struct and array types (GC rec groups and sub types).
     */
    private static List<byte[]> types(List<ModuleBytes.Section> sections) {
        List<byte[]> types = new ArrayList<>();
        for (ModuleBytes.Section s : sections) {
            if (s.id() != ModuleBytes.TYPE_SECTION) {
                continue;
            }
            ModuleBytes r = new ModuleBytes(s.payload(), 0);
            int count = r.u32();
            for (int i = 0; i < count; i++) {
                int start = r.position();
                int length = TypeIndexRewriter.typeEntryLength(s.payload(), start);
                if (length < 0) {
                    return null;
                }
                r.skip(length);
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
}
