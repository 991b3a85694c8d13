package dev.dovetail.format.binary;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import java.util.ArrayList;
import java.util.List;

/** Decodes {@code canon} definitions and their {@code canonopt}s. */
final class CanonReader {
    private CanonReader() {}

    static Canon canon(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x00:
                {
                    sortByte(r, "canonical function lift");
                    long f = r.u32();
                    List<CanonOpt> opts = opts(r);
                    return new Canon.Lift(f, opts, r.u32());
                }
            case 0x01:
                {
                    sortByte(r, "canonical function lower");
                    long f = r.u32();
                    return new Canon.Lower(f, opts(r));
                }
            case 0x02:
                return new Canon.ResourceNew(r.u32());
            case 0x03:
                return new Canon.ResourceDrop(r.u32());
            case 0x04:
                return new Canon.ResourceRep(r.u32());
            case 0x24:
                return new Canon.BackpressureInc();
            case 0x25:
                return new Canon.BackpressureDec();
            case 0x09:
                {
                    var result = TypeReader.resultList(r);
                    return new Canon.TaskReturn(result, opts(r));
                }
            case 0x05:
                return new Canon.TaskCancel();
            case 0x0a:
                {
                    var t = CoreTypeReader.valType(r);
                    return new Canon.ContextGet(t, r.u32());
                }
            case 0x0b:
                {
                    var t = CoreTypeReader.valType(r);
                    return new Canon.ContextSet(t, r.u32());
                }
            case 0x06:
                return new Canon.SubtaskCancel(r.bool());
            case 0x0d:
                return new Canon.SubtaskDrop();
            case 0x0e:
                return new Canon.StreamNew(r.u32());
            case 0x0f:
                {
                    long t = r.u32();
                    return new Canon.StreamRead(t, opts(r));
                }
            case 0x10:
                {
                    long t = r.u32();
                    return new Canon.StreamWrite(t, opts(r));
                }
            case 0x11:
                {
                    long t = r.u32();
                    return new Canon.StreamCancelRead(t, r.bool());
                }
            case 0x12:
                {
                    long t = r.u32();
                    return new Canon.StreamCancelWrite(t, r.bool());
                }
            case 0x13:
                return new Canon.StreamDropReadable(r.u32());
            case 0x14:
                return new Canon.StreamDropWritable(r.u32());
            case 0x15:
                return new Canon.FutureNew(r.u32());
            case 0x16:
                {
                    long t = r.u32();
                    return new Canon.FutureRead(t, opts(r));
                }
            case 0x17:
                {
                    long t = r.u32();
                    return new Canon.FutureWrite(t, opts(r));
                }
            case 0x18:
                {
                    long t = r.u32();
                    return new Canon.FutureCancelRead(t, r.bool());
                }
            case 0x19:
                {
                    long t = r.u32();
                    return new Canon.FutureCancelWrite(t, r.bool());
                }
            case 0x1a:
                return new Canon.FutureDropReadable(r.u32());
            case 0x1b:
                return new Canon.FutureDropWritable(r.u32());
            case 0x1c:
                return new Canon.ErrorContextNew(opts(r));
            case 0x1d:
                return new Canon.ErrorContextDebugMessage(opts(r));
            case 0x1e:
                return new Canon.ErrorContextDrop();
            case 0x1f:
                return new Canon.WaitableSetNew();
            case 0x20:
                {
                    boolean c = r.bool();
                    return new Canon.WaitableSetWait(c, r.u32());
                }
            case 0x21:
                {
                    boolean c = r.bool();
                    return new Canon.WaitableSetPoll(c, r.u32());
                }
            case 0x22:
                return new Canon.WaitableSetDrop();
            case 0x23:
                return new Canon.WaitableJoin();
            case 0x26:
                return new Canon.ThreadIndex();
            case 0x27:
                {
                    long t = r.u32();
                    return new Canon.ThreadNewIndirect(t, r.u32());
                }
            case 0x28:
                return new Canon.ThreadResumeLater();
            case 0x29:
                return new Canon.ThreadSuspend(r.bool());
            case 0x0c:
                return new Canon.ThreadYield(r.bool());
            case 0x2a:
                return new Canon.ThreadSuspendThenResume(r.bool());
            case 0x2b:
                return new Canon.ThreadYieldThenResume(r.bool());
            case 0x2c:
                return new Canon.ThreadSuspendThenPromote(r.bool());
            case 0x2d:
                return new Canon.ThreadYieldThenPromote(r.bool());
            case 0x40:
                {
                    boolean shared = r.bool();
                    return new Canon.ThreadSpawnRef(shared, r.u32());
                }
            case 0x41:
                {
                    boolean shared = r.bool();
                    long t = r.u32();
                    return new Canon.ThreadSpawnIndirect(shared, t, r.u32());
                }
            case 0x42:
                return new Canon.ThreadAvailableParallelism(r.bool());
            default:
                throw r.invalidByte(b, "canonical function");
        }
    }

    /** The {@code 0x00} func sort byte after lift/lower. */
    private static void sortByte(ByteReader r, String what) {
        int s = r.u8();
        if (s != 0x00) {
            throw r.invalidByte(s, what);
        }
    }

    static List<CanonOpt> opts(ByteReader r) {
        int n = r.vecLength();
        List<CanonOpt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(opt(r));
        }
        return out;
    }

    private static CanonOpt opt(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x00:
                return CanonOpt.UTF8;
            case 0x01:
                return CanonOpt.UTF16;
            case 0x02:
                return CanonOpt.LATIN1_UTF16;
            case 0x03:
                return new CanonOpt.Memory(r.u32());
            case 0x04:
                return new CanonOpt.Realloc(r.u32());
            case 0x05:
                return new CanonOpt.PostReturn(r.u32());
            case 0x06:
                return CanonOpt.ASYNC;
            case 0x07:
                return new CanonOpt.Callback(r.u32());
            case 0x08:
                return new CanonOpt.CoreTypeOpt(r.u32());
            case 0x09:
                return new CanonOpt.Gc();
            default:
                throw r.invalidByte(b, "canonical option");
        }
    }
}
