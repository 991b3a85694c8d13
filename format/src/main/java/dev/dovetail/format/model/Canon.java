package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code canon}: a canonical definition. Lift adds a component func; every other built-in adds a
 * core func. One record per built-in of Binary.md, holding exactly its immediates.
 */
public sealed interface Canon {
    /** {@code 0x00 0x00: (canon lift f opts type-index-space[ft])}. */
    record Lift(long coreFunc, List<CanonOpt> opts, long type) implements Canon {
        public Lift {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x01 0x00: (canon lower f opts (core func))}. */
    record Lower(long func, List<CanonOpt> opts) implements Canon {
        public Lower {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x02: resource.new}. */
    record ResourceNew(long resource) implements Canon {}

    /** {@code 0x03: resource.drop}. */
    record ResourceDrop(long resource) implements Canon {}

    /** {@code 0x04: resource.rep}. */
    record ResourceRep(long resource) implements Canon {}

    /** {@code 0x24: backpressure.inc}. */
    record BackpressureInc() implements Canon {}

    /** {@code 0x25: backpressure.dec}. */
    record BackpressureDec() implements Canon {}

    /** {@code 0x09: task.return}. */
    record TaskReturn(Optional<ValType> result, List<CanonOpt> opts) implements Canon {
        public TaskReturn {
            Objects.requireNonNull(result, "result");
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x05: task.cancel}. */
    record TaskCancel() implements Canon {}

    /** {@code 0x0a: context.get}. */
    record ContextGet(CoreValType type, long slot) implements Canon {
        public ContextGet {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x0b: context.set}. */
    record ContextSet(CoreValType type, long slot) implements Canon {
        public ContextSet {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code 0x06: subtask.cancel async?}. */
    record SubtaskCancel(boolean async) implements Canon {}

    /** {@code 0x0d: subtask.drop}. */
    record SubtaskDrop() implements Canon {}

    /** {@code 0x0e: stream.new}. */
    record StreamNew(long type) implements Canon {}

    /** {@code 0x0f: stream.read}. */
    record StreamRead(long type, List<CanonOpt> opts) implements Canon {
        public StreamRead {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x10: stream.write}. */
    record StreamWrite(long type, List<CanonOpt> opts) implements Canon {
        public StreamWrite {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x11: stream.cancel-read async?}. */
    record StreamCancelRead(long type, boolean async) implements Canon {}

    /** {@code 0x12: stream.cancel-write async?}. */
    record StreamCancelWrite(long type, boolean async) implements Canon {}

    /** {@code 0x13: stream.drop-readable}. */
    record StreamDropReadable(long type) implements Canon {}

    /** {@code 0x14: stream.drop-writable}. */
    record StreamDropWritable(long type) implements Canon {}

    /** {@code 0x15: future.new}. */
    record FutureNew(long type) implements Canon {}

    /** {@code 0x16: future.read}. */
    record FutureRead(long type, List<CanonOpt> opts) implements Canon {
        public FutureRead {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x17: future.write}. */
    record FutureWrite(long type, List<CanonOpt> opts) implements Canon {
        public FutureWrite {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x18: future.cancel-read async?}. */
    record FutureCancelRead(long type, boolean async) implements Canon {}

    /** {@code 0x19: future.cancel-write async?}. */
    record FutureCancelWrite(long type, boolean async) implements Canon {}

    /** {@code 0x1a: future.drop-readable}. */
    record FutureDropReadable(long type) implements Canon {}

    /** {@code 0x1b: future.drop-writable}. */
    record FutureDropWritable(long type) implements Canon {}

    /** {@code 0x1c: error-context.new}. */
    record ErrorContextNew(List<CanonOpt> opts) implements Canon {
        public ErrorContextNew {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x1d: error-context.debug-message}. */
    record ErrorContextDebugMessage(List<CanonOpt> opts) implements Canon {
        public ErrorContextDebugMessage {
            opts = List.copyOf(opts);
        }
    }

    /** {@code 0x1e: error-context.drop}. */
    record ErrorContextDrop() implements Canon {}

    /** {@code 0x1f: waitable-set.new}. */
    record WaitableSetNew() implements Canon {}

    /** {@code 0x20: waitable-set.wait cancellable? (memory m)}. */
    record WaitableSetWait(boolean cancellable, long memory) implements Canon {}

    /** {@code 0x21: waitable-set.poll cancellable? (memory m)}. */
    record WaitableSetPoll(boolean cancellable, long memory) implements Canon {}

    /** {@code 0x22: waitable-set.drop}. */
    record WaitableSetDrop() implements Canon {}

    /** {@code 0x23: waitable.join}. */
    record WaitableJoin() implements Canon {}

    /** {@code 0x26: thread.index}. */
    record ThreadIndex() implements Canon {}

    /** {@code 0x27: thread.new-indirect ft tbl}. */
    record ThreadNewIndirect(long coreType, long table) implements Canon {}

    /** {@code 0x28: thread.resume-later}. */
    record ThreadResumeLater() implements Canon {}

    /** {@code 0x29: thread.suspend cancellable?}. */
    record ThreadSuspend(boolean cancellable) implements Canon {}

    /** {@code 0x0c: thread.yield cancellable?}. */
    record ThreadYield(boolean cancellable) implements Canon {}

    /** {@code 0x2a: thread.suspend-then-resume cancellable?}. */
    record ThreadSuspendThenResume(boolean cancellable) implements Canon {}

    /** {@code 0x2b: thread.yield-then-resume cancellable?}. */
    record ThreadYieldThenResume(boolean cancellable) implements Canon {}

    /** {@code 0x2c: thread.suspend-then-promote cancellable?}. */
    record ThreadSuspendThenPromote(boolean cancellable) implements Canon {}

    /** {@code 0x2d: thread.yield-then-promote cancellable?}. */
    record ThreadYieldThenPromote(boolean cancellable) implements Canon {}

    /** {@code 0x40: thread.spawn-ref shared? ft}. */
    record ThreadSpawnRef(boolean shared, long coreType) implements Canon {}

    /** {@code 0x41: thread.spawn-indirect shared? ft tbl}. */
    record ThreadSpawnIndirect(boolean shared, long coreType, long table) implements Canon {}

    /** {@code 0x42: thread.available-parallelism shared?}. */
    record ThreadAvailableParallelism(boolean shared) implements Canon {}
}
