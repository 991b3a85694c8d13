package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.ResourceType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.Wat;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The component text format (design/mvp/Explainer.md) to a {@link ComponentModel}.
 *
 * <p>Works like the reference implementation: each field is parsed, its inline type definitions and
 * inline instantiation-argument instances are split out ahead of it (types first), inline {@code
 * (export "n")} sugar becomes export definitions appended at the end of the component, and name
 * resolution inserts outer aliases (names of enclosing components and types) and export aliases
 * ({@code $i "name"} references) just before the definition that needs them. Consecutive
 * definitions of one kind share a section.
 */
public final class ComponentTextParser {
    private final Resolver r = new Resolver();

    private ComponentTextParser() {}

    /** Parses {@code (component $id? field*)} (text fields only, not {@code binary/quote}). */
    public static ComponentModel parse(SList componentForm) {
        if (!componentForm.isList("component")) {
            throw WatException.at(componentForm, "expected '(component ...)'");
        }
        Cursor c = componentForm.cursor(1);
        String id = c.optId();
        return parseFields(id, c);
    }

    /** Parses component fields from {@code c} to its end, as a component named {@code id}. */
    public static ComponentModel parseFields(String id, Cursor c) {
        return new ComponentTextParser().component(id, c);
    }

    /** A resolved-later position in an index space: set when the definition is registered. */
    private static final class Slot {
        long index = -1;
    }

    /** Definitions split out of the field being parsed. */
    private static final class Expander {
        final List<Runnable> types = new ArrayList<>();
        final List<Runnable> fields = new ArrayList<>();
        final List<Runnable> append = new ArrayList<>();
    }

    private interface TypeSyn {
        DefType resolve(String scopeId);
    }

    private interface VT {
        ValType resolve();
    }

    /** An import/export description: sort, optional $id and its type (resolved later). */
    private record Sig(Sort sort, String id, Supplier<ExternType> type, SExpr at) {}

    // ---------------------------------------------------------------------------------------
    // Components

    private ComponentModel component(String id, Cursor c) {
        Sink.Sections sink = new Sink.Sections();
        r.push(new Scope(id, sink));
        List<Runnable> appended = new ArrayList<>();
        while (!c.atEnd()) {
            SList f = c.expectList();
            Expander x = new Expander();
            Runnable item = field(f, x);
            x.types.forEach(Runnable::run);
            x.fields.forEach(Runnable::run);
            item.run();
            appended.addAll(x.append);
        }
        appended.forEach(Runnable::run);
        r.pop();
        return sink.finish();
    }

    private Sink sink() {
        return r.current().sink;
    }

    private long register(Sort sort, String id, SExpr at) {
        return r.current().register(sort, id, at);
    }

    private Runnable field(SList f, Expander x) {
        Cursor c = f.cursor(1);
        String head = f.head();
        if (head == null) {
            throw WatException.at(f, "expected valid component field");
        }
        switch (head) {
            case "core":
                {
                    String kw = c.expectKeyword();
                    switch (kw) {
                        case "module":
                            return coreModule(f, c, x);
                        case "instance":
                            return coreInstance(f, c, x);
                        case "type":
                            return coreType(f, c);
                        case "rec":
                            return coreRec(f, c);
                        case "func":
                            return coreFunc(f, c, x);
                        default:
                            throw WatException.at(f, "expected valid component field");
                    }
                }
            case "component":
                return nestedComponent(f, c, x);
            case "instance":
                return instance(f, c, x);
            case "alias":
                return alias(f, c);
            case "type":
                return typeField(f, c, x, true);
            case "import":
                return importField(f, c, x);
            case "func":
                return func(f, c, x);
            case "export":
                return exportField(f, c, x);
            case "start":
                return start(f, c);
            case "canon":
                return canon(f, c, x);
            default:
                throw WatException.at(f, "expected valid component field");
        }
    }

    /** {@code (export "name")*} sugar: each becomes an export of {@code slot}, appended. */
    private void inlineExports(Cursor c, Expander x, Sort sort, Slot slot, SExpr at) {
        while (isInlineExport(c.peek())) {
            Cursor ec = ((SList) c.next()).cursor(1);
            ExternName name = externName(ec);
            x.append.add(
                    () -> {
                        r.flushAliases();
                        register(sort, null, at);
                        sink().export(
                                        new Export(
                                                name,
                                                new SortIdx(sort, slot.index),
                                                Optional.empty()),
                                        at);
                    });
        }
    }

    private static boolean isInlineExport(SExpr e) {
        return isInlineName(e, "export");
    }

    private static boolean isInlineImport(SExpr e) {
        return isInlineName(e, "import");
    }

    /** {@code (kw "name")} or {@code (kw (interface "name"))} and nothing else. */
    private static boolean isInlineName(SExpr e, String kw) {
        if (!(e instanceof SList l) || !l.isList(kw) || l.size() != 2) {
            return false;
        }
        SExpr n = l.get(1);
        if (n instanceof SAtom a) {
            return a.kind() == TokenKind.STRING;
        }
        return n instanceof SList il
                && il.isList("interface")
                && il.size() == 2
                && il.get(1) instanceof SAtom s
                && s.kind() == TokenKind.STRING;
    }

    private ExternName inlineImportName(Cursor c) {
        Cursor ic = ((SList) c.next()).cursor(1);
        return externName(ic);
    }

    /** {@code "name"} or {@code (interface "name")} then the optional attributes, in order. */
    private static ExternName externName(Cursor c) {
        String name;
        if (c.peekList("interface")) {
            Cursor ic = c.expectList("interface").cursor(1);
            name = ic.expectName();
            ic.expectEnd();
        } else {
            name = c.expectName();
        }
        List<NameAttribute> attrs = new ArrayList<>();
        if (c.peekList("implements")) {
            attrs.add(new NameAttribute.Implements(attribute(c, "implements")));
        }
        if (c.peekList("versionsuffix")) {
            attrs.add(new NameAttribute.VersionSuffix(attribute(c, "versionsuffix")));
        }
        if (c.peekList("external-id")) {
            attrs.add(new NameAttribute.ExternalId(attribute(c, "external-id")));
        }
        if (attrs.isEmpty()) {
            return ExternName.plain(name);
        }
        return new ExternName(ExternName.Form.ATTRIBUTED, name, attrs);
    }

    private static String attribute(Cursor c, String kw) {
        Cursor ac = c.expectList(kw).cursor(1);
        String v = ac.expectName();
        ac.expectEnd();
        return v;
    }

    // ---------------------------------------------------------------------------------------
    // Core modules, instances, types, funcs

    private Runnable coreModule(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.CORE_MODULE, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = coreModuleTypeUse(c, x);
            c.expectEnd();
            return importItem(name, new Sig(Sort.CORE_MODULE, id, type, f), slot);
        }
        byte[] bytes = Wat.parseModule(c);
        return () -> {
            r.flushAliases();
            slot.index = register(Sort.CORE_MODULE, id, f);
            sink().coreModule(bytes, f);
        };
    }

    private Runnable coreInstance(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Supplier<CoreInstance> def;
        if (c.peekList("instantiate")) {
            Cursor ic = c.expectList("instantiate").cursor(1);
            Supplier<Long> module = indexOrRef(ic, "module", Sort.CORE_MODULE);
            List<String> names = new ArrayList<>();
            List<Supplier<Long>> args = new ArrayList<>();
            while (!ic.atEnd()) {
                SList w = ic.expectList("with");
                Cursor wc = w.cursor(1);
                names.add(wc.expectName());
                SList arg = wc.expectList("instance");
                wc.expectEnd();
                Cursor ac = arg.cursor(1);
                if (Resolver.isIndex(ac.peek())) {
                    SExpr idx = ac.next();
                    String exp = ac.peekKind(TokenKind.STRING) ? ac.expectName() : null;
                    ac.expectEnd();
                    args.add(() -> r.coreItemRef(Sort.CORE_INSTANCE, idx, exp));
                } else {
                    Supplier<CoreInstance> bag = coreExportBag(ac);
                    Slot s = new Slot();
                    x.fields.add(
                            () -> {
                                CoreInstance ci = bag.get();
                                r.flushAliases();
                                s.index = register(Sort.CORE_INSTANCE, null, arg);
                                sink().coreInstance(ci, arg);
                            });
                    args.add(() -> s.index);
                }
            }
            def =
                    () -> {
                        long m = module.get();
                        List<CoreInstance.Arg> out = new ArrayList<>();
                        for (int i = 0; i < args.size(); i++) {
                            out.add(new CoreInstance.Arg(names.get(i), args.get(i).get()));
                        }
                        return new CoreInstance.Instantiate(m, out);
                    };
        } else {
            def = coreExportBag(c);
        }
        c.expectEnd();
        return () -> {
            CoreInstance ci = def.get();
            r.flushAliases();
            register(Sort.CORE_INSTANCE, id, f);
            sink().coreInstance(ci, f);
        };
    }

    /** {@code (export "name" (func idx "export"?))*} of a core instance. */
    private Supplier<CoreInstance> coreExportBag(Cursor c) {
        List<String> names = new ArrayList<>();
        List<CoreSort> sorts = new ArrayList<>();
        List<Supplier<Long>> refs = new ArrayList<>();
        while (!c.atEnd()) {
            Cursor ec = c.expectList("export").cursor(1);
            names.add(ec.expectName());
            SList item = ec.expectList();
            ec.expectEnd();
            Cursor ic = item.cursor(0);
            CoreSort sort = coreExportSort(ic.expectKeyword(), item);
            SExpr idx = ic.next();
            String exp = ic.peekKind(TokenKind.STRING) ? ic.expectName() : null;
            ic.expectEnd();
            sorts.add(sort);
            refs.add(() -> r.coreItemRef(Sort.ofCore(sort), idx, exp));
        }
        return () -> {
            List<CoreInstance.Export> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(
                        new CoreInstance.Export(
                                names.get(i), new CoreSortIdx(sorts.get(i), refs.get(i).get())));
            }
            return new CoreInstance.FromExports(out);
        };
    }

    private static CoreSort coreExportSort(String kw, SExpr at) {
        return switch (kw) {
            case "func" -> CoreSort.FUNC;
            case "table" -> CoreSort.TABLE;
            case "memory" -> CoreSort.MEMORY;
            case "global" -> CoreSort.GLOBAL;
            case "tag" -> CoreSort.TAG;
            default -> throw WatException.at(at, "expected a core export kind");
        };
    }

    private Runnable coreType(SList f, Cursor c) {
        String id = c.optId();
        SList def = c.expectList();
        c.expectEnd();
        if (def.isList("module")) {
            return () -> {
                CoreType t = CoreTypes.moduleType(r, id, def.cursor(1));
                r.flushAliases();
                register(Sort.CORE_TYPE, id, f);
                sink().coreType(t, f);
            };
        }
        return () -> {
            register(Sort.CORE_TYPE, id, f);
            CoreSubType st = CoreTypes.subType(r, def);
            r.flushAliases();
            sink().coreType(new CoreType.RecGroup(List.of(st)), f);
        };
    }

    private Runnable coreRec(SList f, Cursor c) {
        List<SList> members = new ArrayList<>();
        while (!c.atEnd()) {
            members.add(c.expectList("type"));
        }
        return () -> {
            for (SList t : members) {
                register(Sort.CORE_TYPE, t.cursor(1).optId(), t);
            }
            List<CoreSubType> subs = new ArrayList<>();
            for (SList t : members) {
                Cursor tc = t.cursor(1);
                tc.optId();
                subs.add(CoreTypes.subType(r, tc.next()));
                tc.expectEnd();
            }
            r.flushAliases();
            sink().coreType(new CoreType.RecGroup(subs), f);
        };
    }

    /** {@code (core func $id? (canon ...))} or {@code (core func $id? (alias core export ...))}. */
    private Runnable coreFunc(SList f, Cursor c, Expander x) {
        String id = c.optId();
        SList body = c.expectList();
        c.expectEnd();
        Cursor bc = body.cursor(1);
        if (body.isList("alias")) {
            bc.expectKeyword("core");
            bc.expectKeyword("export");
            SExpr inst = bc.next();
            String name = bc.expectName();
            bc.expectEnd();
            return aliasItem(
                    Sort.CORE_FUNC,
                    id,
                    f,
                    () -> new Alias.CoreInstanceExport(r.resolve(Sort.CORE_INSTANCE, inst), name));
        }
        if (!body.isList("canon")) {
            throw WatException.at(body, "expected '(canon ...)' or '(alias ...)'");
        }
        String kw = bc.expectKeyword();
        Supplier<Canon> canon = coreBuiltin(kw, bc, x, body);
        bc.expectEnd();
        return canonItem(Sort.CORE_FUNC, id, f, canon);
    }

    private Runnable canonItem(Sort sort, String id, SExpr at, Supplier<Canon> canon) {
        return () -> {
            Canon cn = canon.get();
            r.flushAliases();
            register(sort, id, at);
            sink().canon(cn, at);
        };
    }

    private Runnable aliasItem(Sort sort, String id, SExpr at, Supplier<Alias.Target> target) {
        return () -> {
            Alias.Target t = target.get();
            r.flushAliases();
            register(sort, id, at);
            sink().alias(new Alias(sort, t));
        };
    }

    // ---------------------------------------------------------------------------------------
    // Nested components and instances

    private Runnable nestedComponent(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.COMPONENT, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "component");
            c.expectEnd();
            return importItem(name, new Sig(Sort.COMPONENT, id, type, f), slot);
        }
        int from = c.position();
        return () -> {
            ComponentModel m = component(id, f.cursor(from));
            r.flushAliases();
            slot.index = register(Sort.COMPONENT, id, f);
            sink().component(m, f);
        };
    }

    private Runnable instance(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.INSTANCE, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "instance");
            c.expectEnd();
            return importItem(name, new Sig(Sort.INSTANCE, id, type, f), slot);
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
    private Supplier<Instance> exportBag(Cursor c, Expander x) {
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
    private Supplier<SortIdx> exportKind(SList l) {
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
    private Supplier<Long> indexOrRef(Cursor c, String kw, Sort sort) {
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

    // ---------------------------------------------------------------------------------------
    // Aliases, imports, exports, start

    private Runnable alias(SList f, Cursor c) {
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

    private Runnable importField(SList f, Cursor c, Expander x) {
        ExternName name = externName(c);
        Sig sig = itemSig(c.expectList(), x, true);
        c.expectEnd();
        return importItem(name, sig, new Slot());
    }

    private Runnable importItem(ExternName name, Sig sig, Slot slot) {
        return () -> {
            ExternType t = sig.type().get();
            r.flushAliases();
            slot.index = register(sig.sort(), sig.id(), sig.at());
            sink().importItem(name, t, sig.at());
        };
    }

    private Runnable exportField(SList f, Cursor c, Expander x) {
        String id = c.optId();
        ExternName name = externName(c);
        Supplier<SortIdx> kind = exportKind(c.expectList());
        Sig ascribed = c.atEnd() ? null : itemSig(c.expectList(), x, false);
        c.expectEnd();
        return () -> {
            Optional<ExternType> t =
                    ascribed == null ? Optional.empty() : Optional.of(ascribed.type().get());
            SortIdx target = kind.get();
            r.flushAliases();
            register(target.sort(), id, f);
            sink().export(new Export(name, target, t), f);
        };
    }

    private Runnable start(SList f, Cursor c) {
        SExpr func = c.next();
        List<Supplier<Long>> args = new ArrayList<>();
        while (c.peek() instanceof SList l && l.isList("value")) {
            Cursor vc = c.expectList("value").cursor(1);
            SExpr idx = vc.next();
            List<String> names = new ArrayList<>();
            while (!vc.atEnd()) {
                names.add(vc.expectName());
            }
            args.add(() -> r.itemRef(Sort.VALUE, idx, names));
        }
        List<String> results = new ArrayList<>();
        while (c.peekList("result")) {
            Cursor rc = c.expectList("result").cursor(1);
            Cursor vc = rc.expectList("value").cursor(1);
            results.add(vc.optId());
            vc.expectEnd();
            rc.expectEnd();
        }
        c.expectEnd();
        return () -> {
            long fn = r.resolve(Sort.FUNC, func);
            List<Long> a = new ArrayList<>();
            for (Supplier<Long> s : args) {
                a.add(s.get());
            }
            r.flushAliases();
            for (String id : results) {
                register(Sort.VALUE, id, f);
            }
            sink().start(new Start(fn, a, results.size()), f);
        };
    }

    /**
     * {@code (func $id? ...)}, {@code (component $id? ...)}, ... in an import, an export ascription
     * or a type declarator.
     */
    private Sig itemSig(SList l, Expander x, boolean allowId) {
        Cursor c = l.cursor(0);
        String kw = c.expectKeyword();
        Sort sort;
        if (kw.equals("core")) {
            c.expectKeyword("module");
            sort = Sort.CORE_MODULE;
        } else {
            sort =
                    switch (kw) {
                        case "func" -> Sort.FUNC;
                        case "component" -> Sort.COMPONENT;
                        case "instance" -> Sort.INSTANCE;
                        case "value" -> Sort.VALUE;
                        case "type" -> Sort.TYPE;
                        default ->
                                throw WatException.at(
                                        l, "unexpected token, expected an item signature");
                    };
        }
        String id = allowId ? c.optId() : null;
        Supplier<ExternType> type;
        switch (sort) {
            case CORE_MODULE -> type = coreModuleTypeUse(c, x);
            case FUNC -> type = typeUse(c, x, "func");
            case COMPONENT -> type = typeUse(c, x, "component");
            case INSTANCE -> type = typeUse(c, x, "instance");
            case VALUE -> {
                VT vt;
                if (isTypeRef(c.peek())) {
                    Cursor tc = c.expectList("type").cursor(1);
                    SExpr idx = tc.next();
                    vt = () -> ValType.index(r.resolve(Sort.TYPE, idx));
                } else {
                    vt = valType(c.next(), x);
                }
                type = () -> new ExternType.Value(new ExternType.ValueOfType(vt.resolve()));
            }
            default -> {
                SList b = c.expectList();
                Cursor bc = b.cursor(1);
                if (b.isList("eq")) {
                    SExpr idx = bc.next();
                    bc.expectEnd();
                    type = () -> new ExternType.Type(new ExternType.Eq(r.resolve(Sort.TYPE, idx)));
                } else if (b.isList("sub")) {
                    bc.expectKeyword("resource");
                    bc.expectEnd();
                    type = () -> new ExternType.Type(new ExternType.SubResource());
                } else {
                    throw WatException.at(b, "expected '(eq ...)' or '(sub resource)'");
                }
            }
        }
        c.expectEnd();
        return new Sig(sort, id, type, l);
    }

    /** {@code (type idx "e"*)} as a reference (not an inline type definition). */
    private static boolean isTypeRef(SExpr e) {
        if (!(e instanceof SList l) || !l.isList("type") || l.size() < 2) {
            return false;
        }
        if (!Resolver.isIndex(l.get(1))) {
            return false;
        }
        for (int i = 2; i < l.size(); i++) {
            if (!(l.get(i) instanceof SAtom a && a.kind() == TokenKind.STRING)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A type use of a func/component/instance: {@code (type idx)} or an inline type definition (the
     * rest of the cursor), split out ahead of the current field.
     */
    private Supplier<ExternType> typeUse(Cursor c, Expander x, String kind) {
        Supplier<Long> idx;
        if (isTypeRef(c.peek())) {
            Cursor tc = c.expectList("type").cursor(1);
            SExpr i = tc.next();
            List<String> names = new ArrayList<>();
            while (!tc.atEnd()) {
                names.add(tc.expectName());
            }
            idx = () -> r.itemRef(Sort.TYPE, i, names);
        } else {
            SExpr at = c.peek() != null ? c.peek() : c.list();
            TypeSyn ts =
                    switch (kind) {
                        case "func" -> funcType(c, x);
                        case "component" -> declaredType(c, true);
                        default -> declaredType(c, false);
                    };
            Slot slot = new Slot();
            x.types.add(typeItem(null, ts, slot, at));
            idx = () -> slot.index;
        }
        return switch (kind) {
            case "func" -> () -> new ExternType.Func(idx.get());
            case "component" -> () -> new ExternType.Component(idx.get());
            default -> () -> new ExternType.Instance(idx.get());
        };
    }

    private Supplier<ExternType> coreModuleTypeUse(Cursor c, Expander x) {
        if (isTypeRef(c.peek())) {
            Cursor tc = c.expectList("type").cursor(1);
            SExpr i = tc.next();
            String exp = tc.peekKind(TokenKind.STRING) ? tc.expectName() : null;
            tc.expectEnd();
            return () -> new ExternType.CoreModule(r.coreItemRef(Sort.CORE_TYPE, i, exp));
        }
        SExpr at = c.peek() != null ? c.peek() : c.list();
        int from = c.position();
        SList body = c.list();
        while (!c.atEnd()) {
            c.next();
        }
        Slot slot = new Slot();
        x.types.add(
                () -> {
                    CoreType t = CoreTypes.moduleType(r, null, body.cursor(from));
                    r.flushAliases();
                    slot.index = register(Sort.CORE_TYPE, null, at);
                    sink().coreType(t, at);
                });
        return () -> new ExternType.CoreModule(slot.index);
    }

    // ---------------------------------------------------------------------------------------
    // Types

    private Runnable typeField(SList f, Cursor c, Expander x, boolean allowExports) {
        String id = c.optId();
        Slot slot = new Slot();
        if (allowExports) {
            inlineExports(c, x, Sort.TYPE, slot, f);
        }
        TypeSyn ts = typeDef(c.next(), x);
        c.expectEnd();
        return typeItem(id, ts, slot, f);
    }

    private Runnable typeItem(String id, TypeSyn ts, Slot slot, SExpr at) {
        return () -> {
            DefType t = ts.resolve(id);
            r.flushAliases();
            slot.index = register(Sort.TYPE, id, at);
            sink().type(t, at);
        };
    }

    private TypeSyn typeDef(SExpr e, Expander x) {
        if (e instanceof SAtom) {
            PrimValType p = primitive(e);
            if (p == null) {
                throw WatException.at(e, "expected a type definition");
            }
            return id -> p;
        }
        SList l = (SList) e;
        String head = l.head();
        Cursor c = l.cursor(1);
        if (head == null) {
            throw WatException.at(e, "expected a type definition");
        }
        switch (head) {
            case "func":
                {
                    TypeSyn t = funcType(c, x);
                    c.expectEnd();
                    return t;
                }
            case "component":
                return declaredType(c, true);
            case "instance":
                return declaredType(c, false);
            case "resource":
                return resourceType(c);
            default:
                return definedType(l, x);
        }
    }

    private TypeSyn resourceType(Cursor c) {
        Cursor rc = c.expectList("rep").cursor(1);
        SExpr rep = rc.next();
        rc.expectEnd();
        Supplier<Long> dtor = null;
        if (!c.atEnd()) {
            Cursor dc = c.expectList("dtor").cursor(1);
            dtor = corePrefixedRef(dc, "func", Sort.CORE_FUNC, true);
            dc.expectEnd();
        }
        c.expectEnd();
        Supplier<Long> d = dtor;
        return id -> {
            CoreValType rt = CoreTypes.valType(r, rep);
            return new ResourceType(
                    rt, d == null ? OptionalLong.empty() : OptionalLong.of(d.get()));
        };
    }

    /** {@code async? (param "n" t)* (result t)?} from the cursor. */
    private TypeSyn funcType(Cursor c, Expander x) {
        boolean async = c.acceptKeyword("async");
        List<String> names = new ArrayList<>();
        List<VT> types = new ArrayList<>();
        while (c.peekList("param")) {
            Cursor pc = c.expectList("param").cursor(1);
            names.add(pc.expectName());
            types.add(valType(pc.next(), x));
            pc.expectEnd();
        }
        VT result = null;
        if (c.peekList("result")) {
            Cursor rc = c.expectList("result").cursor(1);
            result = valType(rc.next(), x);
            rc.expectEnd();
        }
        VT res = result;
        return id -> {
            List<LabeledValType> params = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                params.add(new LabeledValType(names.get(i), types.get(i).resolve()));
            }
            return new FuncType(
                    async, params, res == null ? Optional.empty() : Optional.of(res.resolve()));
        };
    }

    /** A component or instance type body: declarators resolved in a scope named by the type. */
    private TypeSyn declaredType(Cursor c, boolean component) {
        int from = c.position();
        SList body = c.list();
        while (!c.atEnd()) {
            c.next();
        }
        return id -> {
            Sink.Decls sink = new Sink.Decls(component);
            r.push(new Scope(id, sink));
            Cursor dc = body.cursor(from);
            while (!dc.atEnd()) {
                SList d = dc.expectList();
                Expander x = new Expander();
                Runnable item = decl(d, x, component);
                x.types.forEach(Runnable::run);
                item.run();
            }
            r.pop();
            return component
                    ? new ComponentType(sink.decls)
                    : new InstanceType(sink.instanceDecls());
        };
    }

    private Runnable decl(SList d, Expander x, boolean component) {
        String head = d.head();
        Cursor c = d.cursor(1);
        if (head == null) {
            throw WatException.at(d, "expected a type declarator");
        }
        switch (head) {
            case "core":
                c.expectKeyword("type");
                return coreType(d, c);
            case "type":
                return typeField(d, c, x, false);
            case "alias":
                return alias(d, c);
            case "import":
                if (!component) {
                    throw WatException.at(d, "expected a type declarator");
                }
                return importField(d, c, x);
            case "export":
                {
                    ExternName name = externName(c);
                    Sig sig = itemSig(c.expectList(), x, true);
                    c.expectEnd();
                    return () -> {
                        ExternType t = sig.type().get();
                        r.flushAliases();
                        register(sig.sort(), sig.id(), sig.at());
                        sink().exportDecl(name, t, d);
                    };
                }
            default:
                throw WatException.at(d, "expected a type declarator");
        }
    }

    private static PrimValType primitive(SExpr e) {
        if (!(e instanceof SAtom a) || a.kind() != TokenKind.KEYWORD) {
            return null;
        }
        return switch (a.text()) {
            case "bool" -> PrimValType.BOOL;
            case "s8" -> PrimValType.S8;
            case "u8" -> PrimValType.U8;
            case "s16" -> PrimValType.S16;
            case "u16" -> PrimValType.U16;
            case "s32" -> PrimValType.S32;
            case "u32" -> PrimValType.U32;
            case "s64" -> PrimValType.S64;
            case "u64" -> PrimValType.U64;
            case "f32", "float32" -> PrimValType.F32;
            case "f64", "float64" -> PrimValType.F64;
            case "char" -> PrimValType.CHAR;
            case "string" -> PrimValType.STRING;
            case "error-context" -> PrimValType.ERROR_CONTEXT;
            default -> null;
        };
    }

    /** A value type: primitive, type index, or an inline definition split out before the field. */
    private VT valType(SExpr e, Expander x) {
        PrimValType p = primitive(e);
        if (p != null) {
            return () -> p;
        }
        if (Resolver.isIndex(e)) {
            return () -> ValType.index(r.resolve(Sort.TYPE, e));
        }
        if (!(e instanceof SList l)) {
            throw WatException.at(e, "expected a value type");
        }
        TypeSyn ts = definedType(l, x);
        Slot slot = new Slot();
        x.types.add(typeItem(null, ts, slot, e));
        return () -> ValType.index(slot.index);
    }

    private Optional<ValType> opt(VT t) {
        return t == null ? Optional.empty() : Optional.of(t.resolve());
    }

    private TypeSyn definedType(SList l, Expander x) {
        Cursor c = l.cursor(1);
        String head = l.head();
        if (head == null) {
            throw WatException.at(l, "expected a value type");
        }
        switch (head) {
            case "record":
                {
                    List<String> names = new ArrayList<>();
                    List<VT> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        Cursor fc = c.expectList("field").cursor(1);
                        names.add(fc.expectName());
                        types.add(valType(fc.next(), x));
                        fc.expectEnd();
                    }
                    return id -> {
                        List<LabeledValType> fields = new ArrayList<>();
                        for (int i = 0; i < names.size(); i++) {
                            fields.add(new LabeledValType(names.get(i), types.get(i).resolve()));
                        }
                        return new DefValType.Record(fields);
                    };
                }
            case "variant":
                {
                    List<String> names = new ArrayList<>();
                    List<VT> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        Cursor cc = c.expectList("case").cursor(1);
                        cc.optId();
                        names.add(cc.expectName());
                        VT t = null;
                        if (!cc.atEnd() && !cc.peekList("refines")) {
                            t = valType(cc.next(), x);
                        }
                        cc.expectEnd();
                        types.add(t);
                    }
                    return id -> {
                        List<DefValType.Case> cases = new ArrayList<>();
                        for (int i = 0; i < names.size(); i++) {
                            cases.add(new DefValType.Case(names.get(i), opt(types.get(i))));
                        }
                        return new DefValType.Variant(cases);
                    };
                }
            case "list":
                {
                    VT t = valType(c.next(), x);
                    if (c.peekKind(TokenKind.NUMBER)) {
                        long n = NumberLiterals.u32((SAtom) c.next());
                        c.expectEnd();
                        return id -> new DefValType.FixedListType(t.resolve(), n);
                    }
                    c.expectEnd();
                    return id -> new DefValType.ListType(t.resolve());
                }
            case "map":
                {
                    VT k = valType(c.next(), x);
                    VT v = valType(c.next(), x);
                    c.expectEnd();
                    return id -> new DefValType.MapType(k.resolve(), v.resolve());
                }
            case "tuple":
                {
                    List<VT> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        types.add(valType(c.next(), x));
                    }
                    return id -> {
                        List<ValType> out = new ArrayList<>();
                        for (VT t : types) {
                            out.add(t.resolve());
                        }
                        return new DefValType.Tuple(out);
                    };
                }
            case "flags":
            case "enum":
                {
                    List<String> names = new ArrayList<>();
                    while (!c.atEnd()) {
                        names.add(c.expectName());
                    }
                    boolean flags = head.equals("flags");
                    return id -> flags ? new DefValType.Flags(names) : new DefValType.Enum(names);
                }
            case "option":
                {
                    VT t = valType(c.next(), x);
                    c.expectEnd();
                    return id -> new DefValType.Option(t.resolve());
                }
            case "result":
                {
                    VT ok = null;
                    if (!c.atEnd() && !c.peekList("error")) {
                        ok = valType(c.next(), x);
                    }
                    VT err = null;
                    if (c.peekList("error")) {
                        Cursor ec = c.expectList("error").cursor(1);
                        err = valType(ec.next(), x);
                        ec.expectEnd();
                    }
                    c.expectEnd();
                    VT o = ok;
                    VT e = err;
                    return id -> new DefValType.Result(opt(o), opt(e));
                }
            case "own":
            case "borrow":
                {
                    SExpr idx = c.next();
                    c.expectEnd();
                    boolean own = head.equals("own");
                    return id -> {
                        long i = r.resolve(Sort.TYPE, idx);
                        return own ? new DefValType.Own(i) : new DefValType.Borrow(i);
                    };
                }
            case "stream":
            case "future":
                {
                    VT t = c.atEnd() ? null : valType(c.next(), x);
                    c.expectEnd();
                    boolean stream = head.equals("stream");
                    return id ->
                            stream ? new DefValType.Stream(opt(t)) : new DefValType.Future(opt(t));
                }
            default:
                throw WatException.at(l, "expected a value type");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Functions and canonical definitions

    private Runnable func(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.FUNC, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "func");
            c.expectEnd();
            return importItem(name, new Sig(Sort.FUNC, id, type, f), slot);
        }
        if (c.peekList("alias")) {
            Cursor ac = c.expectList("alias").cursor(1);
            c.expectEnd();
            ac.expectKeyword("export");
            SExpr inst = ac.next();
            String name = ac.expectName();
            ac.expectEnd();
            return () -> {
                Alias.Target t = new Alias.InstanceExport(r.resolve(Sort.INSTANCE, inst), name);
                r.flushAliases();
                slot.index = register(Sort.FUNC, id, f);
                sink().alias(new Alias(Sort.FUNC, t));
            };
        }
        // (func ... typeuse (canon lift ...)): the type use is everything before the canon form
        List<SExpr> items = f.items();
        int canonAt = items.size() - 1;
        if (canonAt < c.position() || !items.get(canonAt).isList("canon")) {
            throw c.error("expected '(canon lift ...)'");
        }
        SList sub =
                new SList(
                        items.subList(c.position(), canonAt),
                        f.line(),
                        f.column(),
                        f.endLine(),
                        f.endColumn());
        Cursor tc = sub.cursor(0);
        Supplier<ExternType> type = typeUse(tc, x, "func");
        tc.expectEnd();
        SList canon = (SList) items.get(canonAt);
        Cursor cc = canon.cursor(1);
        cc.expectKeyword("lift");
        Supplier<Canon> lift = liftBody(cc, () -> ((ExternType.Func) type.get()).type());
        cc.expectEnd();
        return () -> {
            Canon cn = lift.get();
            r.flushAliases();
            slot.index = register(Sort.FUNC, id, f);
            sink().canon(cn, f);
        };
    }

    /** {@code (core func ref) opts*}; the type is resolved first, as the reference does. */
    private Supplier<Canon> liftBody(Cursor c, Supplier<Long> type) {
        Supplier<Long> func = corePrefixedRefStrict(c.expectList(), "func", Sort.CORE_FUNC);
        Supplier<List<CanonOpt>> opts = canonOpts(c);
        return () -> {
            long t = type.get();
            long fn = func.get();
            return new Canon.Lift(fn, opts.get(), t);
        };
    }

    private Runnable canon(SList f, Cursor c, Expander x) {
        String kw = c.expectKeyword();
        if (kw.equals("lift")) {
            List<SExpr> items = f.items();
            SList fl = (SList) items.get(items.size() - 1);
            if (!fl.isList("func")) {
                throw WatException.at(fl, "expected '(func ...)'");
            }
            SList body =
                    new SList(
                            items.subList(c.position(), items.size() - 1),
                            f.line(),
                            f.column(),
                            f.endLine(),
                            f.endColumn());
            Cursor fc = fl.cursor(1);
            String id = fc.optId();
            Supplier<ExternType> type = typeUse(fc, x, "func");
            fc.expectEnd();
            Cursor bc = body.cursor(0);
            Supplier<Canon> lift = liftBody(bc, () -> ((ExternType.Func) type.get()).type());
            bc.expectEnd();
            return canonItem(Sort.FUNC, id, f, lift);
        }
        List<SExpr> items = f.items();
        SList cf = (SList) items.get(items.size() - 1);
        if (!cf.isList("core")) {
            throw WatException.at(cf, "expected '(core func ...)'");
        }
        Cursor fc = cf.cursor(1);
        fc.expectKeyword("func");
        String id = fc.optId();
        fc.expectEnd();
        SList body =
                new SList(
                        items.subList(c.position(), items.size() - 1),
                        f.line(),
                        f.column(),
                        f.endLine(),
                        f.endColumn());
        Cursor bc = body.cursor(0);
        Supplier<Canon> canon = coreBuiltin(kw, bc, x, f);
        bc.expectEnd();
        return canonItem(Sort.CORE_FUNC, id, f, canon);
    }

    /** A bare index, or {@code (core kw idx "e"?)}, or (legacy) {@code (kw idx "e"?)}. */
    private Supplier<Long> corePrefixedRef(Cursor c, String kw, Sort sort, boolean legacy) {
        if (Resolver.isIndex(c.peek())) {
            SExpr idx = c.next();
            return () -> r.resolve(sort, idx);
        }
        SList l = c.expectList();
        if (legacy && l.isList(kw)) {
            Cursor lc = l.cursor(1);
            return coreRefTail(lc, sort);
        }
        return corePrefixedRefStrict(l, kw, sort);
    }

    /** {@code (core kw idx "e"?)}. */
    private Supplier<Long> corePrefixedRefStrict(SList l, String kw, Sort sort) {
        Cursor lc = l.cursor(0);
        if (!lc.acceptKeyword("core")) {
            throw WatException.at(l, "expected '(core " + kw + " ...)'");
        }
        lc.expectKeyword(kw);
        return coreRefTail(lc, sort);
    }

    private Supplier<Long> coreRefTail(Cursor lc, Sort sort) {
        SExpr idx = lc.next();
        String exp = lc.peekKind(TokenKind.STRING) ? lc.expectName() : null;
        lc.expectEnd();
        return () -> r.coreItemRef(sort, idx, exp);
    }

    /** The contents of {@code (memory ...)}: an index (legacy: plus a name) or a core ref. */
    private Supplier<Long> memoryRef(Cursor c) {
        if (Resolver.isIndex(c.peek())) {
            SExpr idx = c.next();
            String exp = c.peekKind(TokenKind.STRING) ? c.expectName() : null;
            c.expectEnd();
            return () -> r.coreItemRef(Sort.CORE_MEMORY, idx, exp);
        }
        Supplier<Long> s = corePrefixedRefStrict(c.expectList(), "memory", Sort.CORE_MEMORY);
        c.expectEnd();
        return s;
    }

    private Supplier<List<CanonOpt>> canonOpts(Cursor c) {
        List<Supplier<CanonOpt>> opts = new ArrayList<>();
        while (!c.atEnd()) {
            SExpr e = c.peek();
            if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD) {
                CanonOpt o =
                        switch (a.text()) {
                            case "string-encoding=utf8" -> CanonOpt.UTF8;
                            case "string-encoding=utf16" -> CanonOpt.UTF16;
                            case "string-encoding=latin1+utf16" -> CanonOpt.LATIN1_UTF16;
                            case "async" -> CanonOpt.ASYNC;
                            case "gc" -> new CanonOpt.Gc();
                            default -> null;
                        };
                if (o == null) {
                    break;
                }
                c.next();
                opts.add(() -> o);
                continue;
            }
            if (!(e instanceof SList l) || l.head() == null) {
                break;
            }
            Cursor oc = l.cursor(1);
            switch (l.head()) {
                case "memory" -> {
                    Supplier<Long> m = memoryRef(oc);
                    opts.add(() -> new CanonOpt.Memory(m.get()));
                }
                case "realloc" -> {
                    Supplier<Long> m = corePrefixedRef(oc, "func", Sort.CORE_FUNC, true);
                    oc.expectEnd();
                    opts.add(() -> new CanonOpt.Realloc(m.get()));
                }
                case "post-return" -> {
                    Supplier<Long> m = corePrefixedRef(oc, "func", Sort.CORE_FUNC, true);
                    oc.expectEnd();
                    opts.add(() -> new CanonOpt.PostReturn(m.get()));
                }
                case "callback" -> {
                    Supplier<Long> m = corePrefixedRef(oc, "func", Sort.CORE_FUNC, true);
                    oc.expectEnd();
                    opts.add(() -> new CanonOpt.Callback(m.get()));
                }
                case "core-type" -> {
                    Supplier<Long> m = corePrefixedRef(oc, "type", Sort.CORE_TYPE, true);
                    oc.expectEnd();
                    opts.add(() -> new CanonOpt.CoreTypeOpt(m.get()));
                }
                default -> {
                    return () -> resolveAll(opts);
                }
            }
            c.next();
        }
        return () -> resolveAll(opts);
    }

    private static List<CanonOpt> resolveAll(List<Supplier<CanonOpt>> opts) {
        List<CanonOpt> out = new ArrayList<>();
        for (Supplier<CanonOpt> o : opts) {
            out.add(o.get());
        }
        return out;
    }

    /** A bare type index or {@code (type idx "e"*)}. */
    private Supplier<Long> typeIndexOrRef(Cursor c) {
        return indexOrRef(c, "type", Sort.TYPE);
    }

    /** The immediates of a built-in that defines a core function, from {@code c}. */
    private Supplier<Canon> coreBuiltin(String kw, Cursor c, Expander x, SExpr at) {
        switch (kw) {
            case "lower":
                {
                    SList fl = c.expectList("func");
                    Cursor fc = fl.cursor(1);
                    SExpr idx = fc.next();
                    List<String> names = new ArrayList<>();
                    while (!fc.atEnd()) {
                        names.add(fc.expectName());
                    }
                    Supplier<List<CanonOpt>> opts = canonOpts(c);
                    return () -> {
                        long fn = r.itemRef(Sort.FUNC, idx, names);
                        return new Canon.Lower(fn, opts.get());
                    };
                }
            case "resource.new":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    return () -> new Canon.ResourceNew(t.get());
                }
            case "resource.drop":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    return () -> new Canon.ResourceDrop(t.get());
                }
            case "resource.rep":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    return () -> new Canon.ResourceRep(t.get());
                }
            case "backpressure.inc":
                return Canon.BackpressureInc::new;
            case "backpressure.dec":
                return Canon.BackpressureDec::new;
            case "task.return":
                {
                    VT result = null;
                    if (c.peekList("result")) {
                        Cursor rc = c.expectList("result").cursor(1);
                        result = valType(rc.next(), x);
                        rc.expectEnd();
                    }
                    VT res = result;
                    Supplier<List<CanonOpt>> opts = canonOpts(c);
                    return () -> new Canon.TaskReturn(opt(res), opts.get());
                }
            case "task.cancel":
                return Canon.TaskCancel::new;
            case "context.get":
            case "context.set":
                {
                    SExpr t = c.next();
                    long slot = NumberLiterals.u32(c.expectAtom(TokenKind.NUMBER, "slot"));
                    boolean get = kw.equals("context.get");
                    return () -> {
                        CoreValType vt = CoreTypes.valType(r, t);
                        return get
                                ? new Canon.ContextGet(vt, slot)
                                : new Canon.ContextSet(vt, slot);
                    };
                }
            case "subtask.drop":
                return Canon.SubtaskDrop::new;
            case "subtask.cancel":
                {
                    boolean async = c.acceptKeyword("async");
                    return () -> new Canon.SubtaskCancel(async);
                }
            case "stream.new":
            case "stream.drop-readable":
            case "stream.drop-writable":
            case "future.new":
            case "future.drop-readable":
            case "future.drop-writable":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    return () -> {
                        long i = t.get();
                        return switch (kw) {
                            case "stream.new" -> new Canon.StreamNew(i);
                            case "stream.drop-readable" -> new Canon.StreamDropReadable(i);
                            case "stream.drop-writable" -> new Canon.StreamDropWritable(i);
                            case "future.new" -> new Canon.FutureNew(i);
                            case "future.drop-readable" -> new Canon.FutureDropReadable(i);
                            default -> new Canon.FutureDropWritable(i);
                        };
                    };
                }
            case "stream.read":
            case "stream.write":
            case "future.read":
            case "future.write":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    Supplier<List<CanonOpt>> opts = canonOpts(c);
                    return () -> {
                        long i = t.get();
                        List<CanonOpt> o = opts.get();
                        return switch (kw) {
                            case "stream.read" -> new Canon.StreamRead(i, o);
                            case "stream.write" -> new Canon.StreamWrite(i, o);
                            case "future.read" -> new Canon.FutureRead(i, o);
                            default -> new Canon.FutureWrite(i, o);
                        };
                    };
                }
            case "stream.cancel-read":
            case "stream.cancel-write":
            case "future.cancel-read":
            case "future.cancel-write":
                {
                    Supplier<Long> t = typeIndexOrRef(c);
                    boolean async = c.acceptKeyword("async");
                    return () -> {
                        long i = t.get();
                        return switch (kw) {
                            case "stream.cancel-read" -> new Canon.StreamCancelRead(i, async);
                            case "stream.cancel-write" -> new Canon.StreamCancelWrite(i, async);
                            case "future.cancel-read" -> new Canon.FutureCancelRead(i, async);
                            default -> new Canon.FutureCancelWrite(i, async);
                        };
                    };
                }
            case "error-context.new":
                {
                    Supplier<List<CanonOpt>> opts = canonOpts(c);
                    return () -> new Canon.ErrorContextNew(opts.get());
                }
            case "error-context.debug-message":
                {
                    Supplier<List<CanonOpt>> opts = canonOpts(c);
                    return () -> new Canon.ErrorContextDebugMessage(opts.get());
                }
            case "error-context.drop":
                return Canon.ErrorContextDrop::new;
            case "waitable-set.new":
                return Canon.WaitableSetNew::new;
            case "waitable-set.wait":
            case "waitable-set.poll":
                {
                    boolean cancellable = c.acceptKeyword("cancellable");
                    Cursor mc = c.expectList("memory").cursor(1);
                    Supplier<Long> m = memoryRef(mc);
                    boolean wait = kw.equals("waitable-set.wait");
                    return () ->
                            wait
                                    ? new Canon.WaitableSetWait(cancellable, m.get())
                                    : new Canon.WaitableSetPoll(cancellable, m.get());
                }
            case "waitable-set.drop":
                return Canon.WaitableSetDrop::new;
            case "waitable.join":
                return Canon.WaitableJoin::new;
            case "thread.index":
                return Canon.ThreadIndex::new;
            case "thread.new-indirect":
                {
                    Supplier<Long> ty = corePrefixedRef(c, "type", Sort.CORE_TYPE, false);
                    Supplier<Long> tbl = corePrefixedRef(c, "table", Sort.CORE_TABLE, true);
                    return () -> {
                        long t = ty.get();
                        return new Canon.ThreadNewIndirect(t, tbl.get());
                    };
                }
            case "thread.resume-later":
                return Canon.ThreadResumeLater::new;
            case "thread.suspend":
            case "thread.yield":
            case "thread.suspend-then-resume":
            case "thread.yield-then-resume":
            case "thread.suspend-then-promote":
            case "thread.yield-then-promote":
                {
                    boolean cancellable = c.acceptKeyword("cancellable");
                    return () ->
                            switch (kw) {
                                case "thread.suspend" -> new Canon.ThreadSuspend(cancellable);
                                case "thread.yield" -> new Canon.ThreadYield(cancellable);
                                case "thread.suspend-then-resume" ->
                                        new Canon.ThreadSuspendThenResume(cancellable);
                                case "thread.yield-then-resume" ->
                                        new Canon.ThreadYieldThenResume(cancellable);
                                case "thread.suspend-then-promote" ->
                                        new Canon.ThreadSuspendThenPromote(cancellable);
                                default -> new Canon.ThreadYieldThenPromote(cancellable);
                            };
                }
            case "thread.spawn-ref":
                {
                    boolean shared = c.acceptKeyword("shared");
                    Supplier<Long> ty = corePrefixedRef(c, "type", Sort.CORE_TYPE, false);
                    return () -> new Canon.ThreadSpawnRef(shared, ty.get());
                }
            case "thread.spawn-indirect":
                {
                    boolean shared = c.acceptKeyword("shared");
                    Supplier<Long> ty = corePrefixedRef(c, "type", Sort.CORE_TYPE, false);
                    Supplier<Long> tbl = corePrefixedRef(c, "table", Sort.CORE_TABLE, true);
                    return () -> {
                        long t = ty.get();
                        return new Canon.ThreadSpawnIndirect(shared, t, tbl.get());
                    };
                }
            case "thread.available-parallelism":
                {
                    boolean shared = c.acceptKeyword("shared");
                    return () -> new Canon.ThreadAvailableParallelism(shared);
                }
            default:
                throw WatException.at(at, "unknown canonical built-in '" + kw + "'");
        }
    }
}
