package dev.dovetail.bench;

import dev.dovetail.abi.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Java types of the benchmark component's records and variants, and the values moved. */
public final class Model {
    private Model() {}

    /** {@code item}: the small record of the 1,000-element list. */
    public record Item(int id, float weight, boolean active) {}

    /** {@code shape}. */
    public sealed interface Shape permits Circle, Rect, Label, None {}

    public record Circle(float radius) implements Shape {}

    public record Size(float w, float h) {}

    public record Rect(Size size) implements Shape {}

    public record Label(String text) implements Shape {}

    public record None() implements Shape {}

    /** {@code entry}: the record/variant mix. */
    public record Entry(
            long id, String name, Shape shape, List<Integer> tags, Optional<Integer> parent) {}

    /** A string of {@code n} ASCII characters (so {@code n} bytes in UTF-8). */
    public static String ascii(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + i % 26));
        }
        return b.toString();
    }

    public static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    public static List<Item> items(int n) {
        List<Item> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(new Item(i, i * 0.5f, i % 3 == 0));
        }
        return List.copyOf(l);
    }

    public static List<Entry> entries(int n) {
        List<Entry> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Shape s =
                    switch (i % 4) {
                        case 0 -> new Circle(i + 0.25f);
                        case 1 -> new Rect(new Size(i, 2 * i));
                        case 2 -> new Label("label-" + i);
                        default -> new None();
                    };
            l.add(
                    new Entry(
                            1L << 40 | i,
                            "entry-" + i,
                            s,
                            List.of(i, i + 1, i + 2),
                            i % 2 == 0 ? Optional.of(i / 2) : Optional.empty()));
        }
        return List.copyOf(l);
    }

    // ---- the same values as dynamic Vals --------------------------------------------------

    public static Val bytesVal(byte[] b) {
        Val[] v = new Val[b.length];
        for (int i = 0; i < b.length; i++) {
            v[i] = new Val.U8(b[i]);
        }
        return Val.list(v);
    }

    public static Val itemsVal(List<Item> items) {
        Val[] v = new Val[items.size()];
        for (int i = 0; i < v.length; i++) {
            Item it = items.get(i);
            v[i] =
                    Val.record(
                            Val.field("id", new Val.U32(it.id())),
                            Val.field("weight", Val.f32(it.weight())),
                            Val.field("active", Val.bool(it.active())));
        }
        return Val.list(v);
    }

    public static Val entriesVal(List<Entry> entries) {
        Val[] v = new Val[entries.size()];
        for (int i = 0; i < v.length; i++) {
            Entry e = entries.get(i);
            Val shape;
            if (e.shape() instanceof Circle c) {
                shape = new Val.Variant("circle", Val.f32(c.radius()));
            } else if (e.shape() instanceof Rect r) {
                shape =
                        new Val.Variant(
                                "rect", Val.tuple(Val.f32(r.size().w()), Val.f32(r.size().h())));
            } else if (e.shape() instanceof Label l) {
                shape = new Val.Variant("label", Val.str(l.text()));
            } else {
                shape = new Val.Variant("none", null);
            }
            Val[] tags = e.tags().stream().map(t -> (Val) new Val.U32(t)).toArray(Val[]::new);
            v[i] =
                    Val.record(
                            Val.field("id", new Val.U64(e.id())),
                            Val.field("name", Val.str(e.name())),
                            Val.field("shape", shape),
                            Val.field("tags", Val.list(tags)),
                            Val.field(
                                    "parent",
                                    e.parent().isPresent()
                                            ? Val.some(new Val.U32(e.parent().get()))
                                            : Val.none()));
        }
        return Val.list(v);
    }
}
