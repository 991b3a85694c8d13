package dev.dovetail.runtime.internal.exec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.codec.ValCodec;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.runtime.internal.concurrent.Builtins;
import dev.dovetail.runtime.internal.concurrent.CanonLift;
import dev.dovetail.runtime.internal.concurrent.CanonLower;
import dev.dovetail.runtime.internal.concurrent.Copies;
import dev.dovetail.runtime.internal.concurrent.CopyEnd;
import dev.dovetail.runtime.internal.concurrent.ErrorContexts;
import dev.dovetail.runtime.internal.concurrent.LiftOptions;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import java.util.List;

/**
 * The canonical definitions of a component that uses the async ABI: lifts and lowers by the async
 * protocol ({@link CanonLift}, {@link CanonLower}) and the 🔀/🧵 built-ins ({@link Builtins}).
 */
final class AsyncCanons {
    private AsyncCanons() {}

    private static final long[] NONE = new long[0];

    /**
     * Defines {@code c} in {@code in}'s scope; false when it is not an async-machinery definition.
     */
    static boolean define(Instantiator in, Canon c) {
        ComponentInstanceState state = in.state;
        Scope scope = in.scope;
        if (c instanceof Canon.Lift l) {
            Instantiator.Opts o = in.options(l.opts());
            FuncType ft = Instantiator.funcType(in.info.funcs().get(scope.funcs.size()));
            CoreFunc core = Scope.at(scope.coreFuncs, l.coreFunc(), "core func");
            FuncPlan plan = FuncPlan.forLift(ft, o.async(), o.callback() != null);
            scope.funcs.add(
                    new RuntimeItem.Func(
                            new CanonLift(
                                    plan,
                                    liftOptions(in, o),
                                    state,
                                    core,
                                    o.callback(),
                                    o.postReturn())));
            return true;
        }
        if (c instanceof Canon.Lower l) {
            Instantiator.Opts o = in.options(l.opts());
            RuntimeFunc callee =
                    ((RuntimeItem.Func) Scope.at(scope.funcs, l.func(), "func")).func();
            FuncType ft = Instantiator.funcType(in.info.funcs().get((int) l.func()));
            FuncPlan plan = FuncPlan.forLower(ft, o.async());
            CanonLower lower = new CanonLower(plan, in.context(o), state, callee, o.async());
            scope.coreFuncs.add(
                    new CoreFunc(
                            LoweredFunc.chicoryType(
                                    plan.coreType().params(), plan.coreType().results()),
                            (inst, args) -> lower.call(args)));
            return true;
        }
        if (c instanceof Canon.ContextGet g) {
            int slot = (int) g.slot();
            scope.coreFuncs.add(in.builtin(args -> new long[] {Builtins.contextGet(slot)}));
        } else if (c instanceof Canon.ContextSet g) {
            int slot = (int) g.slot();
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.contextSet(slot, (int) args[0]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.TaskReturn t) {
            Instantiator.Opts o = in.options(t.opts());
            ValType result = t.result().map(v -> resolve(in, v)).orElse(null);
            FuncPlan plan = FuncPlan.forLift(new FuncType(List.of(), result, true), true, false);
            LiftOptions lo = liftOptions(in, o);
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.taskReturn(state, result, lo, plan, args);
                                return NONE;
                            }));
        } else if (c instanceof Canon.TaskCancel) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.taskCancel(state);
                                return NONE;
                            }));
        } else if (c instanceof Canon.WaitableSetNew) {
            scope.coreFuncs.add(in.builtin(args -> new long[] {Builtins.waitableSetNew(state)}));
        } else if (c instanceof Canon.WaitableSetWait w) {
            var mem = memory(in, w.memory());
            boolean cancellable = w.cancellable();
            scope.coreFuncs.add(
                    in.builtin(
                            args ->
                                    new long[] {
                                        Builtins.waitableSetWait(
                                                state,
                                                cancellable,
                                                mem,
                                                (int) args[0],
                                                (int) args[1])
                                    }));
        } else if (c instanceof Canon.WaitableSetPoll w) {
            var mem = memory(in, w.memory());
            boolean cancellable = w.cancellable();
            scope.coreFuncs.add(
                    in.builtin(
                            args ->
                                    new long[] {
                                        Builtins.waitableSetPoll(
                                                state,
                                                cancellable,
                                                mem,
                                                (int) args[0],
                                                (int) args[1])
                                    }));
        } else if (c instanceof Canon.WaitableSetDrop) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.waitableSetDrop(state, (int) args[0]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.WaitableJoin) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.waitableJoin(state, (int) args[0], (int) args[1]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.SubtaskCancel s) {
            boolean async = s.async();
            scope.coreFuncs.add(
                    in.builtin(
                            args ->
                                    new long[] {
                                        Builtins.subtaskCancel(state, async, (int) args[0])
                                                & 0xFFFF_FFFFL
                                    }));
        } else if (c instanceof Canon.SubtaskDrop) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.subtaskDrop(state, (int) args[0]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.ThreadIndex) {
            scope.coreFuncs.add(in.builtin(args -> new long[] {Builtins.threadIndex(state)}));
        } else if (c instanceof Canon.ThreadNewIndirect t) {
            CoreExport.Table table = Scope.at(scope.coreTables, t.table(), "table");
            scope.coreFuncs.add(
                    in.builtin(
                            args ->
                                    new long[] {
                                        Builtins.threadNewIndirect(
                                                state,
                                                tableFunc(table, (int) args[0]),
                                                (int) args[1])
                                    }));
        } else if (c instanceof Canon.ThreadResumeLater) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                Builtins.threadResumeLater(state, (int) args[0]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.ThreadSuspend t) {
            boolean cancellable = t.cancellable();
            scope.coreFuncs.add(
                    in.builtin(args -> new long[] {Builtins.threadSuspend(state, cancellable)}));
        } else if (c instanceof Canon.ThreadYield t) {
            boolean cancellable = t.cancellable();
            scope.coreFuncs.add(
                    in.builtin(args -> new long[] {Builtins.threadYield(state, cancellable)}));
        } else if (c instanceof Canon.ThreadSuspendThenResume t) {
            addThreadSwitch(in, t.cancellable(), Builtins::threadSuspendThenResume);
        } else if (c instanceof Canon.ThreadYieldThenResume t) {
            addThreadSwitch(in, t.cancellable(), Builtins::threadYieldThenResume);
        } else if (c instanceof Canon.ThreadSuspendThenPromote t) {
            addThreadSwitch(in, t.cancellable(), Builtins::threadSuspendThenPromote);
        } else if (c instanceof Canon.ThreadYieldThenPromote t) {
            addThreadSwitch(in, t.cancellable(), Builtins::threadYieldThenPromote);
        } else if (!streamOrFuture(in, c)) {
            return false;
        }
        return true;
    }

    /** The 🔀 stream and future built-ins and the 📝 error-context ones. */
    private static boolean streamOrFuture(Instantiator in, Canon c) {
        ComponentInstanceState state = in.state;
        Scope scope = in.scope;
        if (c instanceof Canon.StreamNew s) {
            ValType t = element(in, s.type());
            scope.coreFuncs.add(in.builtin(args -> new long[] {Copies.streamNew(state, t)}));
        } else if (c instanceof Canon.FutureNew s) {
            ValType t = element(in, s.type());
            scope.coreFuncs.add(in.builtin(args -> new long[] {Copies.futureNew(state, t)}));
        } else if (c instanceof Canon.StreamRead s) {
            addCopy(in, CopyEnd.Kind.READABLE_STREAM, s.type(), s.opts());
        } else if (c instanceof Canon.StreamWrite s) {
            addCopy(in, CopyEnd.Kind.WRITABLE_STREAM, s.type(), s.opts());
        } else if (c instanceof Canon.FutureRead s) {
            addCopy(in, CopyEnd.Kind.READABLE_FUTURE, s.type(), s.opts());
        } else if (c instanceof Canon.FutureWrite s) {
            addCopy(in, CopyEnd.Kind.WRITABLE_FUTURE, s.type(), s.opts());
        } else if (c instanceof Canon.StreamCancelRead s) {
            addCancel(in, CopyEnd.Kind.READABLE_STREAM, s.type(), s.async());
        } else if (c instanceof Canon.StreamCancelWrite s) {
            addCancel(in, CopyEnd.Kind.WRITABLE_STREAM, s.type(), s.async());
        } else if (c instanceof Canon.FutureCancelRead s) {
            addCancel(in, CopyEnd.Kind.READABLE_FUTURE, s.type(), s.async());
        } else if (c instanceof Canon.FutureCancelWrite s) {
            addCancel(in, CopyEnd.Kind.WRITABLE_FUTURE, s.type(), s.async());
        } else if (c instanceof Canon.StreamDropReadable s) {
            addDrop(in, CopyEnd.Kind.READABLE_STREAM, s.type());
        } else if (c instanceof Canon.StreamDropWritable s) {
            addDrop(in, CopyEnd.Kind.WRITABLE_STREAM, s.type());
        } else if (c instanceof Canon.FutureDropReadable s) {
            addDrop(in, CopyEnd.Kind.READABLE_FUTURE, s.type());
        } else if (c instanceof Canon.FutureDropWritable s) {
            addDrop(in, CopyEnd.Kind.WRITABLE_FUTURE, s.type());
        } else if (c instanceof Canon.ErrorContextNew e) {
            LiftLowerContext cx = in.context(in.options(e.opts()));
            scope.coreFuncs.add(
                    in.builtin(
                            args ->
                                    new long[] {
                                        ErrorContexts.errorContextNew(
                                                state, cx, (int) args[0], (int) args[1])
                                    }));
        } else if (c instanceof Canon.ErrorContextDebugMessage e) {
            LiftLowerContext cx = in.context(in.options(e.opts()));
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                ErrorContexts.debugMessage(state, cx, (int) args[0], (int) args[1]);
                                return NONE;
                            }));
        } else if (c instanceof Canon.ErrorContextDrop) {
            scope.coreFuncs.add(
                    in.builtin(
                            args -> {
                                ErrorContexts.drop(state, (int) args[0]);
                                return NONE;
                            }));
        } else {
            return false;
        }
        return true;
    }

    /** A thread built-in that switches to the thread at table index {@code args[0]}. */
    private interface ThreadSwitch {
        int apply(ComponentInstanceState state, boolean cancellable, int index);
    }

    private static void addThreadSwitch(
            Instantiator in, boolean cancellable, ThreadSwitch builtin) {
        ComponentInstanceState state = in.state;
        in.scope.coreFuncs.add(
                in.builtin(args -> new long[] {builtin.apply(state, cancellable, (int) args[0])}));
    }

    /** stream.read/write (index, pointer, count) and future.read/write (index, pointer). */
    private static void addCopy(
            Instantiator in, CopyEnd.Kind kind, long type, List<CanonOpt> options) {
        ComponentInstanceState state = in.state;
        ValType t = element(in, type);
        Codec<Val> codec = t == null ? null : ValCodec.of(t);
        Instantiator.Opts o = in.options(options);
        Copies.CopyOptions opts = new Copies.CopyOptions(o.async(), in.context(o));
        boolean stream =
                kind == CopyEnd.Kind.READABLE_STREAM || kind == CopyEnd.Kind.WRITABLE_STREAM;
        in.scope.coreFuncs.add(
                in.builtin(
                        args -> {
                            int code =
                                    stream
                                            ? Copies.streamCopy(
                                                    state,
                                                    kind,
                                                    t,
                                                    codec,
                                                    opts,
                                                    (int) args[0],
                                                    (int) args[1],
                                                    (int) args[2])
                                            : Copies.futureCopy(
                                                    state,
                                                    kind,
                                                    t,
                                                    codec,
                                                    opts,
                                                    (int) args[0],
                                                    (int) args[1]);
                            return new long[] {code & 0xFFFF_FFFFL};
                        }));
    }

    private static void addCancel(Instantiator in, CopyEnd.Kind kind, long type, boolean async) {
        ComponentInstanceState state = in.state;
        ValType t = element(in, type);
        in.scope.coreFuncs.add(
                in.builtin(
                        args ->
                                new long[] {
                                    Copies.cancelCopy(state, kind, t, async, (int) args[0])
                                            & 0xFFFF_FFFFL
                                }));
    }

    private static void addDrop(Instantiator in, CopyEnd.Kind kind, long type) {
        ComponentInstanceState state = in.state;
        ValType t = element(in, type);
        in.scope.coreFuncs.add(
                in.builtin(
                        args -> {
                            Copies.drop(state, kind, t, (int) args[0]);
                            return NONE;
                        }));
    }

    /** The element type of the stream or future type at {@code index} (null: no payload). */
    private static ValType element(Instantiator in, long index) {
        ComponentItem item = in.info.types().get((int) index);
        if (item instanceof ComponentItem.Type t) {
            if (t.type() instanceof StreamType s) {
                return s.element();
            }
            if (t.type() instanceof FutureType f) {
                return f.payload();
            }
        }
        throw new IllegalStateException("not a stream or future type: " + item);
    }

    private static LiftOptions liftOptions(Instantiator in, Instantiator.Opts o) {
        LiftLowerContext cx = in.context(o);
        return new LiftOptions(
                o.async(), o.callback() != null, o.memoryIdentity(), o.encoding(), cx);
    }

    private static dev.dovetail.runtime.internal.core.ChicoryMemory memory(
            Instantiator in, long index) {
        return new dev.dovetail.runtime.internal.core.ChicoryMemory(
                Scope.at(in.scope.coreMemories, index, "memory").memory());
    }

    /**
     * The function at {@code index} of {@code table}, checked as the reference's {@code ftbl.get}.
     */
    private static CoreFunc tableFunc(CoreExport.Table table, int index) {
        var t = table.table();
        if (index < 0 || index >= t.size()) {
            throw new dev.dovetail.abi.Trap("undefined element: out of bounds table access");
        }
        int ref = t.ref(index);
        var owner = t.instance(index);
        if (ref == com.dylibso.chicory.wasm.types.Value.REF_NULL_VALUE || owner == null) {
            throw new dev.dovetail.abi.Trap("uninitialized element");
        }
        return new CoreFunc(
                owner.type(owner.functionType(ref)),
                (inst, args) -> owner.getMachine().call(ref, args));
    }

    /** A {@code task.return} result type as the ABI's value type. */
    private static ValType resolve(Instantiator in, dev.dovetail.format.model.ValType v) {
        if (v instanceof PrimValType p) {
            return PrimType.valueOf(p.name());
        }
        long index = ((dev.dovetail.format.model.ValType.Index) v).index();
        ComponentItem item = in.info.types().get((int) index);
        if (item instanceof ComponentItem.Type t) {
            return t.type();
        }
        throw new IllegalStateException("not a value type: " + item);
    }
}
