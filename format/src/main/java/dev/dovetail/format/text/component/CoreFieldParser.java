package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.Wat;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Core fields: {@code (core module)}, {@code (core instance)}, {@code (core type)}, {@code (core
 * func)}.
 */
abstract class CoreFieldParser extends FieldParser {
    // Core modules, instances, types, funcs

    Runnable coreModule(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.CORE_MODULE, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = coreModuleTypeUse(c, x);
            c.expectEnd();
            return importItem(name, new ItemSignature(Sort.CORE_MODULE, id, type, f), slot);
        }
        byte[] bytes = Wat.parseModule(c);
        return () -> {
            r.flushAliases();
            slot.index = register(Sort.CORE_MODULE, id, f);
            sink().coreModule(bytes, f);
        };
    }

    Runnable coreInstance(SList f, Cursor c, Expander x) {
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
    Supplier<CoreInstance> coreExportBag(Cursor c) {
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

    static CoreSort coreExportSort(String kw, SExpr at) {
        return switch (kw) {
            case "func" -> CoreSort.FUNC;
            case "table" -> CoreSort.TABLE;
            case "memory" -> CoreSort.MEMORY;
            case "global" -> CoreSort.GLOBAL;
            case "tag" -> CoreSort.TAG;
            default -> throw WatException.at(at, "expected a core export kind");
        };
    }

    Runnable coreType(SList f, Cursor c) {
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

    Runnable coreRec(SList f, Cursor c) {
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
    Runnable coreFunc(SList f, Cursor c, Expander x) {
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

    Runnable canonItem(Sort sort, String id, SExpr at, Supplier<Canon> canon) {
        return () -> {
            Canon cn = canon.get();
            r.flushAliases();
            register(sort, id, at);
            sink().canon(cn, at);
        };
    }

    Runnable aliasItem(Sort sort, String id, SExpr at, Supplier<Alias.Target> target) {
        return () -> {
            Alias.Target t = target.get();
            r.flushAliases();
            register(sort, id, at);
            sink().alias(new Alias(sort, t));
        };
    }
}
