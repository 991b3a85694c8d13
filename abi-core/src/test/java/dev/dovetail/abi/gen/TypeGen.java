package dev.dovetail.abi.gen;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of random value types with bounded depth and width, covering every kind: all
 * primitives, variable and fixed lists, maps, records, tuples, variants (occasionally with hundreds
 * of cases, so that {@code u16} discriminants occur), enums, options, results of all four shapes,
 * flags up to 32 labels, own/borrow handles of a small pool of resource types, streams and futures.
 * Meant to be reused for fuzzing.
 */
public final class TypeGen {
    /** Resource types the generated handles refer to; compared by identity. */
    public static final ResourceType RES_A = new ResourceType("res-a");

    public static final ResourceType RES_B = new ResourceType("res-b");

    private static final PrimType[] PRIMS = PrimType.values();

    private final Random random;
    private final int maxDepth;
    private final boolean handles;

    /**
     * @param random the source of randomness (seeded by the caller)
     * @param maxDepth the deepest nesting of compound types
     * @param handles whether to generate handle types (own, borrow, stream, future, error-context)
     */
    public TypeGen(Random random, int maxDepth, boolean handles) {
        this.random = random;
        this.maxDepth = maxDepth;
        this.handles = handles;
    }

    public TypeGen(Random random) {
        this(random, 3, true);
    }

    public Random random() {
        return random;
    }

    /** A random type. */
    public ValType type() {
        return type(maxDepth);
    }

    /** A random function type with up to {@code maxParams} parameters and maybe a result. */
    public FuncType funcType(int maxParams) {
        int n = random.nextInt(maxParams + 1);
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ps.add(new FuncType.Param("p" + i, type(2)));
        }
        ValType result = random.nextInt(4) == 0 ? null : type(2);
        return new FuncType(ps, result, false);
    }

    /** A random type nested at most {@code depth} levels. */
    public ValType type(int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return leaf();
        }
        int d = depth - 1;
        switch (random.nextInt(12)) {
            case 0:
                return ListType.of(type(d));
            case 1:
                return ListType.fixed(type(d), 1 + random.nextInt(4));
            case 2:
                {
                    int n = 1 + random.nextInt(4);
                    List<Field> fs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        fs.add(new Field("f" + i, type(d)));
                    }
                    return new RecordType(fs);
                }
            case 3:
                {
                    int n = 1 + random.nextInt(4);
                    List<ValType> ts = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ts.add(type(d));
                    }
                    return new TupleType(ts);
                }
            case 4:
                {
                    // mostly small, sometimes > 256 cases (u16 discriminant)
                    int n =
                            random.nextInt(8) == 0
                                    ? 257 + random.nextInt(44)
                                    : 1 + random.nextInt(5);
                    List<Case> cs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        boolean payload =
                                random.nextInt(n > 256 ? 20 : 3) != 0 && !(n > 256 && i > 8);
                        cs.add(new Case("c" + i, payload ? type(n > 256 ? 0 : d) : null));
                    }
                    return new VariantType(cs);
                }
            case 5:
                {
                    int n =
                            random.nextInt(8) == 0
                                    ? 257 + random.nextInt(44)
                                    : 1 + random.nextInt(5);
                    List<String> ls = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ls.add("e" + i);
                    }
                    return new EnumType(ls);
                }
            case 6:
                return new OptionType(type(d));
            case 7:
                switch (random.nextInt(4)) {
                    case 0:
                        return new ResultType(type(d), type(d));
                    case 1:
                        return new ResultType(type(d), null);
                    case 2:
                        return new ResultType(null, type(d));
                    default:
                        return new ResultType(null, null);
                }
            case 8:
                return new MapType(type(d), type(d));
            case 9:
                return flags();
            default:
                return leaf();
        }
    }

    private FlagsType flags() {
        int n = 1 + random.nextInt(32);
        List<String> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ls.add("g" + i);
        }
        return new FlagsType(ls);
    }

    /** A random non-compound type. */
    public ValType leaf() {
        if (handles && random.nextInt(6) == 0) {
            switch (random.nextInt(6)) {
                case 0:
                    return new OwnType(random.nextBoolean() ? RES_A : RES_B);
                case 1:
                    return new BorrowType(random.nextBoolean() ? RES_A : RES_B);
                case 2:
                    return new StreamType(random.nextBoolean() ? null : PrimType.U8);
                case 3:
                    return new FutureType(random.nextBoolean() ? null : PrimType.STRING);
                case 4:
                    return PrimType.ERROR_CONTEXT;
                default:
                    return flags();
            }
        }
        PrimType p;
        do {
            p = PRIMS[random.nextInt(PRIMS.length)];
        } while (p == PrimType.ERROR_CONTEXT);
        return p;
    }
}
