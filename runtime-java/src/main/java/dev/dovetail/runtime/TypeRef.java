package dev.dovetail.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A Java type token that keeps generic arguments: {@code new TypeRef<List<String>>() {}}. Use
 * {@link #of(Class)} for a non-generic type. A {@code TypeRef} is itself a {@link Type}, so it can
 * be mixed with {@code Class} objects in {@link Signature#of(Type...)}.
 */
public abstract class TypeRef<T> implements Type {
    private final Type type;

    /** Captures the type argument of the anonymous subclass. */
    protected TypeRef() {
        Type s = getClass().getGenericSuperclass();
        if (!(s instanceof ParameterizedType p)) {
            throw new IllegalArgumentException(
                    "TypeRef must be created with a type argument: new TypeRef<List<String>>() {}");
        }
        this.type = p.getActualTypeArguments()[0];
    }

    private TypeRef(Type type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The token of a non-generic type (a primitive class stands for its box). */
    public static <T> TypeRef<T> of(Class<T> type) {
        return new TypeRef<T>(type) {};
    }

    /** The token of any reflected type; unchecked. */
    public static TypeRef<?> ofType(Type type) {
        return type instanceof TypeRef<?> r ? r : new TypeRef<Object>(type) {};
    }

    /** The captured type. */
    public Type type() {
        return type;
    }

    @Override
    public String getTypeName() {
        return type.getTypeName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeRef<?> r && r.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
