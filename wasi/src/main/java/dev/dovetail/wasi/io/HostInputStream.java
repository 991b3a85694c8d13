package dev.dovetail.wasi.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The host side of a {@code wasi:io/streams.input-stream}. Subclasses read from a Java {@link
 * InputStream} or a file.
 */
public abstract class HostInputStream {
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

    /**
     * Up to {@code max} bytes (at least one when {@code blocking}, unless the stream ended), or
     * {@code null} at the end of the stream.
     */
    public abstract byte[] read(int max, boolean blocking) throws IOException;

    /** A pollable that is ready when a read would not block. */
    public Pollable subscribe() {
        return Pollable.always();
    }

    /**
     * A stream over {@code in}. Reads block on {@code in} even when the guest asked for a
     * non-blocking read, as its {@code available()} cannot tell the end of the stream apart from a
     * pause.
     */
    public static HostInputStream of(InputStream in) {
        return new JavaInput(in);
    }

    /** A stream of {@code bytes}. */
    public static HostInputStream of(byte[] bytes) {
        return new JavaInput(new ByteArrayInputStream(bytes.clone()));
    }

    /** A stream that has ended. */
    public static HostInputStream empty() {
        return of(new byte[0]);
    }

    private static final class JavaInput extends HostInputStream {
        private final InputStream in;

        JavaInput(InputStream in) {
            this.in = in;
        }

        @Override
        public byte[] read(int max, boolean blocking) throws IOException {
            if (max == 0) {
                return new byte[0];
            }
            byte[] buffer = new byte[max];
            int n = in.read(buffer, 0, max);
            if (n < 0) {
                return null;
            }
            return n == max ? buffer : java.util.Arrays.copyOf(buffer, n);
        }
    }
}
