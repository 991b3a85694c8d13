package dev.dovetail.runtime.typed;

import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.TypeRef;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a Java type against a component value type and builds its {@link TypedCodec}: the only
 * place that reflects on Java types. The mapping:
 *
 * <table>
 *   <caption>Component types and Java types</caption>
 *   <tr><th>component</th><th>Java</th></tr>
 *   <tr><td>bool</td><td>boolean / Boolean</td></tr>
 *   <tr><td>s8, u8</td><td>byte / Byte</td></tr>
 *   <tr><td>s16, u16</td><td>short / Short</td></tr>
 *   <tr><td>s32, u32</td><td>int / Integer</td></tr>
 *   <tr><td>s64, u64</td><td>long / Long</td></tr>
 *   <tr><td>f32, f64</td><td>float / Float, double / Double</td></tr>
 *   <tr><td>char</td><td>int / Integer (a code point)</td></tr>
 *   <tr><td>string</td><td>String</td></tr>
 *   <tr><td>list&lt;u8&gt;, list&lt;s8&gt;</td><td>byte[] (or List&lt;Byte&gt;)</td></tr>
 *   <tr><td>list&lt;T&gt;, list&lt;T, N&gt;</td><td>List&lt;T&gt;</td></tr>
 *   <tr><td>record</td><td>a Java record, components matched by name</td></tr>
 *   <tr><td>tuple</td><td>Tuple2..Tuple4 or any record, positionally</td></tr>
 *   <tr><td>variant</td><td>sealed interface; permitted records named after the cases, with one
 *       component (payload) or none</td></tr>
 *   <tr><td>enum</td><td>a Java enum, constants matched by name</td></tr>
 *   <tr><td>option&lt;T&gt;</td><td>Optional&lt;T&gt;</td></tr>
 *   <tr><td>result&lt;T, E&gt;</td><td>Result&lt;T, E&gt; (Void for a missing payload)</td></tr>
 *   <tr><td>flags</td><td>Set&lt;E&gt; / EnumSet&lt;E&gt; of a Java enum</td></tr>
 *   <tr><td>own&lt;R&gt;, borrow&lt;R&gt;</td><td>Resource&lt;T&gt; (host resources) or
 *       ResourceAny</td></tr>
 * </table>
 *
 * <p><b>Unsigned integers</b> travel in the signed Java type of the same width with the same bits:
 * {@code u32} 4294967295 is the {@code int} -1 ({@code Integer.toUnsignedLong} recovers the value),
 * exactly as {@link dev.dovetail.abi.Val.U32}. <b>Names</b> (record fields, variant cases, enum and
 * flag labels) match when equal after removing {@code -} and {@code _} and ignoring case: {@code
 * light-blue} matches {@code LIGHT_BLUE}, {@code lightBlue} and {@code LightBlue}.
 */
public final class TypeMapper {
    private TypeMapper() {}

    /** A Java type that does not match a component type; the message says where and why. */
    public static final class MismatchException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** A mismatch described by {@code message}. */
        public MismatchException(String message) {
            super(message);
        }

        /** This mismatch, located inside {@code segment} (a field, case, element...). */
        public MismatchException within(String segment) {
            MismatchException e = new MismatchException(segment + ": " + getMessage());
            e.setStackTrace(getStackTrace());
            return e;
        }
    }

    /**
     * A {@link Type} that maps itself: the extension point for JVM languages whose types this
     * mapping does not know (Kotlin's unsigned and nullable types, data classes, ...). Wherever
     * such a type appears, at the top of a signature or nested in a {@code List}, {@code Optional},
     * {@code Result} or record, {@link #codec(ValType, Type)} asks it for its codec; it may call
     * {@link #codec(ValType, Type)} back for the types nested in it.
     */
    public interface SelfMapping extends Type {
        /**
         * The codec of component type {@code t} for this type.
         *
         * @throws MismatchException if they do not match
         */
        Codec<Object> codec(ValType t);
    }

    /**
     * The codec of component type {@code t} for Java type {@code j}.
     *
     * @throws MismatchException if they do not match
     */
    public static Codec<Object> codec(ValType t, Type j) {
        return build(t, j);
    }

    private static MismatchException mismatch(ValType t, Type j) {
        return new MismatchException("expected " + t + ", found " + j.getTypeName());
    }

    private static MismatchException mismatch(ValType t, Type j, String why) {
        return new MismatchException(
                "expected " + t + ", found " + j.getTypeName() + " (" + why + ")");
    }

    static Type unwrap(Type j) {
        while (true) {
            if (j instanceof TypeRef<?> r) {
                j = r.type();
            } else if (j instanceof WildcardType w) {
                j = w.getUpperBounds()[0];
            } else {
                return j;
            }
        }
    }

    static Class<?> raw(Type j) {
        if (j instanceof Class<?> c) {
            return c;
        }
        if (j instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (j instanceof GenericArrayType g) {
            Class<?> c = raw(g.getGenericComponentType());
            return c == null ? null : c.arrayType();
        }
        return null;
    }

    /** Type argument {@code i}, or {@code Object} for a raw type. */
    private static Type arg(Type j, int i) {
        if (j instanceof ParameterizedType p) {
            return unwrap(p.getActualTypeArguments()[i]);
        }
        return Object.class;
    }

    static String normalize(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Codec<Object> build(ValType t, Type j0) {
        Type j = unwrap(j0);
        if (j instanceof SelfMapping s) {
            return s.codec(t);
        }
        Class<?> raw = raw(j);
        if (raw == null) {
            throw mismatch(t, j, "unresolved type variable");
        }
        if (t instanceof PrimType p) {
            return prim(p, j, raw);
        }
        if (t instanceof ListType l) {
            if (!l.isFixed()
                    && raw == byte[].class
                    && (l.element() == PrimType.U8 || l.element() == PrimType.S8)) {
                return new RangeCodecs.BytesC(t);
            }
            if (raw != List.class) {
                throw mismatch(t, j);
            }
            Codec<Object> elem = within("list element", l.element(), arg(j, 0));
            return l.isFixed()
                    ? new RangeCodecs.FixedListC(t, elem, l.length())
                    : new RangeCodecs.ListC(t, elem);
        }
        if (t instanceof RecordType r) {
            List<String> names = r.fields().stream().map(Field::name).toList();
            List<ValType> types = r.fields().stream().map(Field::type).toList();
            return record(t, j, raw, names, types, true);
        }
        if (t instanceof TupleType tt) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < tt.types().size(); i++) {
                names.add(String.valueOf(i));
            }
            return record(t, j, raw, names, tt.types(), false);
        }
        if (t instanceof VariantType v) {
            return variant(v, j, raw);
        }
        if (t instanceof EnumType e) {
            if (!raw.isEnum()) {
                throw mismatch(t, j);
            }
            Enum<?>[] consts = constants(t, j, raw, e.labels());
            int[] caseOfOrdinal = new int[consts.length];
            for (int i = 0; i < consts.length; i++) {
                caseOfOrdinal[consts[i].ordinal()] = i;
            }
            return new VariantCodecs.EnumC(
                    t, e.labels().toArray(new String[0]), consts, caseOfOrdinal);
        }
        if (t instanceof OptionType o) {
            if (raw != Optional.class) {
                throw mismatch(t, j);
            }
            return new VariantCodecs.OptionC(t, within("option payload", o.type(), arg(j, 0)));
        }
        if (t instanceof ResultType r) {
            if (raw != Result.class) {
                throw mismatch(t, j);
            }
            return new VariantCodecs.ResultC(
                    t, payload(r.ok(), arg(j, 0), "ok"), payload(r.err(), arg(j, 1), "error"));
        }
        if (t instanceof FlagsType f) {
            if (raw != Set.class && raw != EnumSet.class) {
                throw mismatch(t, j);
            }
            Class<?> ec = raw(arg(j, 0));
            if (ec == null || !ec.isEnum()) {
                throw mismatch(t, j, "flags need a Set of a Java enum");
            }
            Enum<?>[] consts = constants(t, j, ec, f.labels());
            int[] bitOfOrdinal = new int[consts.length];
            for (int i = 0; i < consts.length; i++) {
                bitOfOrdinal[consts[i].ordinal()] = i;
            }
            return new VariantCodecs.FlagsC(t, ec, consts, bitOfOrdinal);
        }
        if (t instanceof OwnType || t instanceof BorrowType) {
            boolean own = t instanceof OwnType;
            var template = own ? ((OwnType) t).resource() : ((BorrowType) t).resource();
            if (raw == ResourceAny.class) {
                return new HandleCodecs.AnyC(t, template, own);
            }
            if (raw == Resource.class) {
                Class<?> rep = raw(arg(j, 0));
                return new HandleCodecs.TypedC(
                        t, template, own, rep == null || rep == Object.class ? null : rep);
            }
            throw mismatch(t, j);
        }
        throw mismatch(t, j, "no Java mapping for this component type");
    }

    private static Codec<Object> within(String segment, ValType t, Type j) {
        try {
            return build(t, j);
        } catch (MismatchException e) {
            throw e.within(segment);
        }
    }

    private static Codec<Object> payload(ValType t, Type j, String which) {
        if (t == null) {
            if (unwrap(j) != Void.class && unwrap(j) != Object.class) {
                throw new MismatchException(
                        which + ": expected no payload (Void), found " + j.getTypeName());
            }
            return null;
        }
        return within(which, t, j);
    }

    private static Codec<Object> prim(PrimType p, Type j, Class<?> c) {
        boolean ok =
                switch (p) {
                    case BOOL -> c == boolean.class || c == Boolean.class;
                    case S8, U8 -> c == byte.class || c == Byte.class;
                    case S16, U16 -> c == short.class || c == Short.class;
                    case S32, U32, CHAR -> c == int.class || c == Integer.class;
                    case S64, U64 -> c == long.class || c == Long.class;
                    case F32 -> c == float.class || c == Float.class;
                    case F64 -> c == double.class || c == Double.class;
                    case STRING -> c == String.class;
                    case ERROR_CONTEXT -> false;
                };
        if (!ok) {
            throw mismatch(p, j);
        }
        return p == PrimType.STRING ? new RangeCodecs.StringC(p) : PrimCodecs.of(p);
    }

    private static Enum<?>[] constants(ValType t, Type j, Class<?> ec, List<String> labels) {
        Object[] all = ec.getEnumConstants();
        Map<String, Enum<?>> byName = new HashMap<>();
        for (Object o : all) {
            Enum<?> e = (Enum<?>) o;
            if (byName.put(normalize(e.name()), e) != null) {
                throw mismatch(t, j, "constants `" + e.name() + "` and another have the same name");
            }
        }
        if (all.length != labels.size()) {
            throw mismatch(t, j, labels.size() + " labels but " + all.length + " enum constants");
        }
        Enum<?>[] out = new Enum<?>[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byName.get(normalize(labels.get(i)));
            if (out[i] == null) {
                throw mismatch(t, j, "no constant for label `" + labels.get(i) + "`");
            }
        }
        return out;
    }

    // ---- records and tuples -----------------------------------------------------------------

    private static Codec<Object> record(
            ValType t,
            Type j,
            Class<?> raw,
            List<String> names,
            List<ValType> types,
            boolean byName) {
        if (!raw.isRecord()) {
            throw mismatch(t, j);
        }
        RecordComponent[] rcs = raw.getRecordComponents();
        if (rcs.length != names.size()) {
            throw mismatch(t, j, names.size() + " fields but " + rcs.length + " record components");
        }
        Map<TypeVariable<?>, Type> env = env(j, raw);
        int n = rcs.length;
        Codec<Object>[] codecs = TypedCodec.array(n);
        MethodHandle[] getters = new MethodHandle[n];
        int[] javaIndex = new int[n];
        String[] segments = new String[n];
        for (int i = 0; i < n; i++) {
            int k = i;
            if (byName) {
                k = -1;
                for (int c = 0; c < n; c++) {
                    if (normalize(rcs[c].getName()).equals(normalize(names.get(i)))) {
                        k = c;
                    }
                }
                if (k < 0) {
                    throw mismatch(t, j, "no record component for field `" + names.get(i) + "`");
                }
            }
            segments[i] = byName ? "field `" + names.get(i) + "`" : "element " + i;
            javaIndex[i] = k;
            codecs[i] = within(segments[i], types.get(i), resolve(rcs[k].getGenericType(), env));
            getters[i] = getter(rcs[k].getAccessor());
        }
        Class<?>[] ctorTypes =
                Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class[]::new);
        MethodHandle ctor;
        try {
            Constructor<?> c = raw.getDeclaredConstructor(ctorTypes);
            c.setAccessible(true);
            ctor =
                    MethodHandles.lookup()
                            .unreflectConstructor(c)
                            .asType(MethodType.genericMethodType(n))
                            .asSpreader(Object[].class, n);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw mismatch(t, j, "canonical constructor not accessible: " + e);
        }
        return new TypedRecordCodec(t, codecs, getters, javaIndex, ctor, segments);
    }

    private static MethodHandle getter(Method m) {
        try {
            m.setAccessible(true);
            return MethodHandles.lookup()
                    .unreflect(m)
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MismatchException("accessor " + m + " not accessible: " + e);
        }
    }

    // ---- variants ---------------------------------------------------------------------------

    private static Codec<Object> variant(VariantType v, Type j, Class<?> raw) {
        if (!raw.isSealed() || !raw.isInterface()) {
            throw mismatch(v, j, "a variant maps to a sealed interface of records");
        }
        Class<?>[] permitted = raw.getPermittedSubclasses();
        List<Case> cases = v.cases();
        if (permitted.length != cases.size()) {
            throw mismatch(
                    v, j, cases.size() + " cases but " + permitted.length + " permitted records");
        }
        int n = cases.size();
        Codec<Object>[] codecs = TypedCodec.array(n);
        String[] names = new String[n];
        Class<?>[] classes = new Class<?>[n];
        MethodHandle[] getters = new MethodHandle[n];
        MethodHandle[] ctors = new MethodHandle[n];
        Object[] singletons = new Object[n];
        for (int i = 0; i < n; i++) {
            Case c = cases.get(i);
            names[i] = c.name();
            Class<?> k = null;
            for (Class<?> p : permitted) {
                if (normalize(p.getSimpleName()).equals(normalize(c.name()))) {
                    k = p;
                }
            }
            if (k == null || !k.isRecord()) {
                throw mismatch(v, j, "no permitted record named after case `" + c.name() + "`");
            }
            if (k.getTypeParameters().length > 0) {
                throw mismatch(v, j, "case record " + k.getSimpleName() + " must not be generic");
            }
            classes[i] = k;
            RecordComponent[] rcs = k.getRecordComponents();
            int want = c.hasPayload() ? 1 : 0;
            if (rcs.length != want) {
                throw mismatch(
                        v,
                        j,
                        "case `"
                                + c.name()
                                + "` needs a record with "
                                + want
                                + " component(s), "
                                + k.getSimpleName()
                                + " has "
                                + rcs.length);
            }
            try {
                Constructor<?> ctor =
                        k.getDeclaredConstructor(
                                Arrays.stream(rcs)
                                        .map(RecordComponent::getType)
                                        .toArray(Class[]::new));
                ctor.setAccessible(true);
                MethodHandle mh = MethodHandles.lookup().unreflectConstructor(ctor);
                if (want == 0) {
                    singletons[i] = mh.invoke();
                } else {
                    ctors[i] = mh.asType(MethodType.methodType(Object.class, Object.class));
                    getters[i] = getter(rcs[0].getAccessor());
                    codecs[i] =
                            within("case `" + c.name() + "`", c.type(), rcs[0].getGenericType());
                }
            } catch (MismatchException e) {
                throw e;
            } catch (Throwable e) {
                throw mismatch(v, j, "case record " + k.getSimpleName() + " not usable: " + e);
            }
        }
        return new VariantCodecs.SealedC(v, codecs, names, classes, getters, ctors, singletons);
    }

    // ---- generics ---------------------------------------------------------------------------

    private static Map<TypeVariable<?>, Type> env(Type j, Class<?> raw) {
        Map<TypeVariable<?>, Type> env = new HashMap<>();
        TypeVariable<?>[] vars = raw.getTypeParameters();
        for (int i = 0; i < vars.length; i++) {
            env.put(
                    vars[i],
                    j instanceof ParameterizedType p
                            ? p.getActualTypeArguments()[i]
                            : Object.class);
        }
        return env;
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> env) {
        if (t instanceof TypeVariable<?> v) {
            Type r = env.get(v);
            return r == null ? v : r;
        }
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments().clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = resolve(args[i], env);
            }
            return new Parameterized((Class<?>) p.getRawType(), args);
        }
        if (t instanceof WildcardType w) {
            return resolve(w.getUpperBounds()[0], env);
        }
        return t;
    }

    /**
     * The parameterized type {@code raw<args...>}, for hosts (and tests) that build Java types at
     * run time rather than with a {@code TypeRef}.
     */
    public static ParameterizedType parameterized(Class<?> raw, Type... args) {
        return new Parameterized(raw, args.clone());
    }

    /** A parameterized type after substituting type variables. */
    private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public String getTypeName() {
            return raw.getName()
                    + Arrays.stream(args)
                            .map(Type::getTypeName)
                            .collect(java.util.stream.Collectors.joining(", ", "<", ">"));
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }
}
