package dev.dovetail.wasi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceTable;
import dev.dovetail.runtime.Result;
import dev.dovetail.wasi.MonotonicClock;
import dev.dovetail.wasi.clocks.Deadline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream reads and writes, their failures and end, and polling deadlines on a manual clock. */
class IoHostTest {
    final ResourceTable table = new ResourceTable();

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUntilTheEndThenReportsClosed() {
        HostInputStream in = HostInputStream.of(bytes("abcdef"));
        assertArrayEquals(bytes("abc"), IoHost.read(table, in, 3, false).unwrap());
        assertArrayEquals(new byte[0], IoHost.read(table, in, 0, false).unwrap());
        assertArrayEquals(bytes("def"), IoHost.read(table, in, -1, true).unwrap()); // u64 max
        assertEquals(Result.err(new StreamError.Closed()), IoHost.read(table, in, 1, false));
        assertEquals(Result.err(new StreamError.Closed()), IoHost.read(table, in, 1, true));
    }

    @Test
    void aFailedReadCarriesAnErrorAndClosesTheStream() {
        HostInputStream in =
                HostInputStream.of(
                        new InputStream() {
                            @Override
                            public int read() throws IOException {
                                throw new IOException("disk on fire");
                            }
                        });
        Result<byte[], StreamError> r = IoHost.read(table, in, 4, true);
        StreamError.LastOperationFailed failed =
                (StreamError.LastOperationFailed) r.errValue().orElseThrow();
        assertEquals("disk on fire", table.get(failed.error()).message());
        assertEquals(Result.err(new StreamError.Closed()), IoHost.read(table, in, 4, true));
    }

    @Test
    void writesFlushAndRefuseMoreThanPermitted() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Resource<HostOutputStream> out = table.push(HostOutputStream.of(sink));
        assertTrue(IoHost.write(table, out, bytes("hi "), false).isOk());
        assertTrue(IoHost.write(table, out, bytes("there"), true).isOk());
        assertTrue(IoHost.write(table, out, null, true).isOk());
        assertEquals("hi there", sink.toString(StandardCharsets.UTF_8));
        Result<Void, StreamError> tooLong =
                IoHost.write(table, out, new byte[HostOutputStream.PERMIT + 1], false);
        assertTrue(tooLong.errValue().orElseThrow() instanceof StreamError.LastOperationFailed);
        assertEquals(
                Result.err(new StreamError.Closed()), IoHost.write(table, out, bytes("x"), false));
        assertEquals("hi there", sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedWriteClosesTheStream() {
        Resource<HostOutputStream> out =
                table.push(
                        HostOutputStream.of(
                                new OutputStream() {
                                    @Override
                                    public void write(int b) throws IOException {
                                        throw new IOException("pipe closed");
                                    }
                                }));
        var r = IoHost.write(table, out, bytes("x"), false);
        var failed = (StreamError.LastOperationFailed) r.errValue().orElseThrow();
        assertEquals("pipe closed", table.get(failed.error()).message());
        assertEquals(
                Result.err(new StreamError.Closed()), IoHost.write(table, out, bytes("x"), false));
    }

    /** A clock that only moves when someone sleeps on it. */
    static final class ManualClock implements MonotonicClock {
        long now = 1_000;

        @Override
        public long now() {
            return now;
        }

        @Override
        public long resolutionNanos() {
            return 1;
        }

        @Override
        public void sleep(long nanos) {
            now += nanos;
        }
    }

    @Test
    void pollReturnsTheReadyOnesAndSleepsUntilTheFirstDeadline() {
        ManualClock clock = new ManualClock();
        Resource<Pollable> later = table.push(Deadline.after(clock, 500));
        Resource<Pollable> sooner = table.push(new Deadline(clock, 1_200));
        Resource<Pollable> ready = table.push(Pollable.always());
        assertEquals(List.of(2), IoHost.poll(table, List.of(later, sooner, ready)));
        assertEquals(List.of(1), IoHost.poll(table, List.of(later, sooner)));
        assertEquals(1_200, clock.now);
        assertEquals(List.of(0), IoHost.poll(table, List.of(later)));
        assertEquals(1_500, clock.now);
        assertEquals(List.of(0, 1), IoHost.poll(table, List.of(later, sooner)));
        // a deadline at u64 max from now saturates instead of wrapping around
        assertTrue(Deadline.after(clock, -1).remainingNanos() > 0);
        assertThrows(Trap.class, () -> IoHost.poll(table, List.of()));
    }
}
