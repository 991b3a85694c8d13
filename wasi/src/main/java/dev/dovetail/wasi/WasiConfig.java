package dev.dovetail.wasi;

import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What a guest is granted, built into a {@link WasiCtx} for one store. Nothing is granted by
 * default: no arguments, no environment, an empty stdin, stdout and stderr that discard, no
 * directories; the host's clocks and a {@link SecureRandom}.
 *
 * <pre>{@code
 * WasiCtx ctx = new WasiConfig()
 *         .args("app", "--verbose")
 *         .env("LANG", "C")
 *         .inheritStdio()
 *         .preopen(Path.of("data"), "/data", false)
 *         .build();
 * }</pre>
 */
public final class WasiConfig {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private String initialCwd;
    private Supplier<HostInputStream> stdin = HostInputStream::empty;
    private Supplier<HostOutputStream> stdout = HostOutputStream::discard;
    private Supplier<HostOutputStream> stderr = HostOutputStream::discard;
    private boolean terminalStdin;
    private boolean terminalStdout;
    private boolean terminalStderr;
    private final List<Preopen> preopens = new ArrayList<>();
    private WallClock wallClock = WallClock.system();
    private MonotonicClock monotonicClock = MonotonicClock.system();
    private Random secureRandom;
    private Random insecureRandom;
    private long[] insecureSeed;

    /** The arguments {@code get-arguments} returns, the program name first by convention. */
    public WasiConfig args(String... args) {
        return args(Arrays.asList(args));
    }

    /** As {@link #args(String...)}. */
    public WasiConfig args(List<String> args) {
        args.forEach(a -> Objects.requireNonNull(a, "argument"));
        this.args.clear();
        this.args.addAll(args);
        return this;
    }

    /** Adds (or replaces) the environment variable {@code key}. */
    public WasiConfig env(String key, String value) {
        env.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Adds every variable of the host process's environment. */
    public WasiConfig inheritEnv() {
        System.getenv().forEach(this::env);
        return this;
    }

    /** The value {@code initial-cwd} returns (none by default). */
    public WasiConfig initialCwd(String cwd) {
        this.initialCwd = cwd;
        return this;
    }

    /** The guest's stdin reads {@code bytes}. */
    public WasiConfig stdin(byte[] bytes) {
        byte[] copy = bytes.clone();
        this.stdin = () -> HostInputStream.of(copy);
        return this;
    }

    /** The guest's stdin reads {@code in} (shared by every stdin handle). */
    public WasiConfig stdin(InputStream in) {
        HostInputStream shared = HostInputStream.of(Objects.requireNonNull(in, "in"));
        this.stdin = () -> shared;
        return this;
    }

    /** The guest's stdout writes to {@code out}. */
    public WasiConfig stdout(OutputStream out) {
        Objects.requireNonNull(out, "out");
        this.stdout = () -> HostOutputStream.of(out);
        return this;
    }

    /** The guest's stderr writes to {@code err}. */
    public WasiConfig stderr(OutputStream err) {
        Objects.requireNonNull(err, "err");
        this.stderr = () -> HostOutputStream.of(err);
        return this;
    }

    /**
     * The guest's stdin, stdout and stderr are the process's own (file descriptors 0, 1 and 2, not
     * {@link System#out}, so that nothing else printing through {@code System.out} is interleaved
     * in its buffer); they count as terminals when the JVM has a console.
     */
    public WasiConfig inheritStdio() {
        stdin(new FileInputStream(FileDescriptor.in));
        stdout(new FileOutputStream(FileDescriptor.out));
        stderr(new FileOutputStream(FileDescriptor.err));
        boolean console = System.console() != null;
        terminalStdin = console;
        terminalStdout = console;
        terminalStderr = console;
        return this;
    }

    /** Grants {@code hostDir} to the guest as {@code guestPath}, writable or read-only. */
    public WasiConfig preopen(Path hostDir, String guestPath, boolean writable) {
        if (!Files.isDirectory(hostDir)) {
            throw new IllegalArgumentException("not a directory: " + hostDir);
        }
        try {
            preopens.add(new Preopen(hostDir.toRealPath(), guestPath, writable));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The source of {@code wasi:clocks/wall-clock}. */
    public WasiConfig wallClock(WallClock clock) {
        this.wallClock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The source of {@code wasi:clocks/monotonic-clock}. */
    public WasiConfig monotonicClock(MonotonicClock clock) {
        this.monotonicClock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The source of {@code wasi:random/random} (a {@link SecureRandom} by default). */
    public WasiConfig secureRandom(Random random) {
        this.secureRandom = Objects.requireNonNull(random, "random");
        return this;
    }

    /** The source of {@code wasi:random/insecure}. */
    public WasiConfig insecureRandom(Random random) {
        this.insecureRandom = Objects.requireNonNull(random, "random");
        return this;
    }

    /** The value {@code wasi:random/insecure-seed} returns (random by default). */
    public WasiConfig insecureSeed(long first, long second) {
        this.insecureSeed = new long[] {first, second};
        return this;
    }

    /** The state of one store's WASI host, granting what this configuration says. */
    public WasiCtx build() {
        Random secure = secureRandom != null ? secureRandom : new SecureRandom();
        long[] seed =
                insecureSeed != null
                        ? insecureSeed.clone()
                        : new long[] {secure.nextLong(), secure.nextLong()};
        return new WasiCtx(
                List.copyOf(args),
                new LinkedHashMap<>(env),
                initialCwd,
                stdin,
                stdout,
                stderr,
                new boolean[] {terminalStdin, terminalStdout, terminalStderr},
                List.copyOf(preopens),
                wallClock,
                monotonicClock,
                secure,
                insecureRandom != null ? insecureRandom : new Random(seed[0] ^ seed[1]),
                seed);
    }
}
