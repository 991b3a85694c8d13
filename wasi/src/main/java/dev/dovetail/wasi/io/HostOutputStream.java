package dev.dovetail.wasi.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The host side of a {@code wasi:io/streams.output-stream}. Subclasses write to a Java {@link
 * OutputStream} or a file. Writes complete at once, so {@code check-write} always grants {@link
 * #PERMIT} bytes.
 */
public abstract class HostOutputStream {
    private boolean closed;

    /** Whether the stream failed or ended: every later operation reports {@code closed}. */
    public final boolean closed() {
        return closed;
    }

    /**
     * The interface-specific error code for a failure of this stream, carried by the {@code error}
     * resource the guest receives (a filesystem stream's {@code error-code}); none by default.
     */
    public Object errorCode(Exception failure) {
        return null;
    }

    /** Marks the stream closed, after its end or a failure. */
    public final void markClosed() {
        closed = true;
    }

    /** The number of bytes {@code check-write} allows per write. */
    public static final int PERMIT = 1 << 20;

    /** Writes all of {@code bytes}. */
    public abstract void write(byte[] bytes) throws IOException;

    /** Pushes buffered bytes to their destination. */
    public void flush() throws IOException {}

    /** A stream into {@code out}, flushed when the guest flushes. */
    public static HostOutputStream of(OutputStream out) {
        return new HostOutputStream() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    /** A stream that discards what is written. */
    public static HostOutputStream discard() {
        return of(OutputStream.nullOutputStream());
    }
}
