package dev.dovetail.format.text;

import java.util.List;

/** A defined type: {@code (sub final? super* comptype)}; plain {@code (type (func))} is final. */
record TypeDef(boolean isFinal, List<Integer> supers, Comp comp) {

    sealed interface Comp permits Func, Struct, Array {}

    record Func(List<ValType> params, List<ValType> results) implements Comp {}

    record Field(ValType storage, boolean mutable) {}

    record Struct(List<Field> fields) implements Comp {}

    record Array(Field field) implements Comp {}

    /** A plain function type as implicit type uses create it. */
    static TypeDef func(List<ValType> params, List<ValType> results) {
        return new TypeDef(true, List.of(), new Func(List.copyOf(params), List.copyOf(results)));
    }

    void write(WasmWriter w) {
        if (!isFinal || !supers.isEmpty()) {
            w.u8(isFinal ? 0x4f : 0x50).u32(supers.size());
            supers.forEach(w::u32);
        }
        if (comp instanceof Func f) {
            w.u8(0x60).u32(f.params().size());
            f.params().forEach(t -> t.write(w));
            w.u32(f.results().size());
            f.results().forEach(t -> t.write(w));
        } else if (comp instanceof Struct s) {
            w.u8(0x5f).u32(s.fields().size());
            s.fields().forEach(fl -> writeField(w, fl));
        } else if (comp instanceof Array a) {
            w.u8(0x5e);
            writeField(w, a.field());
        }
    }

    private static void writeField(WasmWriter w, Field f) {
        f.storage().write(w);
        w.u8(f.mutable() ? 1 : 0);
    }
}
