package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.flat.CoreFuncType;
import dev.dovetail.abi.flat.CoreType;
import dev.dovetail.abi.flat.FlatContext;
import dev.dovetail.abi.flat.Flattening;
import dev.dovetail.abi.layout.AddrType;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Component text for the fuzzers: a component importing {@code f: func(x: T) -> T} and exporting
 * {@code g: func(x: T) -> T}, whose core code forwards its core arguments to the lowered import and
 * returns its core result, with optional corruption of the result before it is returned.
 *
 * <p>Named types (records, variants, enums, flags) are defined, then imported with an {@code eq}
 * bound on the import side and exported on the export side, since imported and exported function
 * types may only refer to named types that are imported or exported.
 */
final class WatGen {
    private WatGen() {}

    /** A core-level change of what {@code g} returns, spliced after the call of the import. */
    interface Corruption {
        /**
         * Core instructions run after the import returned, before {@code g} returns. {@code out} is
         * the local holding the result pointer when the result is in memory ({@code -1} otherwise);
         * when the result is flat, the instructions get the flat result on the stack and must leave
         * the (corrupted) flat result.
         */
        String code(int outLocal, int scratchLocal);
    }

    /**
     * Options of a generated forwarding component; {@code beforeCall}, when not null, is spliced
     * before the call of the import (the flat parameters are locals {@code 0..n-1}, the result
     * pointer, when there is one, is already allocated).
     */
    record Options(
            StringEncoding encoding,
            String reallocMode,
            Corruption corruption,
            Corruption beforeCall) {
        Options(StringEncoding encoding, String reallocMode, Corruption corruption) {
            this(encoding, reallocMode, corruption, null);
        }

        static Options plain(StringEncoding encoding) {
            return new Options(encoding, null, null);
        }
    }

    static FuncType funcType(ValType t) {
        return new FuncType(List.of(new FuncType.Param("x", t)), t, false);
    }

    /**
     * The forwarding component for {@code t}. {@code reallocMode}, when not null, is core code
     * (with {@code $r} the result the bump allocator computed, {@code $align} and {@code $nsize}
     * the arguments) that replaces the pointer {@code realloc} returns.
     */
    static String forwarder(ValType t, Options o) {
        FuncType ft = funcType(t);
        CoreFuncType lower =
                Flattening.flattenFuncType(ft, AddrType.I32, false, false, FlatContext.LOWER);
        CoreFuncType lift =
                Flattening.flattenFuncType(ft, AddrType.I32, false, false, FlatContext.LIFT);
        StringBuilder w = new StringBuilder("(component\n");
        if (FuzzGen.usesResources(t)) {
            w.append("  (import \"r\" (type $r (sub resource)))\n");
        }
        Types imp = new Types(w, "i", true);
        String ti = imp.ref(t);
        w.append("  (import \"f\" (func $f (param \"x\" ")
                .append(ti)
                .append(") (result ")
                .append(ti)
                .append(")))\n");
        w.append(libc(o.reallocMode()));
        String opts =
                " (memory (core memory $libc \"mem\")) (realloc (core func $libc \"realloc\"))"
                        + " string-encoding="
                        + o.encoding().optionName();
        w.append("  (core func $f' (canon lower (func $f)").append(opts).append("))\n");
        w.append("  (core module $M\n");
        w.append("    (import \"\" \"f\" (func $f").append(sig(lower)).append("))\n");
        w.append("    (import \"\" \"alloc\" (func $alloc (param i32 i32) (result i32)))\n");
        w.append("    (import \"\" \"mem\" (memory 1))\n");
        w.append("    (func (export \"g\")").append(sig(lift));
        int nparams = lift.params().size();
        boolean outPtr = lower.params().size() > lift.params().size();
        w.append(" (local i32 i32)\n");
        if (outPtr) {
            int align = Layout.alignment(t, AddrType.I32);
            long size = Layout.elemSize(t, AddrType.I32);
            w.append("      (local.set ")
                    .append(nparams)
                    .append(" (call $alloc (i32.const ")
                    .append(align)
                    .append(") (i32.const ")
                    .append(size)
                    .append(")))\n");
        }
        if (o.beforeCall() != null) {
            w.append("      ")
                    .append(o.beforeCall().code(outPtr ? nparams : -1, nparams + 1))
                    .append('\n');
        }
        w.append("      (call $f");
        for (int i = 0; i < nparams; i++) {
            w.append(" (local.get ").append(i).append(')');
        }
        if (outPtr) {
            w.append(" (local.get ").append(nparams).append(')');
        }
        w.append(")\n");
        if (o.corruption() != null) {
            w.append("      ")
                    .append(o.corruption().code(outPtr ? nparams : -1, nparams + 1))
                    .append('\n');
        }
        if (outPtr) {
            w.append("      (local.get ").append(nparams).append(")\n");
        }
        w.append("    ))\n");
        w.append(
                """
                  (core instance $m (instantiate $M (with "" (instance
                    (export "f" (func $f')) (export "alloc" (func $libc "alloc"))
                    (export "mem" (memory $libc "mem"))))))
                """);
        Types exp = new Types(w, "e", false);
        String te = exp.ref(t);
        w.append("  (func (export \"g\") (param \"x\" ")
                .append(te)
                .append(") (result ")
                .append(te)
                .append(") (canon lift (core func $m \"g\")")
                .append(opts)
                .append("))\n");
        w.append(")\n");
        return w.toString();
    }

    static String sig(CoreFuncType t) {
        StringBuilder s = new StringBuilder();
        if (!t.params().isEmpty()) {
            s.append(" (param");
            t.params().forEach(p -> s.append(' ').append(core(p)));
            s.append(')');
        }
        if (!t.results().isEmpty()) {
            s.append(" (result");
            t.results().forEach(p -> s.append(' ').append(core(p)));
            s.append(')');
        }
        return s.toString();
    }

    static String core(CoreType t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A core module with a growable memory and a bump {@code realloc} that copies (from 1024, so
     * that the fuzzers may put data below), instantiated as {@code $libc}.
     */
    static String libc(String reallocMode) {
        return """
                  (core module $Libc
                    (memory (export "mem") 1)
                    (global $next (mut i32) (i32.const 1024))
                    (func $alloc (export "alloc") (param $align i32) (param $nsize i32) (result i32)
                      (local $r i32) (local $end i32)
                      (global.set $next
                        (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
                                 (i32.sub (i32.const 0) (local.get $align))))
                      (local.set $r (global.get $next))
                      (local.set $end (i32.add (global.get $next) (local.get $nsize)))
                      (if (i32.gt_u (local.get $end) (i32.mul (memory.size) (i32.const 65536)))
                        (then (if (i32.lt_s (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $end)
                                  (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1)))
                                (i32.const 0)) (then unreachable))))
                      (global.set $next (local.get $end))
                      (local.get $r))
                    (func (export "realloc") (param $old i32) (param $osize i32) (param $align i32)
                        (param $nsize i32) (result i32)
                      (local $r i32)
                      (local.set $r (call $alloc (local.get $align) (local.get $nsize)))
                      (memory.copy (local.get $r) (local.get $old)
                        (select (local.get $osize) (local.get $nsize)
                          (i32.lt_u (local.get $osize) (local.get $nsize))))
                      %s
                      (local.get $r)))
                  (core instance $libc (instantiate $Libc))
                """
                .formatted(reallocMode == null ? "" : "(local.set $r " + reallocMode + ")");
    }

    /** Emits type definitions; named ones are imported (eq) or exported. */
    private static final class Types {
        private final StringBuilder w;
        private final String prefix;
        private final boolean imports;
        private int next;

        Types(StringBuilder w, String prefix, boolean imports) {
            this.w = w;
            this.prefix = prefix;
            this.imports = imports;
        }

        /** A reference to {@code t} usable in an imported (or exported) function type. */
        String ref(ValType t) {
            if (t instanceof PrimType p) {
                return p.witName();
            }
            if (t instanceof OwnType) {
                return "(own $r)";
            }
            if (t instanceof ListType l) {
                String e = ref(l.element());
                return l.isFixed() ? "(list " + e + " " + l.length() + ")" : "(list " + e + ")";
            }
            if (t instanceof TupleType tt) {
                return tt.types().stream()
                        .map(this::ref)
                        .collect(Collectors.joining(" ", "(tuple ", ")"));
            }
            if (t instanceof OptionType o) {
                return "(option " + ref(o.type()) + ")";
            }
            if (t instanceof ResultType r) {
                String s = "(result";
                if (r.ok() != null) {
                    s += " " + ref(r.ok());
                }
                if (r.err() != null) {
                    s += " (error " + ref(r.err()) + ")";
                }
                return s + ")";
            }
            String def;
            if (t instanceof RecordType r) {
                StringBuilder s = new StringBuilder("(record");
                for (Field f : r.fields()) {
                    s.append(" (field \"")
                            .append(f.name())
                            .append("\" ")
                            .append(ref(f.type()))
                            .append(')');
                }
                def = s.append(')').toString();
            } else if (t instanceof VariantType v) {
                StringBuilder s = new StringBuilder("(variant");
                for (Case c : v.cases()) {
                    s.append(" (case \"").append(c.name()).append('"');
                    if (c.type() != null) {
                        s.append(' ').append(ref(c.type()));
                    }
                    s.append(')');
                }
                def = s.append(')').toString();
            } else if (t instanceof EnumType e) {
                def =
                        e.labels().stream()
                                .map(l -> "\"" + l + "\"")
                                .collect(Collectors.joining(" ", "(enum ", ")"));
            } else if (t instanceof FlagsType f) {
                def =
                        f.labels().stream()
                                .map(l -> "\"" + l + "\"")
                                .collect(Collectors.joining(" ", "(flags ", ")"));
            } else {
                throw new IllegalArgumentException("cannot write " + t);
            }
            int n = next++;
            String d = "$" + prefix + "d" + n;
            String named = "$" + prefix + "t" + n;
            w.append("  (type ").append(d).append(' ').append(def).append(")\n");
            if (imports) {
                w.append("  (import \"")
                        .append(prefix)
                        .append("t")
                        .append(n)
                        .append("\" (type ")
                        .append(named)
                        .append(" (eq ")
                        .append(d)
                        .append(")))\n");
            } else {
                w.append("  (export ")
                        .append(named)
                        .append(" \"")
                        .append(prefix)
                        .append("t")
                        .append(n)
                        .append("\" (type ")
                        .append(d)
                        .append("))\n");
            }
            return named;
        }
    }
}
