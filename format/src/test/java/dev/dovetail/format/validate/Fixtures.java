package dev.dovetail.format.validate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.ValType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Short builders for model-based validator fixtures. */
final class Fixtures {
    private Fixtures() {}

    static ComponentModel comp(Section... sections) {
        return ComponentModel.of(sections);
    }

    static Section types(DefType... types) {
        return new Section.TypeSection(List.of(types));
    }

    static Section imports(Import... imports) {
        return new Section.ImportSection(List.of(imports));
    }

    static Import imp(String name, ExternType type) {
        return new Import(ExternName.plain(name), type);
    }

    static Section exports(Export... exports) {
        return new Section.ExportSection(List.of(exports));
    }

    static Export exp(String name, Sort sort, long idx) {
        return new Export(ExternName.plain(name), new SortIdx(sort, idx), Optional.empty());
    }

    static Export exp(String name, Sort sort, long idx, ExternType ascribed) {
        return new Export(ExternName.plain(name), new SortIdx(sort, idx), Optional.of(ascribed));
    }

    static Section canons(Canon... canons) {
        return new Section.CanonSection(List.of(canons));
    }

    static Section aliases(Alias... aliases) {
        return new Section.AliasSection(List.of(aliases));
    }

    static Alias coreExport(Sort sort, long instance, String name) {
        return new Alias(sort, new Alias.CoreInstanceExport(instance, name));
    }

    static Alias export(Sort sort, long instance, String name) {
        return new Alias(sort, new Alias.InstanceExport(instance, name));
    }

    static Alias outer(Sort sort, long count, long index) {
        return new Alias(sort, new Alias.Outer(count, index));
    }

    static Section module(byte[] bytes) {
        return new Section.CoreModuleSection(bytes);
    }

    static Section coreInstantiate(long module, CoreInstance.Arg... args) {
        return new Section.CoreInstanceSection(
                List.of(new CoreInstance.Instantiate(module, List.of(args))));
    }

    static Section instantiate(long component, Instance.Arg... args) {
        return new Section.InstanceSection(
                List.of(new Instance.Instantiate(component, List.of(args))));
    }

    static Instance.Arg with(String name, Sort sort, long idx) {
        return new Instance.Arg(name, new SortIdx(sort, idx));
    }

    static Section nested(ComponentModel c) {
        return new Section.ComponentSection(c);
    }

    static ValType t(long idx) {
        return ValType.index(idx);
    }

    static LabeledValType field(String name, ValType type) {
        return new LabeledValType(name, type);
    }

    static DefValType.Record record(LabeledValType... fields) {
        return new DefValType.Record(List.of(fields));
    }

    static FuncType func(List<LabeledValType> params, ValType result) {
        return new FuncType(false, params, Optional.ofNullable(result));
    }

    static FuncType func() {
        return func(List.of(), null);
    }

    static dev.dovetail.format.model.ResourceType resource() {
        return new dev.dovetail.format.model.ResourceType(
                dev.dovetail.format.model.CoreValType.Num.I32, OptionalLong.empty());
    }

    static ExternType.Type subResource() {
        return new ExternType.Type(new ExternType.SubResource());
    }

    static ExternType.Type eq(long idx) {
        return new ExternType.Type(new ExternType.Eq(idx));
    }

    static Canon.Lift lift(long coreFunc, long type, CanonOpt... opts) {
        return new Canon.Lift(coreFunc, List.of(opts), type);
    }

    static InvalidComponentException invalid(ComponentModel m, String expected) {
        InvalidComponentException e =
                assertThrows(InvalidComponentException.class, () -> Validator.validate(m));
        assertTrue(
                e.getMessage().contains(expected),
                () -> "expected message containing `" + expected + "`, got: " + e.getMessage());
        return e;
    }

    static ComponentTypeInfo valid(ComponentModel m) {
        return Validator.validate(m);
    }

    // ------------------------------------------------------------ core module bytes

    /** A core function signature with value type bytes (0x7f i32, 0x7e i64, 0x7d f32, 0x7c f64). */
    record Sig(String export, byte[] params, byte[] results) {}

    static Sig sig(String export, int[] params, int[] results) {
        byte[] p = new byte[params.length];
        for (int i = 0; i < params.length; i++) {
            p[i] = (byte) params[i];
        }
        byte[] r = new byte[results.length];
        for (int i = 0; i < results.length; i++) {
            r[i] = (byte) results[i];
        }
        return new Sig(export, p, r);
    }

    static final int I32 = 0x7f;
    static final int I64 = 0x7e;

    /**
     * A core module exporting one {@code unreachable} function per signature and, when {@code
     * memory}, a memory named {@code "memory"}.
     */
    static byte[] coreModule(boolean memory, Sig... sigs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        uleb(types, sigs.length);
        for (Sig s : sigs) {
            types.write(0x60);
            uleb(types, s.params().length);
            types.writeBytes(s.params());
            uleb(types, s.results().length);
            types.writeBytes(s.results());
        }
        section(out, 1, types);
        ByteArrayOutputStream funcs = new ByteArrayOutputStream();
        uleb(funcs, sigs.length);
        for (int i = 0; i < sigs.length; i++) {
            uleb(funcs, i);
        }
        section(out, 3, funcs);
        if (memory) {
            ByteArrayOutputStream mem = new ByteArrayOutputStream();
            mem.writeBytes(new byte[] {1, 0, 1});
            section(out, 5, mem);
        }
        ByteArrayOutputStream exports = new ByteArrayOutputStream();
        uleb(exports, sigs.length + (memory ? 1 : 0));
        for (int i = 0; i < sigs.length; i++) {
            name(exports, sigs[i].export());
            exports.write(0);
            uleb(exports, i);
        }
        if (memory) {
            name(exports, "memory");
            exports.write(2);
            exports.write(0);
        }
        section(out, 7, exports);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        uleb(code, sigs.length);
        for (int i = 0; i < sigs.length; i++) {
            code.writeBytes(new byte[] {3, 0, 0, 0x0b});
        }
        section(out, 10, code);
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, ByteArrayOutputStream body) {
        out.write(id);
        uleb(out, body.size());
        out.writeBytes(body.toByteArray());
    }

    private static void name(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        uleb(out, b.length);
        out.writeBytes(b);
    }

    private static void uleb(ByteArrayOutputStream out, long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    /**
     * Sections that define a core module with the given functions (and memory), instantiate it as
     * core instance 0 and alias every function (core funcs 0..n-1) and the memory (core memory 0).
     */
    static List<Section> coreFuncs(boolean memory, Sig... sigs) {
        List<Section> out = new ArrayList<>();
        out.add(module(coreModule(memory, sigs)));
        out.add(coreInstantiate(0));
        List<Alias> as = new ArrayList<>();
        for (Sig s : sigs) {
            as.add(coreExport(Sort.CORE_FUNC, 0, s.export()));
        }
        if (memory) {
            as.add(coreExport(Sort.ofCore(CoreSort.MEMORY), 0, "memory"));
        }
        out.add(new Section.AliasSection(as));
        return out;
    }

    static ComponentModel comp(List<Section> first, Section... rest) {
        List<Section> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return new ComponentModel(all);
    }
}
