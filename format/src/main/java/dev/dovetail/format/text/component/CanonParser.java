package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Sort;
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

/** {@code (func)} fields and {@code (canon ...)} definitions: lift, lower and the built-ins. */
abstract class CanonParser extends InstanceAliasParser {
    // Functions and canonical definitions

    Runnable func(SList f, Cursor c, Expander x) {
        String id = c.optId();
        Slot slot = new Slot();
        inlineExports(c, x, Sort.FUNC, slot, f);
        if (isInlineImport(c.peek())) {
            ExternName name = inlineImportName(c);
            Supplier<ExternType> type = typeUse(c, x, "func");
            c.expectEnd();
            return importItem(name, new ItemSignature(Sort.FUNC, id, type, f), slot);
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
    Supplier<Canon> liftBody(Cursor c, Supplier<Long> type) {
        Supplier<Long> func = corePrefixedRefStrict(c.expectList(), "func", Sort.CORE_FUNC);
        Supplier<List<CanonOpt>> opts = canonOpts(c);
        return () -> {
            long t = type.get();
            long fn = func.get();
            return new Canon.Lift(fn, opts.get(), t);
        };
    }

    Runnable canon(SList f, Cursor c, Expander x) {
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
    Supplier<Long> corePrefixedRef(Cursor c, String kw, Sort sort, boolean legacy) {
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
    Supplier<Long> corePrefixedRefStrict(SList l, String kw, Sort sort) {
        Cursor lc = l.cursor(0);
        if (!lc.acceptKeyword("core")) {
            throw WatException.at(l, "expected '(core " + kw + " ...)'");
        }
        lc.expectKeyword(kw);
        return coreRefTail(lc, sort);
    }

    Supplier<Long> coreRefTail(Cursor lc, Sort sort) {
        SExpr idx = lc.next();
        String exp = lc.peekKind(TokenKind.STRING) ? lc.expectName() : null;
        lc.expectEnd();
        return () -> r.coreItemRef(sort, idx, exp);
    }

    /** The contents of {@code (memory ...)}: an index (legacy: plus a name) or a core ref. */
    Supplier<Long> memoryRef(Cursor c) {
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

    Supplier<List<CanonOpt>> canonOpts(Cursor c) {
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

    static List<CanonOpt> resolveAll(List<Supplier<CanonOpt>> opts) {
        List<CanonOpt> out = new ArrayList<>();
        for (Supplier<CanonOpt> o : opts) {
            out.add(o.get());
        }
        return out;
    }

    /** A bare type index or {@code (type idx "e"*)}. */
    Supplier<Long> typeIndexOrRef(Cursor c) {
        return indexOrRef(c, "type", Sort.TYPE);
    }

    /** The immediates of a built-in that defines a core function, from {@code c}. */
    Supplier<Canon> coreBuiltin(String kw, Cursor c, Expander x, SExpr at) {
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
                    ValueTypeSyntax result = null;
                    if (c.peekList("result")) {
                        Cursor rc = c.expectList("result").cursor(1);
                        result = valType(rc.next(), x);
                        rc.expectEnd();
                    }
                    ValueTypeSyntax res = result;
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
