package dev.dovetail.format.binary;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import java.util.List;

/** Encodes {@code canon} definitions; the inverse of {@link CanonReader}. */
final class CanonWriter {
    private CanonWriter() {}

    static void canon(ByteWriter w, Canon c) {
        if (c instanceof Canon.Lift l) {
            w.u8(0x00).u8(0x00).u32(l.coreFunc());
            opts(w, l.opts());
            w.u32(l.type());
        } else if (c instanceof Canon.Lower l) {
            w.u8(0x01).u8(0x00).u32(l.func());
            opts(w, l.opts());
        } else if (c instanceof Canon.ResourceNew x) {
            w.u8(0x02).u32(x.resource());
        } else if (c instanceof Canon.ResourceDrop x) {
            w.u8(0x03).u32(x.resource());
        } else if (c instanceof Canon.ResourceRep x) {
            w.u8(0x04).u32(x.resource());
        } else if (c instanceof Canon.BackpressureInc) {
            w.u8(0x24);
        } else if (c instanceof Canon.BackpressureDec) {
            w.u8(0x25);
        } else if (c instanceof Canon.TaskReturn x) {
            w.u8(0x09);
            TypeWriter.resultList(w, x.result());
            opts(w, x.opts());
        } else if (c instanceof Canon.TaskCancel) {
            w.u8(0x05);
        } else if (c instanceof Canon.ContextGet x) {
            w.u8(0x0a);
            CoreTypeWriter.valType(w, x.type());
            w.u32(x.slot());
        } else if (c instanceof Canon.ContextSet x) {
            w.u8(0x0b);
            CoreTypeWriter.valType(w, x.type());
            w.u32(x.slot());
        } else if (c instanceof Canon.SubtaskCancel x) {
            w.u8(0x06).bool(x.async());
        } else if (c instanceof Canon.SubtaskDrop) {
            w.u8(0x0d);
        } else if (c instanceof Canon.StreamNew x) {
            w.u8(0x0e).u32(x.type());
        } else if (c instanceof Canon.StreamRead x) {
            w.u8(0x0f).u32(x.type());
            opts(w, x.opts());
        } else if (c instanceof Canon.StreamWrite x) {
            w.u8(0x10).u32(x.type());
            opts(w, x.opts());
        } else if (c instanceof Canon.StreamCancelRead x) {
            w.u8(0x11).u32(x.type()).bool(x.async());
        } else if (c instanceof Canon.StreamCancelWrite x) {
            w.u8(0x12).u32(x.type()).bool(x.async());
        } else if (c instanceof Canon.StreamDropReadable x) {
            w.u8(0x13).u32(x.type());
        } else if (c instanceof Canon.StreamDropWritable x) {
            w.u8(0x14).u32(x.type());
        } else if (c instanceof Canon.FutureNew x) {
            w.u8(0x15).u32(x.type());
        } else if (c instanceof Canon.FutureRead x) {
            w.u8(0x16).u32(x.type());
            opts(w, x.opts());
        } else if (c instanceof Canon.FutureWrite x) {
            w.u8(0x17).u32(x.type());
            opts(w, x.opts());
        } else if (c instanceof Canon.FutureCancelRead x) {
            w.u8(0x18).u32(x.type()).bool(x.async());
        } else if (c instanceof Canon.FutureCancelWrite x) {
            w.u8(0x19).u32(x.type()).bool(x.async());
        } else if (c instanceof Canon.FutureDropReadable x) {
            w.u8(0x1a).u32(x.type());
        } else if (c instanceof Canon.FutureDropWritable x) {
            w.u8(0x1b).u32(x.type());
        } else if (c instanceof Canon.ErrorContextNew x) {
            w.u8(0x1c);
            opts(w, x.opts());
        } else if (c instanceof Canon.ErrorContextDebugMessage x) {
            w.u8(0x1d);
            opts(w, x.opts());
        } else if (c instanceof Canon.ErrorContextDrop) {
            w.u8(0x1e);
        } else if (c instanceof Canon.WaitableSetNew) {
            w.u8(0x1f);
        } else if (c instanceof Canon.WaitableSetWait x) {
            w.u8(0x20).bool(x.cancellable()).u32(x.memory());
        } else if (c instanceof Canon.WaitableSetPoll x) {
            w.u8(0x21).bool(x.cancellable()).u32(x.memory());
        } else if (c instanceof Canon.WaitableSetDrop) {
            w.u8(0x22);
        } else if (c instanceof Canon.WaitableJoin) {
            w.u8(0x23);
        } else if (c instanceof Canon.ThreadIndex) {
            w.u8(0x26);
        } else if (c instanceof Canon.ThreadNewIndirect x) {
            w.u8(0x27).u32(x.coreType()).u32(x.table());
        } else if (c instanceof Canon.ThreadResumeLater) {
            w.u8(0x28);
        } else if (c instanceof Canon.ThreadSuspend x) {
            w.u8(0x29).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadYield x) {
            w.u8(0x0c).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadSuspendThenResume x) {
            w.u8(0x2a).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadYieldThenResume x) {
            w.u8(0x2b).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadSuspendThenPromote x) {
            w.u8(0x2c).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadYieldThenPromote x) {
            w.u8(0x2d).bool(x.cancellable());
        } else if (c instanceof Canon.ThreadSpawnRef x) {
            w.u8(0x40).bool(x.shared()).u32(x.coreType());
        } else if (c instanceof Canon.ThreadSpawnIndirect x) {
            w.u8(0x41).bool(x.shared()).u32(x.coreType()).u32(x.table());
        } else if (c instanceof Canon.ThreadAvailableParallelism x) {
            w.u8(0x42).bool(x.shared());
        } else {
            throw new IllegalStateException("unknown canon " + c);
        }
    }

    static void opts(ByteWriter w, List<CanonOpt> opts) {
        w.vecLength(opts.size());
        for (CanonOpt o : opts) {
            if (o instanceof CanonOpt.Encoding e) {
                switch (e.encoding()) {
                    case UTF8:
                        w.u8(0x00);
                        break;
                    case UTF16:
                        w.u8(0x01);
                        break;
                    default:
                        w.u8(0x02);
                }
            } else if (o instanceof CanonOpt.Memory m) {
                w.u8(0x03).u32(m.memory());
            } else if (o instanceof CanonOpt.Realloc r) {
                w.u8(0x04).u32(r.func());
            } else if (o instanceof CanonOpt.PostReturn p) {
                w.u8(0x05).u32(p.func());
            } else if (o instanceof CanonOpt.Async) {
                w.u8(0x06);
            } else if (o instanceof CanonOpt.Callback cb) {
                w.u8(0x07).u32(cb.func());
            } else if (o instanceof CanonOpt.CoreTypeOpt t) {
                w.u8(0x08).u32(t.type());
            } else {
                w.u8(0x09); // gc
            }
        }
    }
}
