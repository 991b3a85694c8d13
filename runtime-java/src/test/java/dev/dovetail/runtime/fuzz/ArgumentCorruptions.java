package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.flat.CoreFuncType;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatContext;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ValType;
import java.util.List;
import java.util.Random;

/**
 * Round trip components whose core code damages the arguments before passing them on to the
 * imported {@code f}: a flat parameter replaced by another value, or bytes flipped in the memory
 * the arguments were lowered into. What lifting {@code f}'s arguments then does (trap, or another
 * value) is not predicted here; the differential test only requires both runtimes to do the same.
 */
final class ArgumentCorruptions {
    private ArgumentCorruptions() {}

    /**
     * A generated round trip with damaged arguments; the kind says what was damaged. Its type holds
     * no strings: the memory the arguments are lowered into must be laid out the same in every
     * runtime, and the {@code realloc} calls for a host's string depend on the encoding the host
     * keeps it in, which the specification leaves to the host (Dovetail's are {@code latin1+utf16},
     * Wasmtime's UTF-8).
     */
    static FuzzCases.Case generate(long seed) {
        CallFuzzer.CallCase c = CallFuzzer.generate(seed);
        for (long k = 1; holdsStrings(c.type()); k++) {
            c = CallFuzzer.generate(seed + k * 0x5DEE_CE66DL);
        }
        Random random = new Random(seed * 0x9E37_79B9L + 17);
        CoreFuncType lift =
                Flattening.flattenFuncType(
                        WatGen.funcType(c.type()), AddrType.I32, false, false, FlatContext.LIFT);
        List<CoreType> params = lift.params();
        String kind;
        WatGen.Corruption damage;
        if (random.nextBoolean()) {
            int flips = 1 + random.nextInt(3);
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < flips; i++) {
                code.append(flip(random.nextInt() & 0x7fff_ffff, 1 + random.nextInt(255)));
            }
            kind = "argument memory, " + flips + " byte(s) flipped";
            String text = code.toString();
            damage = (out, scratch) -> text.replace("$s", Integer.toString(scratch));
        } else {
            int k = random.nextInt(params.size());
            String value = constant(params.get(k), random);
            kind = "flat argument " + k + " of " + params.size() + " := " + value;
            damage = (out, scratch) -> "(local.set " + k + " " + value + ")";
        }
        String wat =
                WatGen.forwarder(c.type(), new WatGen.Options(c.encoding(), null, null, damage));
        return new FuzzCases.Case(
                "argument corruption: " + kind,
                c.type(),
                c.value(),
                c.encoding(),
                wat,
                List.of(),
                true,
                false);
    }

    private static boolean holdsStrings(ValType t) {
        return t == PrimType.STRING || FuzzGen.children(t).stream().anyMatch(c -> holdsStrings(c));
    }

    /**
     * Core code flipping the bits {@code mask} of one byte of the bump allocator's area (from 1024
     * to its next free byte), chosen by {@code r}; nothing when the area is empty.
     */
    private static String flip(int r, int mask) {
        return ("(local.set $s (call $alloc (i32.const 1) (i32.const 0)))"
                        + " (if (i32.gt_u (local.get $s) (i32.const 1024)) (then"
                        + " (local.set $s (i32.add (i32.const 1024) (i32.rem_u (i32.const %d)"
                        + " (i32.sub (local.get $s) (i32.const 1024)))))"
                        + " (i32.store8 (local.get $s) (i32.xor (i32.load8_u (local.get $s))"
                        + " (i32.const %d)))))\n      ")
                .formatted(r, mask);
    }

    private static String constant(CoreType t, Random random) {
        return switch (t) {
            case I32 -> "(i32.const " + anInt(random) + ")";
            case I64 ->
                    "(i64.const "
                            + (random.nextBoolean() ? anInt(random) : random.nextLong())
                            + ")";
            case F32 -> "(f32.reinterpret_i32 (i32.const " + random.nextInt() + "))";
            case F64 -> "(f64.reinterpret_i64 (i64.const " + random.nextLong() + "))";
        };
    }

    private static int anInt(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> -1;
            case 4 -> random.nextInt(300);
            case 5 -> 0x10_FFFF + random.nextInt(3) - 1;
            case 6 -> 0xD800 + random.nextInt(0x800);
            default -> random.nextInt();
        };
    }
}
