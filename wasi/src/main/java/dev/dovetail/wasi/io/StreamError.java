package dev.dovetail.wasi.io;

import dev.dovetail.runtime.Resource;

/** {@code wasi:io/streams.stream-error}. */
public sealed interface StreamError permits StreamError.LastOperationFailed, StreamError.Closed {
    /** The last operation failed; the stream is closed from now on. */
    record LastOperationFailed(Resource<IoError> error) implements StreamError {}

    /** The stream is closed: no more input, or output is not accepted. */
    record Closed() implements StreamError {}
}
