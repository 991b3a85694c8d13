package dev.dovetail.abi.codec;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.ValType;

/**
 * Codecs of the handle types ({@code own}, {@code borrow}, {@code stream}, {@code future}, {@code
 * error-context}): an {@code i32} table index, translated to and from the runtime's host objects by
 * {@link dev.dovetail.abi.Handles}, which also applies (and traps on) the specification's handle
 * rules.
 */
abstract class HandleCodec extends ValCodec {
    HandleCodec(ValType type) {
        super(type);
    }

    /** Moves or lends the host object of {@code v} into the table; returns the index. */
    abstract int lower(LiftLowerContext cx, Val v);

    /** Takes the host object at {@code index} out of (or borrows it from) the table. */
    abstract Val lift(LiftLowerContext cx, int index);

    @Override
    public final void lowerFlat(LiftLowerContext cx, Val v, FlatSink out) {
        out.putI32(lower(cx, v));
    }

    @Override
    public final Val liftFlat(LiftLowerContext cx, FlatSource in) {
        return lift(cx, in.i32());
    }

    @Override
    public final void store(LiftLowerContext cx, Val v, long ptr) {
        cx.requireMemory().writeI32(ptr, lower(cx, v));
    }

    @Override
    public final Val load(LiftLowerContext cx, long ptr) {
        return lift(cx, cx.requireMemory().readI32(ptr));
    }

    static final class Own extends HandleCodec {
        private final ResourceType resource;

        Own(OwnType t) {
            super(t);
            this.resource = t.resource();
        }

        @Override
        int lower(LiftLowerContext cx, Val v) {
            if (v instanceof Val.Resource r) {
                return cx.handles().lowerOwn(r.handle(), resource);
            }
            throw mismatch(v);
        }

        @Override
        Val lift(LiftLowerContext cx, int index) {
            return new Val.Resource(cx.handles().liftOwn(index, resource));
        }
    }

    static final class Borrow extends HandleCodec {
        private final ResourceType resource;

        Borrow(BorrowType t) {
            super(t);
            this.resource = t.resource();
        }

        @Override
        int lower(LiftLowerContext cx, Val v) {
            if (v instanceof Val.Resource r) {
                return cx.handles().lowerBorrow(r.handle(), resource);
            }
            throw mismatch(v);
        }

        @Override
        Val lift(LiftLowerContext cx, int index) {
            return new Val.Resource(cx.handles().liftBorrow(index, resource));
        }
    }

    static final class Stream extends HandleCodec {
        private final StreamType streamType;

        Stream(StreamType t) {
            super(t);
            this.streamType = t;
        }

        @Override
        int lower(LiftLowerContext cx, Val v) {
            if (v instanceof Val.Stream s) {
                return cx.handles().lowerStream(s.handle(), streamType);
            }
            throw mismatch(v);
        }

        @Override
        Val lift(LiftLowerContext cx, int index) {
            return new Val.Stream(cx.handles().liftStream(index, streamType));
        }
    }

    static final class Future extends HandleCodec {
        private final FutureType futureType;

        Future(FutureType t) {
            super(t);
            this.futureType = t;
        }

        @Override
        int lower(LiftLowerContext cx, Val v) {
            if (v instanceof Val.Future f) {
                return cx.handles().lowerFuture(f.handle(), futureType);
            }
            throw mismatch(v);
        }

        @Override
        Val lift(LiftLowerContext cx, int index) {
            return new Val.Future(cx.handles().liftFuture(index, futureType));
        }
    }

    static final class ErrorContext extends HandleCodec {
        ErrorContext() {
            super(PrimType.ERROR_CONTEXT);
        }

        @Override
        int lower(LiftLowerContext cx, Val v) {
            if (v instanceof Val.ErrorContext e) {
                return cx.handles().lowerErrorContext(e.handle());
            }
            throw mismatch(v);
        }

        @Override
        Val lift(LiftLowerContext cx, int index) {
            return new Val.ErrorContext(cx.handles().liftErrorContext(index));
        }
    }
}
