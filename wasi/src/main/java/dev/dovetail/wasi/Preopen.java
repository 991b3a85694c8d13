package dev.dovetail.wasi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory granted to the guest under the name {@code guestPath}: the guest sees it in
 * {@code wasi:filesystem/preopens} and can reach nothing outside it. Read-only unless {@code
 * writable}.
 */
public record Preopen(Path hostPath, String guestPath, boolean writable) {
    public Preopen {
        Objects.requireNonNull(hostPath, "hostPath");
        Objects.requireNonNull(guestPath, "guestPath");
    }
}
