package dev.dovetail.format.validate;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Canonical definitions: {@code canon lift}, {@code canon lower} and the canon built-ins
 * (resources, tasks, streams, futures, error contexts, threads), with their options.
 */
abstract class CanonDefinitions extends AliasesAndInstances {
    CanonDefinitions(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    record Opts(
            CanonOpt.StringEncoding encoding,
            Long memory,
            Long realloc,
            Long postReturn,
            boolean async,
            Long callback) {}

    Opts options(List<CanonOpt> opts) {
        CanonOpt.StringEncoding enc = null;
        Long memory = null;
        Long realloc = null;
        Long post = null;
        Long callback = null;
        boolean async = false;
        for (CanonOpt o : opts) {
            if (o instanceof CanonOpt.Encoding e) {
                if (enc != null) {
                    throw err(
                            "canonical encoding option `"
                                    + encName(enc)
                                    + "` conflicts with option `"
                                    + encName(e.encoding())
                                    + "`");
                }
                enc = e.encoding();
            } else if (o instanceof CanonOpt.Memory m) {
                if (memory != null) {
                    throw err("canonical option `memory` is specified more than once");
                }
                at(coreMemories, m.memory(), "memory");
                memory = m.memory();
            } else if (o instanceof CanonOpt.Realloc r) {
                if (realloc != null) {
                    throw err("canonical option `realloc` is specified more than once");
                }
                realloc = r.func();
            } else if (o instanceof CanonOpt.PostReturn p) {
                if (post != null) {
                    throw err("canonical option `post-return` is specified more than once");
                }
                post = p.func();
            } else if (o instanceof CanonOpt.Async a) {
                if (async) {
                    throw err("canonical option `async` is specified more than once");
                }
                async = true;
            } else if (o instanceof CanonOpt.Callback c) {
                if (callback != null) {
                    throw err("canonical option `callback` is specified more than once");
                }
                callback = c.func();
            } else if (o instanceof CanonOpt.CoreTypeOpt c) {
                throw err("canonical option `core type` requires the component model gc feature");
            } else if (o instanceof CanonOpt.Gc g) {
                throw err("canonical option `gc` requires the `cm-gc` feature");
            }
        }
        if (!async && callback != null) {
            throw err("cannot specify callback without async");
        }
        if (async && post != null) {
            throw err("cannot specify post-return function in async");
        }
        if (realloc != null) {
            if (memory == null) {
                throw err("canonical option `realloc` requires `memory` to also be specified");
            }
            CoreFuncType rt = at(coreFuncs, realloc, "function");
            if (!rt.equals(
                    new CoreFuncType(
                            List.of(Num.I32, Num.I32, Num.I32, Num.I32), List.of(Num.I32)))) {
                throw err(
                        "canonical option `realloc` uses a core function with an incorrect signature");
            }
        }
        return new Opts(enc, memory, realloc, post, async, callback);
    }

    static String encName(CanonOpt.StringEncoding e) {
        return e == CanonOpt.StringEncoding.LATIN1_UTF16 ? "latin1-utf16" : e.toString();
    }

    static void requireMemory(Opts o) {
        if (o.memory() == null) {
            throw err("canonical option `memory` is required");
        }
    }

    static void requireRealloc(Opts o) {
        requireMemory(o);
        if (o.realloc() == null) {
            throw err("canonical option `realloc` is required");
        }
    }

    /** The memory/realloc requirements of lifting ({@code lift}) or lowering a function. */
    static void checkMemoryNeeds(FunctionType f, Opts o, boolean lift) {
        List<CoreValType> flat = new ArrayList<>();
        for (ValueType p : f.params()) {
            if (TypeProperties.containsPointer(p)) {
                if (lift) {
                    requireRealloc(o);
                } else {
                    requireMemory(o);
                }
            }
            Flatten.flatten(p, flat);
        }
        int maxParams =
                !lift && o.async() ? Flatten.MAX_FLAT_ASYNC_PARAMS : Flatten.MAX_FLAT_PARAMS;
        if (flat.size() > maxParams) {
            requireMemory(o);
            if (lift) {
                requireRealloc(o);
            }
        }
        if (f.result() != null) {
            if (!lift && TypeProperties.containsPointer(f.result())) {
                requireRealloc(o);
            }
            int n = Flatten.flatten(f.result()).size();
            if (!o.async()) {
                if (n > Flatten.MAX_FLAT_RESULTS) {
                    requireMemory(o);
                }
            } else if (!lift) {
                requireMemory(o);
            } else if (n > Flatten.MAX_FLAT_PARAMS || TypeProperties.containsPointer(f.result())) {
                requireMemory(o);
            }
        }
    }

    void canon(Canon c) {
        if (c instanceof Canon.Lift l) {
            CoreFuncType core = at(coreFuncs, l.coreFunc(), "function");
            FunctionType f = funcTypeAt(l.type());
            Opts o = options(l.opts());
            if (o.async() && !f.async()) {
                throw err("the `async` canonical option requires an async function type");
            }
            if (o.callback() != null) {
                CoreFuncType cb = at(coreFuncs, o.callback(), "function");
                boolean threeArgs =
                        cb.equals(
                                new CoreFuncType(
                                        List.of(Num.I32, Num.I32, Num.I32), List.of(Num.I32)));
                boolean oneArg = cb.equals(new CoreFuncType(List.of(Num.I32), List.of(Num.I32)));
                if (!threeArgs && !oneArg) {
                    throw err(
                            "canonical option `callback` uses a core function with an incorrect signature");
                }
            }
            checkMemoryNeeds(f, o, true);
            CoreFuncType want = Flatten.functype(f, o.async(), o.callback() != null, true);
            if (o.postReturn() != null) {
                CoreFuncType pr = at(coreFuncs, o.postReturn(), "function");
                if (!pr.params().equals(core.results()) || !pr.results().isEmpty()) {
                    throw err(
                            "canonical option `post-return` uses a core function with an incorrect signature");
                }
            }
            if (!want.params().equals(core.params())) {
                throw err(
                        "lowered parameter types `"
                                + debug(want.params())
                                + "` do not match parameter types `"
                                + debug(core.params())
                                + "` of core function "
                                + l.coreFunc());
            }
            if (!want.results().equals(core.results())) {
                throw err(
                        "lowered result types `"
                                + debug(want.results())
                                + "` do not match result types `"
                                + debug(core.results())
                                + "` of core function "
                                + l.coreFunc());
            }
            funcs.add(f);
        } else if (c instanceof Canon.Lower l) {
            FunctionType f = at(funcs, l.func(), "function");
            Opts o = options(l.opts());
            if (o.postReturn() != null) {
                throw err("canonical option `post-return` cannot be specified for lowerings");
            }
            if (o.callback() != null) {
                throw err("canonical option `callback` cannot be specified for lowerings");
            }
            if (o.async() && !f.async()) {
                throw err("the `async` canonical option requires an async function type");
            }
            checkMemoryNeeds(f, o, false);
            coreFuncs.add(Flatten.functype(f, o.async(), false, false));
        } else if (c instanceof Canon.ResourceNew r) {
            Resource res = localResource(r.resource());
            coreFuncs.add(sig(List.of(res.rep), List.of(Num.I32)));
        } else if (c instanceof Canon.ResourceDrop r) {
            resourceAt(r.resource());
            coreFuncs.add(sig(List.of(Num.I32), List.of()));
        } else if (c instanceof Canon.ResourceRep r) {
            Resource res = localResource(r.resource());
            coreFuncs.add(sig(List.of(Num.I32), List.of(res.rep)));
        } else if (c instanceof Canon.TaskReturn t) {
            ValueType result = optVal(t.result());
            if (result != null && TypeProperties.containsBorrow(result)) {
                throw err("function result cannot contain a `borrow` type");
            }
            Opts o = options(t.opts());
            if (o.async()
                    || o.postReturn() != null
                    || o.callback() != null
                    || o.realloc() != null) {
                throw err(
                        "cannot specify `async`, `post-return`, `callback` or `realloc` on `task.return`");
            }
            List<CoreValType> ps = result == null ? new ArrayList<>() : Flatten.flatten(result);
            if (result != null
                    && (TypeProperties.containsPointer(result)
                            || ps.size() > Flatten.MAX_FLAT_PARAMS)) {
                requireMemory(o);
            }
            if (ps.size() > Flatten.MAX_FLAT_PARAMS) {
                ps = List.of(Num.I32);
            }
            coreFuncs.add(sig(ps, List.of()));
        } else if (c instanceof Canon.ContextGet g) {
            contextSlot(g.type(), g.slot());
            coreFuncs.add(sig(List.of(), List.of(Num.I32)));
        } else if (c instanceof Canon.ContextSet g) {
            contextSlot(g.type(), g.slot());
            coreFuncs.add(sig(List.of(Num.I32), List.of()));
        } else if (c instanceof Canon.StreamNew s) {
            typed(s.type(), Kind.STREAM);
            coreFuncs.add(sig(List.of(), List.of(Num.I64)));
        } else if (c instanceof Canon.FutureNew s) {
            typed(s.type(), Kind.FUTURE);
            coreFuncs.add(sig(List.of(), List.of(Num.I64)));
        } else if (c instanceof Canon.StreamRead s) {
            streamRw(s.type(), s.opts(), Kind.STREAM, true);
        } else if (c instanceof Canon.StreamWrite s) {
            streamRw(s.type(), s.opts(), Kind.STREAM, false);
        } else if (c instanceof Canon.FutureRead s) {
            streamRw(s.type(), s.opts(), Kind.FUTURE, true);
        } else if (c instanceof Canon.FutureWrite s) {
            streamRw(s.type(), s.opts(), Kind.FUTURE, false);
        } else if (c instanceof Canon.StreamCancelRead s) {
            typedSig(s.type(), Kind.STREAM, 1, 1);
        } else if (c instanceof Canon.StreamCancelWrite s) {
            typedSig(s.type(), Kind.STREAM, 1, 1);
        } else if (c instanceof Canon.FutureCancelRead s) {
            typedSig(s.type(), Kind.FUTURE, 1, 1);
        } else if (c instanceof Canon.FutureCancelWrite s) {
            typedSig(s.type(), Kind.FUTURE, 1, 1);
        } else if (c instanceof Canon.StreamDropReadable s) {
            typedSig(s.type(), Kind.STREAM, 1, 0);
        } else if (c instanceof Canon.StreamDropWritable s) {
            typedSig(s.type(), Kind.STREAM, 1, 0);
        } else if (c instanceof Canon.FutureDropReadable s) {
            typedSig(s.type(), Kind.FUTURE, 1, 0);
        } else if (c instanceof Canon.FutureDropWritable s) {
            typedSig(s.type(), Kind.FUTURE, 1, 0);
        } else if (c instanceof Canon.ErrorContextNew e) {
            requireMemory(options(e.opts()));
            coreFuncs.add(i32s(2, 1));
        } else if (c instanceof Canon.ErrorContextDebugMessage e) {
            Opts o = options(e.opts());
            requireRealloc(o);
            coreFuncs.add(i32s(2, 0));
        } else if (c instanceof Canon.ErrorContextDrop e) {
            coreFuncs.add(i32s(1, 0));
        } else if (c instanceof Canon.WaitableSetWait w) {
            at(coreMemories, w.memory(), "memory");
            coreFuncs.add(i32s(2, 1));
        } else if (c instanceof Canon.WaitableSetPoll w) {
            at(coreMemories, w.memory(), "memory");
            coreFuncs.add(i32s(2, 1));
        } else if (c instanceof Canon.ThreadNewIndirect t) {
            coreFuncTypeAt(t.coreType());
            at(coreTables, t.table(), "table");
            coreFuncs.add(i32s(2, 1));
        } else if (c instanceof Canon.ThreadSpawnRef t) {
            CoreFuncType ft = coreFuncTypeAt(t.coreType());
            coreFuncs.add(
                    sig(
                            List.of(
                                    new CoreValType.Ref(
                                            false,
                                            new dev.dovetail.format.model.CoreHeapType.Concrete(
                                                    t.coreType())),
                                    Num.I32),
                            List.of(Num.I32)));
        } else if (c instanceof Canon.ThreadSpawnIndirect t) {
            coreFuncTypeAt(t.coreType());
            at(coreTables, t.table(), "table");
            coreFuncs.add(i32s(2, 1));
        } else if (c instanceof Canon.BackpressureInc b) {
            coreFuncs.add(i32s(0, 0));
        } else if (c instanceof Canon.BackpressureDec b) {
            coreFuncs.add(i32s(0, 0));
        } else if (c instanceof Canon.TaskCancel b) {
            coreFuncs.add(i32s(0, 0));
        } else if (c instanceof Canon.SubtaskCancel b) {
            coreFuncs.add(i32s(1, 1));
        } else if (c instanceof Canon.SubtaskDrop b) {
            coreFuncs.add(i32s(1, 0));
        } else if (c instanceof Canon.WaitableSetNew b) {
            coreFuncs.add(i32s(0, 1));
        } else if (c instanceof Canon.WaitableSetDrop b) {
            coreFuncs.add(i32s(1, 0));
        } else if (c instanceof Canon.WaitableJoin b) {
            coreFuncs.add(i32s(2, 0));
        } else if (c instanceof Canon.ThreadIndex b) {
            coreFuncs.add(i32s(0, 1));
        } else if (c instanceof Canon.ThreadResumeLater b) {
            coreFuncs.add(i32s(1, 0));
        } else if (c instanceof Canon.ThreadSuspend b) {
            coreFuncs.add(i32s(0, 1));
        } else if (c instanceof Canon.ThreadYield b) {
            coreFuncs.add(i32s(0, 1));
        } else if (c instanceof Canon.ThreadSuspendThenResume b) {
            coreFuncs.add(i32s(1, 1));
        } else if (c instanceof Canon.ThreadYieldThenResume b) {
            coreFuncs.add(i32s(1, 1));
        } else if (c instanceof Canon.ThreadSuspendThenPromote b) {
            coreFuncs.add(i32s(1, 1));
        } else if (c instanceof Canon.ThreadYieldThenPromote b) {
            coreFuncs.add(i32s(1, 1));
        } else if (c instanceof Canon.ThreadAvailableParallelism b) {
            coreFuncs.add(i32s(0, 1));
        }
    }

    Resource localResource(long idx) {
        ResourceAlias ra = resourceAt(idx);
        if (ra.res.owner != this) {
            throw err("type index " + idx + " is not a local resource");
        }
        return ra.res;
    }

    static void contextSlot(CoreValType t, long slot) {
        if (t != Num.I32) {
            throw err("context.get/set: only i32 context values are supported");
        }
        if (slot < 0 || slot > 1) {
            throw err("invalid context slot " + slot);
        }
    }

    DefinedType typed(long idx, Kind k) {
        if (typeAt(idx) instanceof DefinedType d && d.kind == k) {
            return d;
        }
        throw err(
                "`"
                        + k.text
                        + "` built-in requires a "
                        + k.text
                        + " type, found type index "
                        + idx);
    }

    void typedSig(long idx, Kind k, int params, int results) {
        typed(idx, k);
        coreFuncs.add(i32s(params, results));
    }

    /**
     * A stream or future read or write. A read lowers the payload into the reader's memory (so
     * strings and lists need {@code realloc}); a write only lifts from memory and needs no realloc.
     */
    void streamRw(long idx, List<CanonOpt> opts, Kind k, boolean read) {
        DefinedType d = typed(idx, k);
        Opts o = options(opts);
        if (o.postReturn() != null || o.callback() != null) {
            throw err(
                    "cannot specify `post-return` or `callback` on a " + k.text + " read or write");
        }
        ValueType payload = d.kids.get(0);
        if (payload != null) {
            requireMemory(o);
            if (read && TypeProperties.containsPointer(payload)) {
                requireRealloc(o);
            }
        }
        coreFuncs.add(k == Kind.STREAM ? i32s(3, 1) : i32s(2, 1));
    }

    static CoreFuncType sig(List<CoreValType> p, List<CoreValType> r) {
        return new CoreFuncType(p, r);
    }

    static CoreFuncType i32s(int params, int results) {
        return new CoreFuncType(
                Collections.nCopies(params, Num.I32), Collections.nCopies(results, Num.I32));
    }

    static String debug(List<CoreValType> ts) {
        List<String> out = new ArrayList<>();
        for (CoreValType t : ts) {
            out.add(
                    t instanceof Num n
                            ? n.name().charAt(0) + n.name().substring(1).toUpperCase(Locale.ROOT)
                            : t.toString());
        }
        return out.toString();
    }
}
