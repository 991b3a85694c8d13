package dev.dovetail.examples;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls every exported function of a component it knows nothing about: the types come from the
 * component itself, and arguments are built from them at run time. Unknown imports trap.
 */
public final class DynamicInvoke {
    private DynamicInvoke() {}

    public static void run(Component component, PrintStream out) {
        Engine engine = component.engine();
        Store<Void> store = new Store<>(engine, null);
        Linker<Void> linker = new Linker<Void>(engine).defineUnknownImportsAsTraps(component);
        Instance instance = linker.instantiate(store, component);
        for (Map.Entry<String, ComponentItem> e : component.componentType().exports().entrySet()) {
            if (!(e.getValue() instanceof ComponentItem.ComponentFunc f)) {
                continue;
            }
            FuncType type = f.type();
            List<Val> args = new ArrayList<>();
            type.paramTypes().forEach(t -> args.add(sample(t)));
            try {
                Val result = instance.getFunc(e.getKey()).call(store, args.toArray(new Val[0]));
                out.println(e.getKey() + args + " = " + result);
            } catch (RuntimeException failure) {
                out.println(e.getKey() + args + " failed: " + failure.getMessage());
            }
        }
    }

    /** A simple value of any type, built from the type alone. */
    static Val sample(ValType t) {
        if (t instanceof PrimType p) {
            return switch (p) {
                case BOOL -> Val.bool(true);
                case S8 -> Val.s8(-8);
                case U8 -> Val.u8(8);
                case S16 -> Val.s16(-16);
                case U16 -> Val.u16(16);
                case S32 -> Val.s32(-32);
                case U32 -> Val.u32(32);
                case S64 -> Val.s64(-64);
                case U64 -> Val.u64(64);
                case F32 -> Val.f32(3.5f);
                case F64 -> Val.f64(2.5);
                case CHAR -> Val.ch('x');
                case STRING -> Val.str("sample");
                case ERROR_CONTEXT ->
                        throw new IllegalArgumentException("cannot make an error-context");
            };
        } else if (t instanceof ListType l) {
            int n = l.isFixed() ? l.length() : 2;
            List<Val> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(sample(l.element()));
            }
            return new Val.List(items);
        } else if (t instanceof RecordType r) {
            List<Val.Field> fields = new ArrayList<>();
            for (Field f : r.fields()) {
                fields.add(Val.field(f.name(), sample(f.type())));
            }
            return new Val.Record(fields);
        } else if (t instanceof TupleType tt) {
            return new Val.Tuple(tt.types().stream().map(DynamicInvoke::sample).toList());
        } else if (t instanceof VariantType v) {
            Case c = v.cases().get(0);
            return new Val.Variant(c.name(), c.hasPayload() ? sample(c.type()) : null);
        } else if (t instanceof EnumType e) {
            return new Val.Enum(e.labels().get(0));
        } else if (t instanceof OptionType o) {
            return Val.some(sample(o.type()));
        } else if (t instanceof ResultType r) {
            return Val.Result.ok(r.ok() == null ? null : sample(r.ok()));
        } else if (t instanceof FlagsType f) {
            return Val.flags(f.labels().get(0));
        }
        throw new IllegalArgumentException("no sample value for " + t);
    }

    /** With a path, calls the exports of that component; without, of the built-in shapes one. */
    public static void main(String[] args) {
        Engine engine = Engine.create();
        Component component =
                args.length > 0
                        ? Component.fromFile(engine, Path.of(args[0]))
                        : Examples.component(engine, "shapes.wat");
        run(component, System.out);
    }
}
