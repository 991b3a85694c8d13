package dev.dovetail.format.binary;

import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decodes a component binary into a {@link ComponentModel}.
 *
 * <p>Only the grammar of Binary.md is checked here (including its "(if ...)" side conditions on
 * opcodes); everything the spec leaves to validation (index bounds, name syntax and uniqueness,
 * empty records, option conflicts...) is left to the validator. Every failure is a {@link
 * MalformedComponentException} carrying the offset, worded like wasmparser; embedded core modules
 * go through a {@link CoreModuleCheck}.
 */
public final class ComponentDecoder {
    private static final int MAGIC = 0x6d736100; // "\0asm", little-endian

    private final CoreModuleCheck coreCheck;

    private ComponentDecoder(CoreModuleCheck coreCheck) {
        this.coreCheck = coreCheck;
    }

    /** Decodes a component, checking embedded core modules with Chicory. */
    public static ComponentModel decode(byte[] bytes) {
        return decode(bytes, CoreModuleCheck.CHICORY);
    }

    /** Decodes a component, checking embedded core modules with {@code coreCheck}. */
    public static ComponentModel decode(byte[] bytes, CoreModuleCheck coreCheck) {
        ByteReader r = new ByteReader(bytes);
        expectPreamble(r, BinaryKind.COMPONENT);
        return new ComponentDecoder(coreCheck).sections(r);
    }

    /** Tells a core module from a component by its preamble, without reading further. */
    public static BinaryKind detect(byte[] bytes) {
        return preamble(new ByteReader(bytes));
    }

    private static BinaryKind preamble(ByteReader r) {
        int start = r.position();
        if (r.remaining() < 8) {
            // report the first byte that differs if there is one, else running out
            byte[] have = r.bytes(Math.min(r.remaining(), 4));
            for (int i = 0; i < have.length; i++) {
                if (have[i] != (byte) (MAGIC >>> (8 * i))) {
                    throw badMagic(start);
                }
            }
            throw ByteReader.error("unexpected end-of-file", r.end());
        }
        int magic = readInt(r);
        if (magic != MAGIC) {
            throw badMagic(start);
        }
        int version = readInt(r);
        if (version == 0x0001_000d) {
            return BinaryKind.COMPONENT;
        }
        if (version == 0x0000_0001) {
            return BinaryKind.CORE_MODULE;
        }
        throw ByteReader.error(
                String.format("unknown binary version: 0x%08x", version), start + 4L);
    }

    private static MalformedComponentException badMagic(int offset) {
        return ByteReader.error("magic header not detected: bad magic number", offset);
    }

    private static int readInt(ByteReader r) {
        return r.u8() | r.u8() << 8 | r.u8() << 16 | r.u8() << 24;
    }

    private static void expectPreamble(ByteReader r, BinaryKind expected) {
        int start = r.position();
        BinaryKind kind = preamble(r);
        if (kind != expected) {
            throw ByteReader.error(
                    "expected a version header for a "
                            + (expected == BinaryKind.COMPONENT ? "component" : "module"),
                    start + 4L);
        }
    }

    private ComponentModel sections(ByteReader r) {
        List<Section> sections = new ArrayList<>();
        while (!r.atEnd()) {
            int idOffset = r.position();
            int id = r.u8();
            if (id > 12) {
                throw ByteReader.error("malformed section id: " + id, idOffset);
            }
            long size = r.u32();
            ByteReader s = r.slice(size);
            sections.add(section(id, s));
        }
        return new ComponentModel(sections);
    }

    private Section section(int id, ByteReader s) {
        Section section;
        switch (id) {
            case 0:
                {
                    String name = s.name();
                    section = new Section.CustomSection(name, s.bytes(s.remaining()));
                    break;
                }
            case 1:
                {
                    int start = s.position();
                    expectPreamble(s, BinaryKind.CORE_MODULE);
                    CoreModuleFraming.check(s);
                    byte[] module = s.copyRange(start, s.end());
                    coreCheck.check(module, start);
                    section = new Section.CoreModuleSection(module, start);
                    break;
                }
            case 2:
                section = new Section.CoreInstanceSection(vec(s, ComponentDecoder::coreInstance));
                break;
            case 3:
                section = new Section.CoreTypeSection(vec(s, CoreTypeReader::coreType));
                break;
            case 4:
                {
                    expectPreamble(s, BinaryKind.COMPONENT);
                    s.enter();
                    ComponentModel nested = sections(s);
                    s.exit();
                    section = new Section.ComponentSection(nested);
                    break;
                }
            case 5:
                section = new Section.InstanceSection(vec(s, ComponentDecoder::instance));
                break;
            case 6:
                section = new Section.AliasSection(vec(s, ComponentDecoder::alias));
                break;
            case 7:
                section = new Section.TypeSection(vec(s, TypeReader::defType));
                break;
            case 8:
                section = new Section.CanonSection(vec(s, CanonReader::canon));
                break;
            case 9:
                section = new Section.StartSection(start(s));
                break;
            case 10:
                section = new Section.ImportSection(vec(s, ComponentDecoder::importDef));
                break;
            case 11:
                section = new Section.ExportSection(vec(s, ComponentDecoder::exportDef));
                break;
            case 12:
                section = new Section.ValueSection(vec(s, ComponentDecoder::value));
                break;
            default:
                throw new IllegalStateException("section id " + id);
        }
        s.expectEnd();
        return section;
    }

    static <T> List<T> vec(ByteReader r, Function<ByteReader, T> item) {
        int n = r.vecLength();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(r));
        }
        return out;
    }

    private static CoreInstance coreInstance(ByteReader r) {
        int b = r.u8();
        if (b == 0x00) {
            long module = r.u32();
            return new CoreInstance.Instantiate(
                    module,
                    vec(
                            r,
                            a -> {
                                String name = a.name();
                                int kind = a.u8();
                                if (kind != 0x12) {
                                    throw a.invalidByte(kind, "instantiation arg kind");
                                }
                                return new CoreInstance.Arg(name, a.u32());
                            }));
        }
        if (b == 0x01) {
            return new CoreInstance.FromExports(
                    vec(
                            r,
                            e -> {
                                String name = e.name();
                                CoreSort sort = coreSort(e, e.u8());
                                return new CoreInstance.Export(
                                        name, new CoreSortIdx(sort, e.u32()));
                            }));
        }
        throw r.invalidByte(b, "core instance");
    }

    private static Instance instance(ByteReader r) {
        int b = r.u8();
        if (b == 0x00) {
            long component = r.u32();
            return new Instance.Instantiate(
                    component,
                    vec(
                            r,
                            a -> {
                                String name = a.name();
                                return new Instance.Arg(name, sortIdx(a));
                            }));
        }
        if (b == 0x01) {
            return new Instance.FromExports(
                    vec(
                            r,
                            e -> {
                                ExternName name = externName(e);
                                return new Instance.Export(name, sortIdx(e));
                            }));
        }
        throw r.invalidByte(b, "instance");
    }

    private static CoreSort coreSort(ByteReader r, int b) {
        switch (b) {
            case 0x00:
                return CoreSort.FUNC;
            case 0x01:
                return CoreSort.TABLE;
            case 0x02:
                return CoreSort.MEMORY;
            case 0x03:
                return CoreSort.GLOBAL;
            case 0x04:
                return CoreSort.TAG;
            case 0x10:
                return CoreSort.TYPE;
            case 0x11:
                return CoreSort.MODULE;
            case 0x12:
                return CoreSort.INSTANCE;
            default:
                throw r.invalidByte(b, "external kind");
        }
    }

    /** {@code sort}, given its first byte (and reading the core sort byte if needed). */
    static Sort sort(ByteReader r, int b) {
        switch (b) {
            case 0x00:
                {
                    int c = r.u8();
                    if (c > 0x04 && (c < 0x10 || c > 0x12)) {
                        throw r.invalidByte(c, "component external kind");
                    }
                    return Sort.ofCore(coreSort(r, c));
                }
            case 0x01:
                return Sort.FUNC;
            case 0x02:
                return Sort.VALUE;
            case 0x03:
                return Sort.TYPE;
            case 0x04:
                return Sort.COMPONENT;
            case 0x05:
                return Sort.INSTANCE;
            default:
                throw r.invalidByte(b, "component external kind");
        }
    }

    private static SortIdx sortIdx(ByteReader r) {
        Sort sort = sort(r, r.u8());
        return new SortIdx(sort, r.u32());
    }

    /** {@code alias}. The target byte decides which sorts are allowed, so read it first. */
    static Alias alias(ByteReader r) {
        int start = r.position();
        int b1 = r.u8();
        int b2 = b1 == 0x00 ? r.u8() : -1;
        int target = r.u8();
        switch (target) {
            case 0x00:
                {
                    Sort sort = sortAt(b1, b2, start, "component external kind");
                    long instance = r.u32();
                    return new Alias(sort, new Alias.InstanceExport(instance, r.name()));
                }
            case 0x01:
                {
                    Sort sort = sortAt(b1, b2, start, "component external kind");
                    long instance = r.u32();
                    return new Alias(sort, new Alias.CoreInstanceExport(instance, r.name()));
                }
            case 0x02:
                {
                    Sort sort;
                    if (b1 == 0x00 && b2 == 0x10) {
                        sort = Sort.CORE_TYPE;
                    } else if (b1 == 0x00 && b2 == 0x11) {
                        sort = Sort.CORE_MODULE;
                    } else if (b1 == 0x03) {
                        sort = Sort.TYPE;
                    } else if (b1 == 0x04) {
                        sort = Sort.COMPONENT;
                    } else {
                        int bad = b1 == 0x00 ? b2 : b1;
                        throw ByteReader.error(
                                "invalid leading byte (0x"
                                        + Integer.toHexString(bad)
                                        + ") for component outer alias kind",
                                b1 == 0x00 ? start + 1L : start);
                    }
                    long count = r.u32();
                    return new Alias(sort, new Alias.Outer(count, r.u32()));
                }
            default:
                throw r.invalidByte(target, "alias");
        }
    }

    private static Sort sortAt(int b1, int b2, int start, String what) {
        if (b1 == 0x00) {
            switch (b2) {
                case 0x00:
                    return Sort.CORE_FUNC;
                case 0x01:
                    return Sort.CORE_TABLE;
                case 0x02:
                    return Sort.CORE_MEMORY;
                case 0x03:
                    return Sort.CORE_GLOBAL;
                case 0x04:
                    return Sort.CORE_TAG;
                case 0x10:
                    return Sort.CORE_TYPE;
                case 0x11:
                    return Sort.CORE_MODULE;
                case 0x12:
                    return Sort.CORE_INSTANCE;
                default:
                    throw invalid(b2, what, start + 1L);
            }
        }
        switch (b1) {
            case 0x01:
                return Sort.FUNC;
            case 0x02:
                return Sort.VALUE;
            case 0x03:
                return Sort.TYPE;
            case 0x04:
                return Sort.COMPONENT;
            case 0x05:
                return Sort.INSTANCE;
            default:
                throw invalid(b1, what, start);
        }
    }

    private static MalformedComponentException invalid(int b, String what, long offset) {
        return ByteReader.error(
                "invalid leading byte (0x" + Integer.toHexString(b) + ") for " + what, offset);
    }

    /** {@code nameattributes}. */
    static ExternName externName(ByteReader r) {
        int b = r.u8();
        ExternName.Form form;
        switch (b) {
            case 0x00:
                form = ExternName.Form.PLAIN;
                break;
            case 0x01:
                form = ExternName.Form.LEGACY;
                break;
            case 0x02:
                form = ExternName.Form.ATTRIBUTED;
                break;
            default:
                throw r.invalidByte(b, "component name");
        }
        String name = r.name();
        if (form != ExternName.Form.ATTRIBUTED) {
            return new ExternName(form, name, List.of());
        }
        List<NameAttribute> attrs =
                vec(
                        r,
                        a -> {
                            int k = a.u8();
                            switch (k) {
                                case 0x00:
                                    return new NameAttribute.Implements(a.name());
                                case 0x01:
                                    return new NameAttribute.VersionSuffix(a.name());
                                case 0x02:
                                    return new NameAttribute.ExternalId(a.name());
                                default:
                                    throw a.invalidByte(k, "name option");
                            }
                        });
        return new ExternName(form, name, attrs);
    }

    private static Import importDef(ByteReader r) {
        ExternName name = externName(r);
        return new Import(name, TypeReader.externType(r));
    }

    private static Export exportDef(ByteReader r) {
        ExternName name = externName(r);
        SortIdx target = sortIdx(r);
        int b = r.u8();
        Optional<ExternType> type;
        if (b == 0x00) {
            type = Optional.empty();
        } else if (b == 0x01) {
            type = Optional.of(TypeReader.externType(r));
        } else {
            throw r.invalidByte(b, "optional component export type");
        }
        return new Export(name, target, type);
    }

    private static Start start(ByteReader r) {
        long func = r.u32();
        List<Long> args = vec(r, ByteReader::u32);
        return new Start(func, args, r.u32());
    }

    private static Value value(ByteReader r) {
        var type = TypeReader.valType(r);
        long len = r.u32();
        return new Value(type, r.bytes(len));
    }
}
