package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.format.model.ComponentModel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the decoder: bit flips, byte overwrites, truncation, insertion,
 * deletion, splicing of valid components and huge LEB128 lengths. Whatever comes in, the decoder
 * must return a model or throw a {@link DovetailException}; anything else (NPE, index out of
 * bounds, stack overflow, out of memory...) is a bug. Decoded models must also re-encode and decode
 * to themselves.
 *
 * <p>The default run takes a few seconds. For a long run:
 *
 * <pre>
 * mvn -B -ntp -pl runtime-java -am verify -Dtest=MutationFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Ddovetail.fuzz.iterations=2000000 \
 *     -Ddovetail.fuzz.seed=42
 * </pre>
 */
class MutationFuzzTest {
    private static final byte[][] INTERESTING = {
        {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}, // u32 max
        {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x00}, // too long
        {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f}, // 2^28-1
        {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00}, // a preamble
        {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}, // a module preamble
        {0x04, 0x08, 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00}, // nested component
    };

    @Test
    void decoderOnlyThrowsProjectExceptions() {
        long seed = Long.getLong("dovetail.fuzz.seed", 1L);
        int iterations = Integer.getInteger("dovetail.fuzz.iterations", 40_000);
        Random rnd = new Random(seed);
        List<byte[]> corpus = corpus(rnd);
        int decoded = 0;
        for (int i = 0; i < iterations; i++) {
            byte[] input = mutate(rnd, corpus);
            try {
                ComponentModel m = ComponentDecoder.decode(input);
                decoded++;
                ComponentModel again = ComponentDecoder.decode(ComponentEncoder.encode(m));
                if (!again.equals(m)) {
                    throw new AssertionError("re-encoding changed the model");
                }
            } catch (DovetailException expected) {
                // the only acceptable failure
            } catch (Throwable t) {
                throw new AssertionError(
                        "seed " + seed + " iteration " + i + " input " + Hex.hex(input), t);
            }
        }
        // the mutations must leave a fair share decodable, or they test nothing past the header
        assertTrue(decoded > iterations / 50, "only " + decoded + " inputs decoded");
    }

    private static List<byte[]> corpus(Random rnd) {
        List<byte[]> corpus = new ArrayList<>();
        corpus.add(
                Hex.component(
                        "01 1f " + Hex.CORE_MODULE_F,
                        "02 04 01 00 00 00",
                        "06 07 01 00 00 01 00 01 66",
                        "07 05 01 40 00 01 00",
                        "08 06 01 00 00 00 00 00",
                        "0b 07 01 00 01 66 01 00 00"));
        RandomModels gen = new RandomModels(rnd);
        for (int i = 0; i < 40; i++) {
            corpus.add(ComponentEncoder.encode(gen.component(2)));
        }
        return corpus;
    }

    private static byte[] mutate(Random rnd, List<byte[]> corpus) {
        byte[] b = corpus.get(rnd.nextInt(corpus.size())).clone();
        int rounds = 1 + rnd.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            if (b.length == 0) {
                return b;
            }
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 -> b = splice(b, at, INTERESTING[rnd.nextInt(INTERESTING.length)], 0);
                case 4 ->
                        b = splice(b, at, new byte[0], 1 + rnd.nextInt(Math.min(8, b.length - at)));
                case 5 -> {
                    // overwrite a LEB-looking spot with a huge length
                    byte[] huge = INTERESTING[rnd.nextInt(3)];
                    b = splice(b, at, huge, Math.min(huge.length, b.length - at));
                }
                default -> {
                    byte[] other = corpus.get(rnd.nextInt(corpus.size()));
                    int from = rnd.nextInt(other.length);
                    int len = rnd.nextInt(other.length - from + 1);
                    b = splice(b, at, Arrays.copyOfRange(other, from, from + len), 0);
                }
            }
        }
        return b;
    }

    /** {@code b} with {@code remove} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] b, int at, byte[] insert, int remove) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
