package dev.dovetail.wasi.filesystem;

import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** Streams over an open file, for {@code read-via-stream}, {@code write-via-stream} and append. */
final class FileStreams {
    private FileStreams() {}

    /** Reads {@code channel} from {@code offset} on. */
    static HostInputStream input(FileChannel channel, long offset) {
        return new HostInputStream() {
            private long position = offset;

            @Override
            public byte[] read(int max, boolean blocking) throws IOException {
                if (max == 0) {
                    return new byte[0];
                }
                ByteBuffer buffer = ByteBuffer.allocate(max);
                int n = channel.read(buffer, position);
                if (n < 0) {
                    return null;
                }
                position += n;
                return n == max ? buffer.array() : Arrays.copyOf(buffer.array(), n);
            }

            @Override
            public Object errorCode(Exception failure) {
                return Errors.of(failure);
            }
        };
    }

    /** Writes to {@code channel} from {@code offset} on, or at its end when {@code append}. */
    static HostOutputStream output(FileChannel channel, long offset, boolean append) {
        return new HostOutputStream() {
            private long position = offset;

            @Override
            public void write(byte[] bytes) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                if (append) {
                    position = channel.size();
                }
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }

            @Override
            public Object errorCode(Exception failure) {
                return Errors.of(failure);
            }
        };
    }
}
