package dev.dovetail.format.binary;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Value;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Encodes a {@link ComponentModel} to the binary format, with minimal LEB128 everywhere. Any model
 * the constructors accept encodes (an out-of-range u32 is an {@link IllegalArgumentException});
 * whether it is valid is the validator's question.
 */
public final class ComponentEncoder {
    private static final byte[] PREAMBLE = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};

    private ComponentEncoder() {}

    public static byte[] encode(ComponentModel model) {
        ByteWriter w = new ByteWriter();
        component(w, model);
        return w.toByteArray();
    }

    private static void component(ByteWriter w, ComponentModel model) {
        w.bytes(PREAMBLE);
        for (Section s : model.sections()) {
            ByteWriter body = new ByteWriter();
            int id = section(body, s);
            w.u8(id).u32(body.size()).append(body);
        }
    }

    /** Writes the section's contents and returns its id. */
    private static int section(ByteWriter w, Section s) {
        if (s instanceof Section.CustomSection c) {
            w.name(c.name()).bytes(c.data());
            return 0;
        } else if (s instanceof Section.CoreModuleSection m) {
            w.bytes(m.bytes());
            return 1;
        } else if (s instanceof Section.CoreInstanceSection ci) {
            vec(w, ci.instances(), ComponentEncoder::coreInstance);
            return 2;
        } else if (s instanceof Section.CoreTypeSection ct) {
            vec(w, ct.types(), CoreTypeWriter::coreType);
            return 3;
        } else if (s instanceof Section.ComponentSection c) {
            component(w, c.component());
            return 4;
        } else if (s instanceof Section.InstanceSection is) {
            vec(w, is.instances(), ComponentEncoder::instance);
            return 5;
        } else if (s instanceof Section.AliasSection as) {
            vec(w, as.aliases(), ComponentEncoder::alias);
            return 6;
        } else if (s instanceof Section.TypeSection ts) {
            vec(w, ts.types(), TypeWriter::defType);
            return 7;
        } else if (s instanceof Section.CanonSection cs) {
            vec(w, cs.canons(), CanonWriter::canon);
            return 8;
        } else if (s instanceof Section.StartSection ss) {
            w.u32(ss.start().func());
            vec(w, ss.start().args(), ByteWriter::u32);
            w.u32(ss.start().results());
            return 9;
        } else if (s instanceof Section.ImportSection is) {
            vec(w, is.imports(), ComponentEncoder::importDef);
            return 10;
        } else if (s instanceof Section.ExportSection es) {
            vec(w, es.exports(), ComponentEncoder::exportDef);
            return 11;
        } else {
            vec(w, ((Section.ValueSection) s).values(), ComponentEncoder::value);
            return 12;
        }
    }

    private static <T> void vec(ByteWriter w, List<T> items, BiConsumer<ByteWriter, T> item) {
        w.vecLength(items.size());
        for (T t : items) {
            item.accept(w, t);
        }
    }

    private static void coreInstance(ByteWriter w, CoreInstance i) {
        if (i instanceof CoreInstance.Instantiate inst) {
            w.u8(0x00).u32(inst.module());
            vec(w, inst.args(), (x, a) -> x.name(a.name()).u8(0x12).u32(a.instance()));
        } else {
            vec(
                    w.u8(0x01),
                    ((CoreInstance.FromExports) i).exports(),
                    (x, e) ->
                            x.name(e.name())
                                    .u8(coreSort(e.target().sort()))
                                    .u32(e.target().index()));
        }
    }

    private static void instance(ByteWriter w, Instance i) {
        if (i instanceof Instance.Instantiate inst) {
            w.u8(0x00).u32(inst.component());
            vec(
                    w,
                    inst.args(),
                    (x, a) -> {
                        x.name(a.name());
                        sortIdx(x, a.target());
                    });
        } else {
            vec(
                    w.u8(0x01),
                    ((Instance.FromExports) i).exports(),
                    (x, e) -> {
                        externName(x, e.name());
                        sortIdx(x, e.target());
                    });
        }
    }

    static int coreSort(CoreSort s) {
        switch (s) {
            case FUNC:
                return 0x00;
            case TABLE:
                return 0x01;
            case MEMORY:
                return 0x02;
            case GLOBAL:
                return 0x03;
            case TAG:
                return 0x04;
            case TYPE:
                return 0x10;
            case MODULE:
                return 0x11;
            case INSTANCE:
                return 0x12;
            default:
                throw new IllegalStateException();
        }
    }

    static void sort(ByteWriter w, Sort s) {
        if (s.isCore()) {
            w.u8(0x00).u8(coreSort(s.coreSort()));
            return;
        }
        switch (s) {
            case FUNC:
                w.u8(0x01);
                break;
            case VALUE:
                w.u8(0x02);
                break;
            case TYPE:
                w.u8(0x03);
                break;
            case COMPONENT:
                w.u8(0x04);
                break;
            case INSTANCE:
                w.u8(0x05);
                break;
            default:
                throw new IllegalStateException();
        }
    }

    private static void sortIdx(ByteWriter w, SortIdx si) {
        sort(w, si.sort());
        w.u32(si.index());
    }

    static void alias(ByteWriter w, Alias a) {
        sort(w, a.sort());
        Alias.Target t = a.target();
        if (t instanceof Alias.InstanceExport e) {
            w.u8(0x00).u32(e.instance()).name(e.name());
        } else if (t instanceof Alias.CoreInstanceExport e) {
            w.u8(0x01).u32(e.instance()).name(e.name());
        } else {
            Alias.Outer o = (Alias.Outer) t;
            w.u8(0x02).u32(o.count()).u32(o.index());
        }
    }

    static void externName(ByteWriter w, ExternName n) {
        switch (n.form()) {
            case PLAIN:
                w.u8(0x00).name(n.name());
                return;
            case LEGACY:
                w.u8(0x01).name(n.name());
                return;
            default:
                w.u8(0x02).name(n.name());
                vec(w, n.attributes(), ComponentEncoder::attribute);
        }
    }

    private static void attribute(ByteWriter w, NameAttribute a) {
        if (a instanceof NameAttribute.Implements i) {
            w.u8(0x00).name(i.interfaceName());
        } else if (a instanceof NameAttribute.VersionSuffix v) {
            w.u8(0x01).name(v.suffix());
        } else {
            w.u8(0x02).name(((NameAttribute.ExternalId) a).id());
        }
    }

    private static void importDef(ByteWriter w, Import i) {
        externName(w, i.name());
        TypeWriter.externType(w, i.type());
    }

    private static void exportDef(ByteWriter w, Export e) {
        externName(w, e.name());
        sortIdx(w, e.target());
        if (e.type().isPresent()) {
            w.u8(0x01);
            TypeWriter.externType(w, e.type().get());
        } else {
            w.u8(0x00);
        }
    }

    private static void value(ByteWriter w, Value v) {
        TypeWriter.valType(w, v.type());
        byte[] bytes = v.encoded();
        w.u32(bytes.length).bytes(bytes);
    }
}
