package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Nested components, {@code (instance)} fields and {@code (alias)} fields. */
abstract class InstanceAliasParser extends ImportExportParser {
    // Nested components and instances

    Runnable nestedComponent(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.COMPONENT, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "component");
            c.expectEnd();
            return importItem(name, new ItemSignature(Sort.COMPONENT, id, type, f), slot);
        }
        int from = c.position();
        return () -> {
            ComponentModel m = component(id, f.cursor(from));
            r.flushAliases();
            slot.index = register(Sort.COMPONENT, id, f);
            sink().component(m, f);
        };
    }

    Runnable instance(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.INSTANCE, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "instance");
            c.expectEnd();
            return importItem(name, new ItemSignature(Sort.INSTANCE, id, type, f), slot);
        }
        Supplier<Instance> def;
        if (c.peekList("instantiate")) {
            Cursor ic = c.expectList("instantiate").cursor(1);
            Supplier<Long> comp = indexOrRef(ic, "component", Sort.COMPONENT);
            List<String> names = new ArrayList<>();
            List<Supplier<SortIdx>> args = new ArrayList<>();
            while (!ic.atEnd()) {
                SList w = ic.expectList("with");
                Cursor wc = w.cursor(1);
                names.add(wc.expectName());
                SList arg = wc.expectList();
                wc.expectEnd();
                if (arg.isList("instance") && !(arg.size() > 1 && Resolver.isIndex(arg.get(1)))) {
                    Supplier<Instance> bag = exportBag(arg.cursor(1), x);
                    Slot s = new Slot();
                    x.fields.add(
                            () -> {
                                Instance in = bag.get();
                                r.flushAliases();
                                s.index = register(Sort.INSTANCE, null, arg);
                                sink().instance(in, arg);
                            });
                    args.add(() -> new SortIdx(Sort.INSTANCE, s.index));
                } else {
                    args.add(exportKind(arg));
                }
            }
            def =
                    () -> {
                        long cidx = comp.get();
                        List<Instance.Arg> out = new ArrayList<>();
                        for (int i = 0; i < args.size(); i++) {
                            out.add(new Instance.Arg(names.get(i), args.get(i).get()));
                        }
                        return new Instance.Instantiate(cidx, out);
                    };
            c.expectEnd();
        } else {
            def = exportBag(c, x);
        }
        return () -> {
            Instance in = def.get();
            r.flushAliases();
            slot.index = register(Sort.INSTANCE, id, f);
            sink().instance(in, f);
        };
    }

    /** {@code (export $id? "name" (sort ref) sig?)*} of a component instance bundle. */
    Supplier<Instance> exportBag(Cursor c, Expander x) {
        List<ExternName> names = new ArrayList<>();
        List<Supplier<SortIdx>> refs = new ArrayList<>();
        while (!c.atEnd()) {
            SList e = c.expectList("export");
            Cursor ec = e.cursor(1);
            ec.optId();
            names.add(externName(ec));
            refs.add(exportKind(ec.expectList()));
            if (!ec.atEnd()) {
                itemSig(ec.expectList(), x, false);
            }
            ec.expectEnd();
        }
        return () -> {
            List<Instance.Export> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(new Instance.Export(names.get(i), refs.get(i).get()));
            }
            return new Instance.FromExports(out);
        };
    }

    /** {@code (core module idx "e"*)}, {@code (func idx "e"*)}, ... as a sort and index. */
    Supplier<SortIdx> exportKind(SList l) {
        Cursor c = l.cursor(0);
        String kw = c.expectKeyword();
        Sort sort;
        switch (kw) {
            case "core" -> {
                c.expectKeyword("module");
                sort = Sort.CORE_MODULE;
            }
            case "func" -> sort = Sort.FUNC;
            case "value" -> sort = Sort.VALUE;
            case "type" -> sort = Sort.TYPE;
            case "component" -> sort = Sort.COMPONENT;
            case "instance" -> sort = Sort.INSTANCE;
            default -> throw WatException.at(l, "expected an item reference");
        }
        SExpr idx = c.next();
        List<String> names = new ArrayList<>();
        while (!c.atEnd()) {
            names.add(c.expectName());
        }
        return () -> new SortIdx(sort, r.itemRef(sort, idx, names));
    }

    /** A bare index, or {@code (kw idx "e"*)}. */
    Supplier<Long> indexOrRef(Cursor c, String kw, Sort sort) {
        if (Resolver.isIndex(c.peek())) {
            SExpr idx = c.next();
            return () -> r.resolve(sort, idx);
        }
        SList l = c.expectList(kw);
        Cursor lc = l.cursor(1);
        SExpr idx = lc.next();
        List<String> names = new ArrayList<>();
        while (!lc.atEnd()) {
            names.add(lc.expectName());
        }
        return () -> r.itemRef(sort, idx, names);
    }

    // Aliases, imports, exports, start

    Runnable alias(SList f, Cursor c) {
        if (c.acceptKeyword("outer")) {
            SExpr outer = c.next();
            SExpr index = c.next();
            SList kind = c.expectList();
            c.expectEnd();
            Cursor kc = kind.cursor(0);
            Sort sort;
            String kw = kc.expectKeyword();
            switch (kw) {
                case "core" -> {
                    String k2 = kc.expectKeyword();
                    sort =
                            switch (k2) {
                                case "module" -> Sort.CORE_MODULE;
                                case "type" -> Sort.CORE_TYPE;
                                default ->
                                        throw WatException.at(
                                                kind, "expected core module or core type");
                            };
                }
                case "type" -> sort = Sort.TYPE;
                case "component" -> sort = Sort.COMPONENT;
                default ->
                        throw WatException.at(
                                kind, "expected core module, core type, type or component");
            }
            String id = kc.optId();
            kc.expectEnd();
            return aliasItem(
                    sort,
                    id,
                    f,
                    () -> {
                        if (outer instanceof SAtom oa
                                && oa.kind() == TokenKind.NUMBER
                                && index instanceof SAtom ia
                                && ia.kind() == TokenKind.NUMBER) {
                            return new Alias.Outer(NumberLiterals.u32(oa), NumberLiterals.u32(ia));
                        }
                        long depth = r.outerDepth(outer);
                        return new Alias.Outer(depth, r.resolveAt(depth, sort, index));
                    });
        }
        boolean core = c.acceptKeyword("core");
        c.expectKeyword("export");
        SExpr inst = c.next();
        String name = c.expectName();
        SList kind = c.expectList();
        c.expectEnd();
        Cursor kc = kind.cursor(0);
        Sort sort;
        if (core) {
            kc.expectKeyword("core");
            sort = Sort.ofCore(coreExportSort(kc.expectKeyword(), kind));
        } else {
            String kw = kc.expectKeyword();
            sort =
                    switch (kw) {
                        case "core" -> {
                            kc.expectKeyword("module");
                            yield Sort.CORE_MODULE;
                        }
                        case "func" -> Sort.FUNC;
                        case "value" -> Sort.VALUE;
                        case "type" -> Sort.TYPE;
                        case "component" -> Sort.COMPONENT;
                        case "instance" -> Sort.INSTANCE;
                        default -> throw WatException.at(kind, "expected an export kind");
                    };
        }
        String id = kc.optId();
        kc.expectEnd();
        if (core) {
            return aliasItem(
                    sort,
                    id,
                    f,
                    () -> new Alias.CoreInstanceExport(r.resolve(Sort.CORE_INSTANCE, inst), name));
        }
        return aliasItem(
                sort, id, f, () -> new Alias.InstanceExport(r.resolve(Sort.INSTANCE, inst), name));
    }
}
