package dev.dovetail.wit.model;

import java.util.List;

/**
 * A function of an interface or world. Resource functions carry their mangled names ({@code
 * [method]r.m}, {@code [static]r.s}, {@code [constructor]r}) and the index of their resource in the
 * types, -1 otherwise. result and docs may be null.
 */
public record Function(
        String name,
        Kind kind,
        int resource,
        List<Param> params,
        Type result,
        String docs,
        Stability stability) {

    public Function {
        params = List.copyOf(params);
    }

    /** How the function is called. */
    public enum Kind {
        FREESTANDING,
        ASYNC_FREESTANDING,
        METHOD,
        ASYNC_METHOD,
        STATIC,
        ASYNC_STATIC,
        CONSTRUCTOR;

        public boolean isAsync() {
            return this == ASYNC_FREESTANDING || this == ASYNC_METHOD || this == ASYNC_STATIC;
        }

        public boolean isMethod() {
            return this == METHOD || this == ASYNC_METHOD;
        }

        public boolean isStatic() {
            return this == STATIC || this == ASYNC_STATIC;
        }
    }

    /** A named parameter. */
    public record Param(String name, Type type) {}

    /** The name as written inside its resource ({@code m} for {@code [method]r.m}). */
    public String itemName() {
        int close = name.indexOf(']');
        if (close < 0) {
            return name;
        }
        int dot = name.indexOf('.', close);
        return dot < 0 ? name.substring(close + 1) : name.substring(dot + 1);
    }
}
