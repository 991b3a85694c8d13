package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.validate.Validator;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.StoreLimits;
import dev.dovetail.runtime.wast.WastDirective;
import dev.dovetail.runtime.wast.WastScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Mutated component binaries (bit flips, byte overwrites, truncation, section splices and
 * reorderings, huge LEB128 length fields) run through decode, validate, instantiate (unknown
 * imports defined as traps) and calls of every exported function with generated arguments: only
 * project exceptions ({@link DovetailException}) and {@link IllegalArgumentException} may come out.
 */
final class BinaryFuzzer {
    /** Stages a case reached, for the report. */
    final long[] reached = new long[5];

    static final String[] STAGES = {"decode", "validate", "instantiate", "call", "returned"};

    private final List<byte[]> seeds;
    private final Engine interpreter = Engine.builder().interpreter().build();
    private Engine compiler;

    BinaryFuzzer(List<byte[]> seeds) {
        this.seeds = seeds;
    }

    /** Seeds: generated forwarding components, plus the conformance corpus when present. */
    static List<byte[]> seeds(int generated, Path conformance) {
        List<byte[]> out = new ArrayList<>();
        for (long s = 0; s < generated; s++) {
            CallFuzzer.CallCase c = CallFuzzer.generate(9_000 + s);
            out.add(
                    ComponentWat.toBytes(
                            WatGen.forwarder(c.type(), WatGen.Options.plain(c.encoding()))));
        }
        out.addAll(conformanceSeeds(conformance));
        return out;
    }

    /** The components defined in the {@code .wast} scripts under {@code dir} that assemble. */
    static List<byte[]> conformanceSeeds(Path dir) {
        List<byte[]> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            return out;
        }
        for (Path p : files) {
            try {
                for (WastDirective d : WastScript.parse(Files.readString(p))) {
                    if (d instanceof WastDirective.Define def && def.kind().equals("component")) {
                        try {
                            ComponentWat.Compiled c = ComponentWat.compile(def.form());
                            byte[] b = c.bytes();
                            ComponentDecoder.decode(b);
                            out.add(b);
                        } catch (RuntimeException e) {
                            // not assemblable (an assert_malformed module or a missing feature)
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // skip the script
            }
        }
        return out;
    }

    /** A mutation of one of the seeds, chosen by {@code seed}. */
    byte[] mutate(long seed) {
        Random r = new Random(seed);
        byte[] b = seeds.get(r.nextInt(seeds.size()));
        int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(6) : 0);
        for (int i = 0; i < n; i++) {
            b = mutateOnce(b, r);
        }
        return b;
    }

    private byte[] mutateOnce(byte[] b, Random r) {
        if (b.length <= 8) {
            return b;
        }
        switch (r.nextInt(10)) {
            case 0:
            case 1:
                {
                    byte[] c = b.clone();
                    int i = 8 + r.nextInt(c.length - 8);
                    c[i] ^= (byte) (1 << r.nextInt(8));
                    return c;
                }
            case 2:
                {
                    byte[] c = b.clone();
                    int i = r.nextInt(c.length);
                    byte[] interesting = {0, 1, (byte) 0x7F, (byte) 0x80, (byte) 0xFF, 0x40, 0x10};
                    c[i] =
                            r.nextBoolean()
                                    ? interesting[r.nextInt(interesting.length)]
                                    : (byte) r.nextInt();
                    return c;
                }
            case 3:
                return Arrays.copyOf(b, r.nextInt(b.length));
            case 4:
                {
                    // a huge LEB128 somewhere: replace a byte with a 5-byte (or longer) value
                    int i = 8 + r.nextInt(b.length - 8);
                    long v =
                            switch (r.nextInt(4)) {
                                case 0 -> 0xFFFF_FFFFL;
                                case 1 -> 0x7FFF_FFFFL;
                                case 2 -> 0x1000_0000L + r.nextInt(1000);
                                default -> r.nextInt() & 0xFFFF_FFFFL;
                            };
                    byte[] leb = leb(v, r.nextInt(4) == 0);
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, i);
                    o.writeBytes(leb);
                    o.write(b, i + 1, b.length - i - 1);
                    return o.toByteArray();
                }
            case 5:
                {
                    // a section's size field replaced by a huge one
                    List<int[]> secs = sections(b);
                    if (secs.isEmpty()) {
                        return b;
                    }
                    int[] s = secs.get(r.nextInt(secs.size()));
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, s[0] + 1);
                    o.writeBytes(
                            leb(r.nextBoolean() ? 0xFFFF_FFFFL : s[2] + 1 + r.nextInt(100), false));
                    o.write(b, s[1], b.length - s[1]);
                    return o.toByteArray();
                }
            case 6:
            case 7:
                {
                    // section splices: drop, duplicate, swap, or take one from another seed
                    List<int[]> secs = sections(b);
                    if (secs.isEmpty()) {
                        return b;
                    }
                    List<byte[]> parts = new ArrayList<>();
                    for (int[] s : secs) {
                        parts.add(Arrays.copyOfRange(b, s[0], s[1] + s[2]));
                    }
                    int i = r.nextInt(parts.size());
                    switch (r.nextInt(4)) {
                        case 0 -> parts.remove(i);
                        case 1 -> parts.add(r.nextInt(parts.size() + 1), parts.get(i));
                        case 2 -> {
                            int j = r.nextInt(parts.size());
                            byte[] t = parts.get(i);
                            parts.set(i, parts.get(j));
                            parts.set(j, t);
                        }
                        default -> {
                            byte[] other = seeds.get(r.nextInt(seeds.size()));
                            List<int[]> os = sections(other);
                            if (!os.isEmpty()) {
                                int[] s = os.get(r.nextInt(os.size()));
                                parts.add(i, Arrays.copyOfRange(other, s[0], s[1] + s[2]));
                            }
                        }
                    }
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, 8);
                    parts.forEach(o::writeBytes);
                    return o.toByteArray();
                }
            case 8:
                {
                    // insert or delete a few bytes
                    int i = 8 + r.nextInt(b.length - 8);
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, i);
                    if (r.nextBoolean()) {
                        for (int k = r.nextInt(4); k >= 0; k--) {
                            o.write(r.nextInt(256));
                        }
                        o.write(b, i, b.length - i);
                    } else {
                        int skip = Math.min(b.length - i, 1 + r.nextInt(4));
                        o.write(b, i + skip, b.length - i - skip);
                    }
                    return o.toByteArray();
                }
            default:
                {
                    // a small integer nudged: indices and counts off by a little
                    byte[] c = b.clone();
                    int i = 8 + r.nextInt(c.length - 8);
                    if ((c[i] & 0x80) == 0) {
                        c[i] = (byte) ((c[i] + (r.nextBoolean() ? 1 : -1)) & 0x7F);
                    }
                    return c;
                }
        }
    }

    static byte[] leb(long v, boolean padded) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        do {
            int x = (int) (v & 0x7F);
            v >>>= 7;
            o.write(v != 0 || padded ? x | 0x80 : x);
        } while (v != 0);
        if (padded) {
            o.write(0);
        }
        return o.toByteArray();
    }

    /**
     * The top-level sections of a component binary: {start of id byte, start of contents, size};
     * stops at the first one that does not fit.
     */
    static List<int[]> sections(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int p = 8;
        while (p < b.length) {
            int start = p++;
            long size = 0;
            int shift = 0;
            while (true) {
                if (p >= b.length || shift > 28) {
                    return out;
                }
                int x = b[p++] & 0xFF;
                size |= (long) (x & 0x7F) << shift;
                shift += 7;
                if ((x & 0x80) == 0) {
                    break;
                }
            }
            if (p + size > b.length) {
                return out;
            }
            out.add(new int[] {start, p, (int) size});
            p += (int) size;
        }
        return out;
    }

    /**
     * Runs the bytes through every stage; returns {@code null} when only allowed exceptions came
     * out, else a description.
     */
    String check(byte[] bytes, boolean useCompiler, boolean limits, long timeoutMillis) {
        try {
            FuzzConfig.withTimeout(timeoutMillis, () -> run(bytes, useCompiler, limits));
            return null;
        } catch (DovetailException | IllegalArgumentException e) {
            return null;
        } catch (FuzzConfig.Hang e) {
            // every guest loop must stop on interrupt (the runtime checks the flag before each
            // interpreted instruction; compiled code checks it itself), so any hang is a bug
            return "hang: " + e.getMessage();
        } catch (Throwable e) {
            return CallFuzzer.describe(e);
        }
    }

    private Void run(byte[] bytes, boolean useCompiler, boolean limits) {
        reached[0]++;
        ComponentModel model = ComponentDecoder.decode(bytes);
        reached[1]++;
        Validator.validate(model);
        Engine engine = useCompiler ? compiler() : interpreter;
        Component c = Component.fromModel(engine, model);
        reached[2]++;
        Linker<Void> linker = new Linker<Void>(engine).defineUnknownImportsAsTraps(c);
        Store<Void> store =
                new Store<>(
                        engine,
                        null,
                        limits
                                ? StoreLimits.builder()
                                        .maxMemoryPages(1024)
                                        .maxTableElements(100_000)
                                        .build()
                                : StoreLimits.NONE);
        Instance instance = linker.instantiate(store, c);
        reached[3]++;
        Random r = new Random(bytes.length);
        FuzzGen gen = new FuzzGen(r, false);
        for (String name : instance.exportNames()) {
            Func f;
            try {
                f = instance.getFunc(name);
            } catch (IllegalArgumentException e) {
                continue; // not a function
            }
            FuncType ft = f.type();
            Val[] args = new Val[ft.params().size()];
            for (int i = 0; i < args.length; i++) {
                ValType t = ft.params().get(i).type();
                try {
                    args[i] = FuzzGen.usesResources(t) ? null : gen.value(t, rep -> rep);
                } catch (IllegalArgumentException e) {
                    args[i] = null; // a type without generated values (borrow, stream, ...)
                }
            }
            if (Arrays.asList(args).contains(null)) {
                continue;
            }
            try {
                f.call(store, args);
                reached[4]++;
            } catch (DovetailException | IllegalArgumentException e) {
                // a trap or a host error: the next export may still be callable
            }
        }
        return null;
    }

    private Engine compiler() {
        if (compiler == null) {
            compiler = Engine.builder().compiler(true).build();
        }
        return compiler;
    }
}
