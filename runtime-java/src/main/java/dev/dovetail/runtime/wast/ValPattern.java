package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;

/** An expected result: an exact value, or a NaN class of {@code nan:canonical/arithmetic}. */
public sealed interface ValPattern {
    boolean matches(Val v);

    /** Equal as {@link Val} records are (floats by bits, all NaNs alike). */
    record Exact(Val value) implements ValPattern {
        @Override
        public boolean matches(Val v) {
            return value.equals(v);
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** {@code nan:canonical} ({@code canonical}) or {@code nan:arithmetic} of f32 or f64. */
    record Nan(boolean f64, boolean canonical) implements ValPattern {
        @Override
        public boolean matches(Val v) {
            if (f64 && v instanceof Val.F64 d) {
                long bits = Double.doubleToRawLongBits(d.value()) & ~(1L << 63);
                long quiet = 0x7ff8_0000_0000_0000L;
                return canonical ? bits == quiet : (bits & quiet) == quiet;
            }
            if (!f64 && v instanceof Val.F32 f) {
                int bits = Float.floatToRawIntBits(f.value()) & ~(1 << 31);
                int quiet = 0x7fc0_0000;
                return canonical ? bits == quiet : (bits & quiet) == quiet;
            }
            return false;
        }

        @Override
        public String toString() {
            return (f64 ? "f64" : "f32") + " nan:" + (canonical ? "canonical" : "arithmetic");
        }
    }
}
