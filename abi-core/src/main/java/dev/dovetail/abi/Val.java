package dev.dovetail.abi;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dynamically typed component value, for hosts that learn a function's signature only at run
 * time. A {@code Val} carries data, not its type: the type lives in {@link
 * dev.dovetail.abi.type.ValType} and is checked once at the call boundary.
 *
 * <p><b>Unsigned integers</b> are carried in the Java integer type of the same width with the same
 * bits ({@code u8} in a {@code byte}, {@code u16} in a {@code short}, {@code u32} in an {@code
 * int}, {@code u64} in a {@code long}), the JDK's own convention ({@link Integer#toUnsignedLong}).
 * Use the factories ({@link #u32(long)}) to build them from a wider value with a range check.
 *
 * <p><b>Floats</b> compare with {@link Float#compare} semantics, so NaN equals NaN (records do this
 * for primitive components), which makes round-trip checks meaningful.
 *
 * <p><b>Characters</b> are {@code int} Unicode scalar values, never Java {@code char}s.
 */
public sealed interface Val {

    /** {@code bool}. */
    record Bool(boolean value) implements Val {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** {@code s8}. */
    record S8(byte value) implements Val {
        @Override
        public String toString() {
            return Byte.toString(value);
        }
    }

    /** {@code u8}, carried in a byte with the same bits. */
    record U8(byte value) implements Val {
        /** The value as a non-negative int. */
        public int intValue() {
            return Byte.toUnsignedInt(value);
        }

        @Override
        public String toString() {
            return Integer.toString(intValue());
        }
    }

    /** {@code s16}. */
    record S16(short value) implements Val {
        @Override
        public String toString() {
            return Short.toString(value);
        }
    }

    /** {@code u16}, carried in a short with the same bits. */
    record U16(short value) implements Val {
        /** The value as a non-negative int. */
        public int intValue() {
            return Short.toUnsignedInt(value);
        }

        @Override
        public String toString() {
            return Integer.toString(intValue());
        }
    }

    /** {@code s32}. */
    record S32(int value) implements Val {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** {@code u32}, carried in an int with the same bits. */
    record U32(int value) implements Val {
        /** The value as a non-negative long. */
        public long longValue() {
            return Integer.toUnsignedLong(value);
        }

        @Override
        public String toString() {
            return Integer.toUnsignedString(value);
        }
    }

    /** {@code s64}. */
    record S64(long value) implements Val {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** {@code u64}, carried in a long with the same bits. */
    record U64(long value) implements Val {
        @Override
        public String toString() {
            return Long.toUnsignedString(value);
        }
    }

    /** {@code f32}. */
    record F32(float value) implements Val {
        @Override
        public String toString() {
            return Float.toString(value);
        }
    }

    /** {@code f64}. */
    record F64(double value) implements Val {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /** {@code char}: a Unicode scalar value (not a surrogate, at most U+10FFFF). */
    record Char(int codePoint) implements Val {
        public Char {
            if (!isScalarValue(codePoint)) {
                throw new IllegalArgumentException(
                        "not a Unicode scalar value: 0x" + Integer.toHexString(codePoint));
            }
        }

        /** Whether {@code i} may be a {@code char}: below 0x110000 and not a surrogate. */
        public static boolean isScalarValue(int i) {
            return (i >= 0 && i < 0xD800) || (i > 0xDFFF && i < 0x110000);
        }

        @Override
        public String toString() {
            return "'" + new String(Character.toChars(codePoint)) + "'";
        }
    }

    /** {@code string}. The Java string must be well formed (no unpaired surrogate). */
    record Str(String value) implements Val {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /** {@code list<T>} and {@code list<T, N>}. */
    record List(java.util.List<Val> elements) implements Val {
        public List {
            elements = java.util.List.copyOf(elements);
        }

        @Override
        public String toString() {
            return elements.toString();
        }
    }

    /** A named field value of a {@link Record}. */
    record Field(String name, Val value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    /** {@code record}: field values in the type's field order. */
    record Record(java.util.List<Field> fields) implements Val {
        public Record {
            fields = java.util.List.copyOf(fields);
        }

        /** The value of the field named {@code name}, or {@code null}. */
        public Val get(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f.value();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** {@code tuple}. */
    record Tuple(java.util.List<Val> elements) implements Val {
        public Tuple {
            elements = java.util.List.copyOf(elements);
        }

        @Override
        public String toString() {
            return elements.stream().map(Val::toString).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** A {@code variant} case, with {@code payload} {@code null} for a case without payload. */
    record Variant(String caseName, Val payload) implements Val {
        public Variant {
            Objects.requireNonNull(caseName, "caseName");
        }

        @Override
        public String toString() {
            return payload == null ? caseName : caseName + "(" + payload + ")";
        }
    }

    /** An {@code enum} label. */
    record Enum(String label) implements Val {
        public Enum {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** {@code option}: {@code value} is {@code null} for {@code none}. */
    record Option(Val value) implements Val {
        /** {@code none}. */
        public static final Option NONE = new Option(null);

        public boolean isSome() {
            return value != null;
        }

        @Override
        public String toString() {
            return value == null ? "none" : "some(" + value + ")";
        }
    }

    /** {@code result}: {@code ok} tells the case; {@code payload} is {@code null} when absent. */
    record Result(boolean ok, Val payload) implements Val {
        public static Result ok(Val payload) {
            return new Result(true, payload);
        }

        public static Result err(Val payload) {
            return new Result(false, payload);
        }

        @Override
        public String toString() {
            String name = ok ? "ok" : "err";
            return payload == null ? name : name + "(" + payload + ")";
        }
    }

    /** {@code flags}: the names of the flags that are set. */
    record Flags(Set<String> set) implements Val {
        public Flags {
            set = Set.copyOf(set);
        }

        @Override
        public String toString() {
            return set.stream().sorted().collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** A key/value pair of a {@link Map}. */
    record Entry(Val key, Val value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code map<K, V>}: entries in order (the ABI passes them as a list of pairs). */
    record Map(java.util.List<Entry> entries) implements Val {
        public Map {
            entries = java.util.List.copyOf(entries);
        }

        @Override
        public String toString() {
            return entries.stream()
                    .map(e -> e.key() + ": " + e.value())
                    .collect(Collectors.joining(", ", "map{", "}"));
        }
    }

    /**
     * {@code own<R>} or {@code borrow<R>}: {@code handle} is the runtime's host-side handle object
     * (opaque to the ABI, produced and consumed through {@link Handles}).
     */
    record Resource(Object handle) implements Val {
        public Resource {
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** {@code stream<T>}: the runtime's readable-end object. */
    record Stream(Object handle) implements Val {
        public Stream {
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** {@code future<T>}: the runtime's readable-end object. */
    record Future(Object handle) implements Val {
        public Future {
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** {@code error-context}: the runtime's error-context object. */
    record ErrorContext(Object handle) implements Val {
        public ErrorContext {
            Objects.requireNonNull(handle, "handle");
        }
    }

    // Factories that range-check wider Java values, for hosts that hold them as int/long.

    static Bool bool(boolean v) {
        return new Bool(v);
    }

    static S8 s8(int v) {
        checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "s8");
        return new S8((byte) v);
    }

    static U8 u8(int v) {
        checkRange(v, 0, 0xFF, "u8");
        return new U8((byte) v);
    }

    static S16 s16(int v) {
        checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "s16");
        return new S16((short) v);
    }

    static U16 u16(int v) {
        checkRange(v, 0, 0xFFFF, "u16");
        return new U16((short) v);
    }

    static S32 s32(int v) {
        return new S32(v);
    }

    static U32 u32(long v) {
        checkRange(v, 0, 0xFFFF_FFFFL, "u32");
        return new U32((int) v);
    }

    static S64 s64(long v) {
        return new S64(v);
    }

    /** A {@code u64} from its bits (any long is a valid u64 bit pattern). */
    static U64 u64(long bits) {
        return new U64(bits);
    }

    static F32 f32(float v) {
        return new F32(v);
    }

    static F64 f64(double v) {
        return new F64(v);
    }

    static Char ch(int codePoint) {
        return new Char(codePoint);
    }

    static Str str(String v) {
        return new Str(v);
    }

    static List list(Val... elements) {
        return new List(java.util.List.of(elements));
    }

    static Tuple tuple(Val... elements) {
        return new Tuple(java.util.List.of(elements));
    }

    static Record record(Field... fields) {
        return new Record(java.util.List.of(fields));
    }

    static Field field(String name, Val value) {
        return new Field(name, value);
    }

    static Option some(Val v) {
        return new Option(Objects.requireNonNull(v, "value"));
    }

    static Option none() {
        return Option.NONE;
    }

    static Flags flags(String... set) {
        return new Flags(Set.of(set));
    }

    private static void checkRange(long v, long min, long max, String type) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(
                    "value " + v + " is out of range for " + type + " [" + min + ", " + max + "]");
        }
    }
}
