package dev.dovetail.wasi.filesystem;

import dev.dovetail.wasi.clocks.Datetime;

/** {@code wasi:filesystem/types.new-timestamp}. */
public sealed interface NewTimestamp
        permits NewTimestamp.NoChange, NewTimestamp.Now, NewTimestamp.Timestamp {
    record NoChange() implements NewTimestamp {}

    record Now() implements NewTimestamp {}

    record Timestamp(Datetime value) implements NewTimestamp {}
}
