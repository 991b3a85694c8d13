package dev.dovetail.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.text.ComponentWat;
import org.junit.jupiter.api.Test;

/** Defined value types nest at most 100 deep, as wasmparser bounds them. */
class TypeDepthTest {
    /**
     * {@code depth} nested types: {@code $t1} is {@code (list u8)} (depth 2, as a primitive counts
     * 1), each next one an {@code option} or {@code record} of the one before.
     */
    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder("(component\n  (type $t2 (list u8))\n");
        for (int i = 3; i <= depth; i++) {
            String inner = "$t" + (i - 1);
            sb.append("  (type $t")
                    .append(i)
                    .append(
                            i % 2 == 0
                                    ? " (option " + inner + "))\n"
                                    : " (record (field \"f\" " + inner + ")))\n");
        }
        return sb.append(")").toString();
    }

    @Test
    void depthOneHundredIsValid() {
        Validator.validate(ComponentWat.parse(nested(100)));
    }

    @Test
    void depthOneHundredAndOneIsTooDeep() {
        var e =
                assertThrows(
                        InvalidComponentException.class,
                        () -> Validator.validate(ComponentWat.parse(nested(101))));
        assertEquals("type nesting is too deep", e.getMessage());
    }
}
