package dev.dovetail.wasi;

import dev.dovetail.runtime.ResourceTable;
import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One store's WASI state, built by {@link WasiConfig#build()}: what the guest was granted, and the
 * {@link ResourceTable} holding the host side of its streams, descriptors and pollables. Keep it in
 * (or reachable from) the store's data; like the store, it is used by one thread at a time.
 */
public final class WasiCtx {
    private final ResourceTable table = new ResourceTable();
    private final List<String> args;
    private final Map<String, String> env;
    private final String initialCwd;
    private final Supplier<HostInputStream> stdin;
    private final Supplier<HostOutputStream> stdout;
    private final Supplier<HostOutputStream> stderr;
    private final boolean[] terminals;
    private final List<Preopen> preopens;
    private final WallClock wallClock;
    private final MonotonicClock monotonicClock;
    private final Random secureRandom;
    private final Random insecureRandom;
    private final long[] insecureSeed;

    WasiCtx(
            List<String> args,
            Map<String, String> env,
            String initialCwd,
            Supplier<HostInputStream> stdin,
            Supplier<HostOutputStream> stdout,
            Supplier<HostOutputStream> stderr,
            boolean[] terminals,
            List<Preopen> preopens,
            WallClock wallClock,
            MonotonicClock monotonicClock,
            Random secureRandom,
            Random insecureRandom,
            long[] insecureSeed) {
        this.args = args;
        this.env = env;
        this.initialCwd = initialCwd;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminals = terminals;
        this.preopens = preopens;
        this.wallClock = wallClock;
        this.monotonicClock = monotonicClock;
        this.secureRandom = secureRandom;
        this.insecureRandom = insecureRandom;
        this.insecureSeed = insecureSeed;
    }

    /** The host objects behind the guest's WASI resource handles. */
    public ResourceTable table() {
        return table;
    }

    public List<String> args() {
        return args;
    }

    /** The environment, in the order the variables were added. */
    public Map<String, String> env() {
        return env;
    }

    public Optional<String> initialCwd() {
        return Optional.ofNullable(initialCwd);
    }

    /** A new host stream for a {@code get-stdin} call. */
    public HostInputStream stdin() {
        return stdin.get();
    }

    /** A new host stream for a {@code get-stdout} call. */
    public HostOutputStream stdout() {
        return stdout.get();
    }

    /** A new host stream for a {@code get-stderr} call. */
    public HostOutputStream stderr() {
        return stderr.get();
    }

    /** Whether stdin (0), stdout (1) or stderr (2) is a terminal. */
    public boolean isTerminal(int stream) {
        return terminals[stream];
    }

    public List<Preopen> preopens() {
        return preopens;
    }

    public WallClock wallClock() {
        return wallClock;
    }

    public MonotonicClock monotonicClock() {
        return monotonicClock;
    }

    public Random secureRandom() {
        return secureRandom;
    }

    public Random insecureRandom() {
        return insecureRandom;
    }

    /** The two words {@code insecure-seed} returns. */
    public long[] insecureSeed() {
        return insecureSeed.clone();
    }
}
