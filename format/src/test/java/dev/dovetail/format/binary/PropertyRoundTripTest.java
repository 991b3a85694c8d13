package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.format.model.ComponentModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test: random well-formed models survive encode → decode unchanged, and the
 * encoding of a decoded model is the same bytes. Run longer with {@code
 * -Ddovetail.roundtrip.iterations=100000} (and another {@code -Ddovetail.roundtrip.seed=...}).
 */
class PropertyRoundTripTest {
    @Test
    void randomModelsRoundTrip() {
        long seed = Long.getLong("dovetail.roundtrip.seed", 20261121L);
        int iterations = Integer.getInteger("dovetail.roundtrip.iterations", 3000);
        Random rnd = new Random(seed);
        RandomModels gen = new RandomModels(rnd);
        for (int i = 0; i < iterations; i++) {
            ComponentModel m = gen.component(3);
            byte[] bytes = ComponentEncoder.encode(m);
            ComponentModel back;
            try {
                back = ComponentDecoder.decode(bytes, CoreModuleCheck.CHICORY);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " iteration " + i + ": " + m, e);
            }
            assertEquals(m, back, "seed " + seed + " iteration " + i);
            assertArrayEquals(bytes, ComponentEncoder.encode(back));
            assertEquals(m.hashCode(), back.hashCode());
        }
    }
}
