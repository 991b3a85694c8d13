package dev.dovetail.wasi.filesystem;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The host side of a {@code wasi:filesystem/types.directory-entry-stream}: the entries read when
 * the stream was opened, sorted by name so that a guest sees the same order every time.
 */
public final class DirectoryEntryStream {
    private final Iterator<DirectoryEntry> entries;

    DirectoryEntryStream(List<DirectoryEntry> entries) {
        this.entries = List.copyOf(entries).iterator();
    }

    Optional<DirectoryEntry> next() {
        return entries.hasNext() ? Optional.of(entries.next()) : Optional.empty();
    }
}
