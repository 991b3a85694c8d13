package dev.dovetail.format.text.component;

import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code (import)}, {@code (export)} and {@code (start)} fields, with their item signatures. */
abstract class ImportExportParser extends TypeFieldParser {
    Runnable importField(SList f, Cursor c, Expander x) {
        ExternName name = externName(c);
        ItemSignature sig = itemSig(c.expectList(), x, true);
        c.expectEnd();
        return importItem(name, sig, new Slot());
    }

    Runnable importItem(ExternName name, ItemSignature sig, Slot slot) {
        return () -> {
            ExternType t = sig.type().get();
            r.flushAliases();
            slot.index = register(sig.sort(), sig.id(), sig.at());
            sink().importItem(name, t, sig.at());
        };
    }

    Runnable exportField(SList f, Cursor c, Expander x) {
        String id = c.optId();
        ExternName name = externName(c);
        Supplier<SortIdx> kind = exportKind(c.expectList());
        ItemSignature ascribed = c.atEnd() ? null : itemSig(c.expectList(), x, false);
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

    Runnable start(SList f, Cursor c) {
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
    ItemSignature itemSig(SList l, Expander x, boolean allowId) {
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
                ValueTypeSyntax vt;
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
        return new ItemSignature(sort, id, type, l);
    }

    /** {@code (type idx "e"*)} as a reference (not an inline type definition). */
    static boolean isTypeRef(SExpr e) {
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
    Supplier<ExternType> typeUse(Cursor c, Expander x, String kind) {
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
            TypeSyntax ts =
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

    Supplier<ExternType> coreModuleTypeUse(Cursor c, Expander x) {
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
}
