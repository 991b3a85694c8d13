package dev.dovetail.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Java signature of a typed component function: parameter and result types as {@link Class}
 * objects or {@link TypeRef} tokens. Checked once against the component type, by {@link
 * Instance#getTypedFunc} for exports and at {@link Linker#instantiatePre} for host functions.
 *
 * <pre>{@code
 * Signature.S2<Integer, Integer, Integer> add = Signature.of(int.class, int.class).returns(int.class);
 * Signature.S1<List<String>, Void> log =
 *         Signature.params().param(new TypeRef<List<String>>() {}).returnsNothing();
 * Signature<String> many = Signature.of(int.class, int.class, int.class, int.class, int.class)
 *         .returns(String.class); // beyond four parameters: untyped arguments
 * }</pre>
 *
 * <p>The arity-typed subclasses {@link S0} to {@link S4} give {@link TypedFunc.Func2}-style calls
 * and host lambdas {@code (store, a, b) -> ...}; a primitive class stands for its box.
 */
public class Signature<R> {
    private final List<Type> params;
    private final Type result;

    Signature(List<Type> params, Type result) {
        this.params = List.copyOf(params);
        this.result = result;
    }

    /** The Java parameter types. */
    public List<Type> paramTypes() {
        return params;
    }

    /** The Java result type, or {@code null} when the function returns nothing. */
    public Type resultType() {
        return result;
    }

    /** An empty parameter list, to add parameters with {@code param(...)}. */
    public static P0 params() {
        return new P0();
    }

    public static P0 of() {
        return new P0();
    }

    public static <A> P1<A> of(Class<A> a) {
        return new P1<>(List.of(a));
    }

    public static <A, B> P2<A, B> of(Class<A> a, Class<B> b) {
        return new P2<>(List.of(a, b));
    }

    public static <A, B, C> P3<A, B, C> of(Class<A> a, Class<B> b, Class<C> c) {
        return new P3<>(List.of(a, b, c));
    }

    public static <A, B, C, D> P4<A, B, C, D> of(Class<A> a, Class<B> b, Class<C> c, Class<D> d) {
        return new P4<>(List.of(a, b, c, d));
    }

    /** Any number of parameters of any {@link Type} ({@code Class}, {@link TypeRef}). */
    public static PN of(Type... params) {
        return new PN(Arrays.asList(params));
    }

    static Type unwrap(Type t) {
        return t instanceof TypeRef<?> r ? unwrap(r.type()) : t;
    }

    private static List<Type> plus(List<Type> ps, Type t) {
        List<Type> out = new ArrayList<>(ps);
        out.add(Objects.requireNonNull(t, "parameter type"));
        return out;
    }

    /** A short spelling of a Java type: simple class names. */
    public static String describe(Type t) {
        t = unwrap(t);
        if (t == null) {
            return "void";
        }
        if (t instanceof Class<?> c) {
            return c.isArray() ? describe(c.getComponentType()) + "[]" : c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            return describe(p.getRawType())
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(Signature::describe)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        return t.getTypeName();
    }

    @Override
    public String toString() {
        String ps =
                params.stream()
                        .map(Signature::describe)
                        .collect(Collectors.joining(", ", "(", ")"));
        return result == null ? ps : ps + " -> " + describe(result);
    }

    /** Parameters so far: 0. */
    public static final class P0 {
        private final List<Type> ps = List.of();

        P0() {}

        public <X> P1<X> param(Class<X> type) {
            return new P1<>(plus(ps, type));
        }

        public <X> P1<X> param(TypeRef<X> type) {
            return new P1<>(plus(ps, type));
        }

        public <R> S0<R> returns(Class<R> type) {
            return new S0<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> S0<R> returns(TypeRef<R> type) {
            return new S0<>(ps, Objects.requireNonNull(type, "type"));
        }

        public S0<Void> returnsNothing() {
            return new S0<>(ps, null);
        }
    }

    /** A signature of 0 parameter(s). */
    public static final class S0<R> extends Signature<R> {
        S0(List<Type> ps, Type result) {
            super(ps, result);
        }
    }

    /** Parameters so far: 1. */
    public static final class P1<A> {
        private final List<Type> ps;

        P1(List<Type> ps) {
            this.ps = ps;
        }

        public <X> P2<A, X> param(Class<X> type) {
            return new P2<>(plus(ps, type));
        }

        public <X> P2<A, X> param(TypeRef<X> type) {
            return new P2<>(plus(ps, type));
        }

        public <R> S1<A, R> returns(Class<R> type) {
            return new S1<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> S1<A, R> returns(TypeRef<R> type) {
            return new S1<>(ps, Objects.requireNonNull(type, "type"));
        }

        public S1<A, Void> returnsNothing() {
            return new S1<>(ps, null);
        }
    }

    /** A signature of 1 parameter(s). */
    public static final class S1<A, R> extends Signature<R> {
        S1(List<Type> ps, Type result) {
            super(ps, result);
        }
    }

    /** Parameters so far: 2. */
    public static final class P2<A, B> {
        private final List<Type> ps;

        P2(List<Type> ps) {
            this.ps = ps;
        }

        public <X> P3<A, B, X> param(Class<X> type) {
            return new P3<>(plus(ps, type));
        }

        public <X> P3<A, B, X> param(TypeRef<X> type) {
            return new P3<>(plus(ps, type));
        }

        public <R> S2<A, B, R> returns(Class<R> type) {
            return new S2<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> S2<A, B, R> returns(TypeRef<R> type) {
            return new S2<>(ps, Objects.requireNonNull(type, "type"));
        }

        public S2<A, B, Void> returnsNothing() {
            return new S2<>(ps, null);
        }
    }

    /** A signature of 2 parameter(s). */
    public static final class S2<A, B, R> extends Signature<R> {
        S2(List<Type> ps, Type result) {
            super(ps, result);
        }
    }

    /** Parameters so far: 3. */
    public static final class P3<A, B, C> {
        private final List<Type> ps;

        P3(List<Type> ps) {
            this.ps = ps;
        }

        public <X> P4<A, B, C, X> param(Class<X> type) {
            return new P4<>(plus(ps, type));
        }

        public <X> P4<A, B, C, X> param(TypeRef<X> type) {
            return new P4<>(plus(ps, type));
        }

        public <R> S3<A, B, C, R> returns(Class<R> type) {
            return new S3<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> S3<A, B, C, R> returns(TypeRef<R> type) {
            return new S3<>(ps, Objects.requireNonNull(type, "type"));
        }

        public S3<A, B, C, Void> returnsNothing() {
            return new S3<>(ps, null);
        }
    }

    /** A signature of 3 parameter(s). */
    public static final class S3<A, B, C, R> extends Signature<R> {
        S3(List<Type> ps, Type result) {
            super(ps, result);
        }
    }

    /** Parameters so far: 4. */
    public static final class P4<A, B, C, D> {
        private final List<Type> ps;

        P4(List<Type> ps) {
            this.ps = ps;
        }

        public PN param(Type type) {
            return new PN(plus(ps, type));
        }

        public <R> S4<A, B, C, D, R> returns(Class<R> type) {
            return new S4<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> S4<A, B, C, D, R> returns(TypeRef<R> type) {
            return new S4<>(ps, Objects.requireNonNull(type, "type"));
        }

        public S4<A, B, C, D, Void> returnsNothing() {
            return new S4<>(ps, null);
        }
    }

    /** A signature of 4 parameter(s). */
    public static final class S4<A, B, C, D, R> extends Signature<R> {
        S4(List<Type> ps, Type result) {
            super(ps, result);
        }
    }

    /** Any number of parameters; calls take {@code Object...} arguments. */
    public static final class PN {
        private final List<Type> ps;

        PN(List<Type> ps) {
            for (Type t : ps) {
                Objects.requireNonNull(t, "parameter type");
            }
            this.ps = ps;
        }

        public PN param(Type type) {
            return new PN(plus(ps, type));
        }

        public <R> Signature<R> returns(Class<R> type) {
            return new Signature<>(ps, Objects.requireNonNull(type, "type"));
        }

        public <R> Signature<R> returns(TypeRef<R> type) {
            return new Signature<>(ps, Objects.requireNonNull(type, "type"));
        }

        public Signature<Void> returnsNothing() {
            return new Signature<>(ps, null);
        }
    }
}
