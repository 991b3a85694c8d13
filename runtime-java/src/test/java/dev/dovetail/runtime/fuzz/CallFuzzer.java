package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.runtime.TypedFunc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Round trips of random values through a generated component: the host calls export {@code g:
 * func(x: T) -> T}, whose core code passes its core arguments on to the lowered host import {@code
 * f: func(x: T) -> T} and returns its core result. The host import must see the argument, and
 * {@code g} must return it.
 */
final class CallFuzzer {
    /** One case: everything needed to rerun it. */
    record CallCase(ValType type, Val value, StringEncoding encoding, boolean compiler) {
        @Override
        public String toString() {
            return "type: "
                    + type
                    + "\nvalue: "
                    + value
                    + "\nstring-encoding: "
                    + encoding
                    + ", engine: "
                    + (compiler ? "compiler" : "interpreter");
        }
    }

    /** What the host import saw. */
    static final class Seen {
        Val value;
    }

    private static final class Runtime {
        final Engine engine;
        final Linker<Seen> linker;
        final ResourceType res;

        Runtime(boolean compiler) {
            engine = Engine.builder().compiler(compiler).build();
            linker = new Linker<>(engine);
            res = linker.root().resource("r", (store, rep) -> {});
            linker.root()
                    .funcNew(
                            "f",
                            (store, type, params) -> {
                                store.data().value = params.get(0);
                                return params.get(0);
                            });
        }
    }

    private final Runtime interpreter = new Runtime(false);
    private Runtime compiler;

    private Runtime runtime(boolean useCompiler) {
        if (!useCompiler) {
            return interpreter;
        }
        if (compiler == null) {
            compiler = new Runtime(true);
        }
        return compiler;
    }

    private final long timeoutMillis;

    /** Cases also called through {@link TypedFunc}. */
    long typedCases;

    CallFuzzer(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    static CallCase generate(long seed) {
        Random random = new Random(seed);
        FuzzGen gen = new FuzzGen(random, true);
        // a third of the cases from the subset the typed path maps without user classes
        ValType t =
                random.nextInt(3) == 0
                        ? TypedPath.type(random, 1 + random.nextInt(4))
                        : gen.type(1 + random.nextInt(4));
        Val v = gen.value(t, rep -> rep);
        StringEncoding enc = StringEncoding.values()[random.nextInt(3)];
        return new CallCase(t, v, enc, random.nextInt(10) == 0);
    }

    /** Runs a case; returns {@code null} when it passes, else a description of the failure. */
    String failure(CallCase c) {
        try {
            return FuzzConfig.withTimeout(timeoutMillis, () -> check(c));
        } catch (Throwable e) {
            return describe(e);
        }
    }

    static String describe(Throwable e) {
        java.io.StringWriter sw = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(sw));
        String s = sw.toString();
        String[] lines = s.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 60); i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    /** The kind of a failure, kept while shrinking: its first line up to the first colon. */
    static String kind(String failure) {
        String first = failure.lines().findFirst().orElse("");
        int colon = first.indexOf(':');
        return colon < 0 ? first : first.substring(0, colon);
    }

    private String check(CallCase c) {
        Runtime rt = runtime(c.compiler());
        String wat = WatGen.forwarder(c.type(), WatGen.Options.plain(c.encoding()));
        Component comp = Component.fromWat(rt.engine, wat);
        Store<Seen> store = new Store<>(rt.engine, new Seen());
        Instance instance = rt.linker.instantiate(store, comp);
        Func g = instance.getFunc("g");
        Val arg = materialize(c.value(), rt.res);
        Val out = g.call(store, arg);
        Val expected = normalize(c.value());
        Val seen = normalize(store.data().value);
        if (!expected.equals(seen)) {
            return "mismatch: the host import saw " + seen + "\n expected " + expected;
        }
        Val got = normalize(out);
        if (!expected.equals(got)) {
            return "mismatch: g returned " + got + "\n expected " + expected;
        }
        if (TypedPath.supports(c.type())) {
            typedCases++;
            store.data().value = null;
            java.lang.reflect.Type jt = TypedPath.javaType(c.type());
            @SuppressWarnings("unchecked")
            TypeRef<Object> rt2 = (TypeRef<Object>) TypeRef.ofType(jt);
            TypedFunc<Object> typed = instance.getTypedFunc("g", Signature.of(jt).returns(rt2));
            Object result = typed.call(store, TypedPath.toJava(c.value(), c.type()));
            Val seenTyped = normalize(store.data().value);
            if (!expected.equals(seenTyped)) {
                return "typed mismatch: the host import saw "
                        + seenTyped
                        + "\n expected "
                        + expected;
            }
            Val back = TypedPath.fromJava(result, c.type());
            if (!expected.equals(back)) {
                return "typed mismatch: g returned " + back + "\n expected " + expected;
            }
        }
        return null;
    }

    /** Replaces the generated reps of {@code own} values by fresh host resources. */
    static Val materialize(Val v, ResourceType res) {
        return map(
                v,
                x ->
                        x instanceof Val.Resource r && r.handle() instanceof Integer rep
                                ? new Val.Resource(new ResourceAny(res, rep, true))
                                : x);
    }

    static Val normalize(Val v) {
        return map(
                v,
                x -> {
                    if (x instanceof Val.Resource r) {
                        if (r.handle() instanceof ResourceAny a) {
                            return new Val.Resource(
                                    "own " + a.type().name() + " " + a.rep() + " " + a.owned());
                        }
                        return new Val.Resource("own r " + r.handle() + " true");
                    }
                    return x;
                });
    }

    static Val map(Val v, java.util.function.UnaryOperator<Val> f) {
        if (v == null) {
            return null;
        }
        if (v instanceof Val.List l) {
            return new Val.List(l.elements().stream().map(e -> map(e, f)).toList());
        }
        if (v instanceof Val.Tuple t) {
            return new Val.Tuple(t.elements().stream().map(e -> map(e, f)).toList());
        }
        if (v instanceof Val.Record r) {
            return new Val.Record(
                    r.fields().stream()
                            .map(x -> new Val.Field(x.name(), map(x.value(), f)))
                            .toList());
        }
        if (v instanceof Val.Variant x) {
            return new Val.Variant(x.caseName(), map(x.payload(), f));
        }
        if (v instanceof Val.Option o) {
            return o.value() == null ? o : new Val.Option(map(o.value(), f));
        }
        if (v instanceof Val.Result r) {
            return new Val.Result(r.ok(), map(r.payload(), f));
        }
        return f.apply(v);
    }

    // ---- shrinking --------------------------------------------------------------------------

    /**
     * A smaller case that fails the same way, found greedily: the first smaller candidate that
     * still fails with the same kind of failure replaces the case, until none does or the budget of
     * attempts is spent.
     */
    CallCase shrink(CallCase c, String failure, int budget) {
        String kind = kind(failure);
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            for (CallCase smaller : candidates(c)) {
                if (budget-- <= 0) {
                    break;
                }
                String f = failure(smaller);
                if (f != null && kind(f).equals(kind)) {
                    c = smaller;
                    progress = true;
                    break;
                }
            }
        }
        return c;
    }

    /** Smaller variations of a case, most reducing first. */
    static List<CallCase> candidates(CallCase c) {
        List<CallCase> out = new ArrayList<>();
        if (c.compiler()) {
            out.add(new CallCase(c.type(), c.value(), c.encoding(), false));
        }
        if (c.encoding() != StringEncoding.UTF8) {
            out.add(new CallCase(c.type(), c.value(), StringEncoding.UTF8, c.compiler()));
        }
        for (TV tv : shrink(new TV(c.type(), c.value()))) {
            out.add(new CallCase(tv.type(), tv.value(), c.encoding(), c.compiler()));
        }
        return out;
    }

    /** A type with a value of it. */
    record TV(ValType type, Val value) {}

    /** Smaller (type, value) pairs: nested parts alone, then fewer parts, then smaller parts. */
    static List<TV> shrink(TV tv) {
        List<TV> out = new ArrayList<>();
        ValType t = tv.type();
        Val v = tv.value();
        // a nested part on its own
        if (t instanceof ListType l && v instanceof Val.List lv && !lv.elements().isEmpty()) {
            out.add(new TV(l.element(), lv.elements().get(0)));
        } else if (t instanceof RecordType r && v instanceof Val.Record rv) {
            for (int i = 0; i < r.fields().size(); i++) {
                out.add(new TV(r.fields().get(i).type(), rv.fields().get(i).value()));
            }
        } else if (t instanceof TupleType tt && v instanceof Val.Tuple tv2) {
            for (int i = 0; i < tt.types().size(); i++) {
                out.add(new TV(tt.types().get(i), tv2.elements().get(i)));
            }
        } else if (t instanceof VariantType vt
                && v instanceof Val.Variant vv
                && vv.payload() != null) {
            out.add(new TV(vt.cases().get(vt.indexOf(vv.caseName())).type(), vv.payload()));
        } else if (t instanceof OptionType o && v instanceof Val.Option ov && ov.value() != null) {
            out.add(new TV(o.type(), ov.value()));
        } else if (t instanceof ResultType r
                && v instanceof Val.Result rv
                && rv.payload() != null) {
            out.add(new TV(rv.ok() ? r.ok() : r.err(), rv.payload()));
        }
        // fewer parts
        if (t instanceof RecordType r && v instanceof Val.Record rv && r.fields().size() > 1) {
            for (int i = 0; i < r.fields().size(); i++) {
                List<Field> fs = new ArrayList<>(r.fields());
                List<Val.Field> vs = new ArrayList<>(rv.fields());
                fs.remove(i);
                vs.remove(i);
                out.add(new TV(new RecordType(fs), new Val.Record(vs)));
            }
        }
        if (t instanceof TupleType tt && v instanceof Val.Tuple tv2 && tt.types().size() > 1) {
            for (int i = 0; i < tt.types().size(); i++) {
                List<ValType> ts = new ArrayList<>(tt.types());
                List<Val> vs = new ArrayList<>(tv2.elements());
                ts.remove(i);
                vs.remove(i);
                out.add(new TV(new TupleType(ts), new Val.Tuple(vs)));
            }
        }
        if (t instanceof VariantType vt && v instanceof Val.Variant vv && vt.cases().size() > 1) {
            int keep = vt.indexOf(vv.caseName());
            List<Case> cs = vt.cases();
            // drop the cases after the chosen one, then those before, then one at a time
            if (keep + 1 < cs.size()) {
                out.add(new TV(new VariantType(cs.subList(0, keep + 1)), v));
            }
            if (keep > 0) {
                out.add(new TV(new VariantType(cs.subList(keep, cs.size())), v));
                List<Case> half = new ArrayList<>(cs);
                half.subList(0, keep / 2 + (keep == 1 ? 1 : 0)).clear();
                if (half.size() < cs.size() && half.size() > 1) {
                    out.add(new TV(new VariantType(half), v));
                }
            }
            // a payload-less case instead
            if (vv.payload() != null) {
                for (Case c : cs) {
                    if (c.type() == null) {
                        out.add(new TV(t, new Val.Variant(c.name(), null)));
                        break;
                    }
                }
            }
        }
        if (t instanceof EnumType e && v instanceof Val.Enum ev && e.labels().size() > 1) {
            int keep = e.labels().indexOf(ev.label());
            List<String> ls = e.labels();
            if (keep + 1 < ls.size()) {
                out.add(new TV(new EnumType(ls.subList(0, keep + 1)), v));
            }
            if (keep > 0) {
                out.add(new TV(new EnumType(ls.subList(keep, ls.size())), v));
            }
        }
        if (t instanceof FlagsType f && v instanceof Val.Flags fv && f.labels().size() > 1) {
            List<String> ls = f.labels();
            int h = ls.size() / 2;
            for (List<String> part : List.of(ls.subList(0, h), ls.subList(h, ls.size()))) {
                Set<String> set = new LinkedHashSet<>(fv.set());
                set.retainAll(part);
                out.add(new TV(new FlagsType(part), new Val.Flags(set)));
            }
            if (!fv.set().isEmpty()) {
                out.add(new TV(t, new Val.Flags(Set.of())));
            }
        }
        if (t instanceof ListType l && v instanceof Val.List lv) {
            List<Val> es = lv.elements();
            if (l.isFixed() && l.length() > 1) {
                out.add(new TV(ListType.fixed(l.element(), 1), new Val.List(es.subList(0, 1))));
                out.add(
                        new TV(
                                ListType.fixed(l.element(), l.length() - 1),
                                new Val.List(es.subList(1, es.size()))));
            }
            if (!l.isFixed() && !es.isEmpty()) {
                out.add(new TV(t, new Val.List(List.of())));
                if (es.size() > 1) {
                    out.add(new TV(t, new Val.List(es.subList(0, es.size() / 2))));
                    out.add(new TV(t, new Val.List(es.subList(es.size() / 2, es.size()))));
                }
            }
        }
        if (v instanceof Val.Str s && !s.value().isEmpty()) {
            String str = s.value();
            int[] cps = str.codePoints().toArray();
            int h = cps.length / 2;
            out.add(new TV(t, new Val.Str("")));
            if (cps.length > 1) {
                out.add(new TV(t, new Val.Str(new String(cps, 0, h))));
                out.add(new TV(t, new Val.Str(new String(cps, h, cps.length - h))));
            }
        }
        if (v instanceof Val.Option o && o.value() != null) {
            out.add(new TV(t, Val.Option.NONE));
        }
        // smaller nested parts, in place
        if (t instanceof ListType l && v instanceof Val.List lv) {
            for (int i = 0; i < lv.elements().size(); i++) {
                for (TV s : shrink(new TV(l.element(), lv.elements().get(i)))) {
                    if (!s.type().equals(l.element())) {
                        continue; // a different element type would change every element
                    }
                    List<Val> es = new ArrayList<>(lv.elements());
                    es.set(i, s.value());
                    out.add(new TV(t, new Val.List(es)));
                }
            }
        } else if (t instanceof RecordType r && v instanceof Val.Record rv) {
            for (int i = 0; i < r.fields().size(); i++) {
                for (TV s : shrink(new TV(r.fields().get(i).type(), rv.fields().get(i).value()))) {
                    List<Field> fs = new ArrayList<>(r.fields());
                    List<Val.Field> vs = new ArrayList<>(rv.fields());
                    fs.set(i, new Field(fs.get(i).name(), s.type()));
                    vs.set(i, new Val.Field(fs.get(i).name(), s.value()));
                    out.add(new TV(new RecordType(fs), new Val.Record(vs)));
                }
            }
        } else if (t instanceof TupleType tt && v instanceof Val.Tuple tv2) {
            for (int i = 0; i < tt.types().size(); i++) {
                for (TV s : shrink(new TV(tt.types().get(i), tv2.elements().get(i)))) {
                    List<ValType> ts = new ArrayList<>(tt.types());
                    List<Val> vs = new ArrayList<>(tv2.elements());
                    ts.set(i, s.type());
                    vs.set(i, s.value());
                    out.add(new TV(new TupleType(ts), new Val.Tuple(vs)));
                }
            }
        } else if (t instanceof VariantType vt
                && v instanceof Val.Variant vv
                && vv.payload() != null) {
            int k = vt.indexOf(vv.caseName());
            for (TV s : shrink(new TV(vt.cases().get(k).type(), vv.payload()))) {
                List<Case> cs = new ArrayList<>(vt.cases());
                cs.set(k, new Case(vv.caseName(), s.type()));
                out.add(new TV(new VariantType(cs), new Val.Variant(vv.caseName(), s.value())));
            }
        } else if (t instanceof OptionType o && v instanceof Val.Option ov && ov.value() != null) {
            for (TV s : shrink(new TV(o.type(), ov.value()))) {
                out.add(new TV(new OptionType(s.type()), new Val.Option(s.value())));
            }
        } else if (t instanceof ResultType r
                && v instanceof Val.Result rv
                && rv.payload() != null) {
            for (TV s : shrink(new TV(rv.ok() ? r.ok() : r.err(), rv.payload()))) {
                ResultType nt =
                        rv.ok()
                                ? new ResultType(s.type(), r.err())
                                : new ResultType(r.ok(), s.type());
                out.add(new TV(nt, new Val.Result(rv.ok(), s.value())));
            }
        }
        return out;
    }
}
