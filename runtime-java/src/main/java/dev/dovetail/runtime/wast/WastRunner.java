package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.WatException;
import dev.dovetail.format.validate.Validator;
import dev.dovetail.runtime.UnlinkableException;
import dev.dovetail.runtime.UnsupportedFeatureException;
import dev.dovetail.runtime.wast.DirectiveResult.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code .wast} scripts of component (and core module) directives.
 *
 * <p>Without a {@link WastHost} (no runtime yet), directives that instantiate or invoke are
 * reported skipped with reason {@code "needs runtime"} ({@code "needs async"} in {@code async/}
 * scripts or for components using the async ABI), after their modules have been compiled and
 * validated; {@code assert_malformed}, {@code assert_invalid} and {@code component definition} run
 * fully.
 */
public final class WastRunner {
    public static final String NEEDS_RUNTIME = "needs runtime";
    public static final String NEEDS_ASYNC = "needs async";

    private final WastHost host;

    // per-script state
    private String file;
    private boolean asyncScript;
    private final Map<String, ComponentWat.Compiled> definitions = new HashMap<>();
    private final Map<String, WastHost.Instance> instances = new HashMap<>();
    private WastHost.Instance current;
    private boolean currentAsync;
    private String currentMissing;

    /** A runner; {@code host} null means no runtime (instantiation and calls are skipped). */
    public WastRunner(WastHost host) {
        this.host = host;
    }

    /** Runs one script file; the file name as given is used in results. */
    public List<DirectiveResult> run(Path path, String displayName) throws IOException {
        return run(displayName, Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * Runs a script. {@code file} names it in results; a path segment {@code async} marks the
     * script's runtime directives as needing async support.
     */
    public List<DirectiveResult> run(String file, String text) {
        this.file = file;
        String norm = file.replace('\\', '/');
        this.asyncScript = norm.startsWith("async/") || norm.contains("/async/");
        definitions.clear();
        instances.clear();
        current = null;
        currentAsync = asyncScript;
        currentMissing = "no component instantiated yet";
        List<DirectiveResult> out = new ArrayList<>();
        List<WastDirective> directives;
        try {
            directives = WastScript.parse(text);
        } catch (WatException e) {
            out.add(result(e.line(), "script", Outcome.FAILED, "unreadable script: " + e));
            return out;
        }
        for (WastDirective d : directives) {
            DirectiveResult r;
            try {
                r = run(d);
            } catch (RuntimeException e) {
                r = result(d.line(), d.kind(), Outcome.FAILED, "internal error: " + e);
            }
            out.add(r);
        }
        return out;
    }

    private DirectiveResult result(int line, String kind, Outcome o, String reason) {
        return new DirectiveResult(file, line, kind, o, reason);
    }

    private DirectiveResult run(WastDirective d) {
        if (d instanceof WastDirective.Define def) {
            return define(def);
        }
        if (d instanceof WastDirective.Instantiate inst) {
            ComponentWat.Compiled c = definitions.get(inst.definition());
            if (c == null) {
                return fail(d, "unknown definition $" + inst.definition());
            }
            return instantiate(d, inst.instance(), c);
        }
        if (d instanceof WastDirective.Register reg) {
            WastHost.Instance target =
                    reg.instance() == null ? current : instances.get(reg.instance());
            String skip = runtimeSkip();
            if (skip != null) {
                return skip(d, skip);
            }
            if (target == null) {
                return fail(d, "unknown instance");
            }
            host.register(reg.name(), target);
            return pass(d, null);
        }
        if (d instanceof WastDirective.Invoke inv) {
            String skip = runtimeSkip();
            if (skip != null) {
                return skip(d, skip);
            }
            try {
                invoke(inv);
                return pass(d, null);
            } catch (RuntimeException e) {
                return failOrSkip(d, e, "trapped: " + e.getMessage());
            }
        }
        if (d instanceof WastDirective.AssertReturn ar) {
            String skip = runtimeSkip();
            if (skip != null) {
                return skip(d, skip);
            }
            List<Val> got;
            try {
                got = invoke(ar.invoke());
            } catch (RuntimeException e) {
                return failOrSkip(d, e, "trapped: " + e.getMessage());
            }
            if (got.size() != ar.results().size()) {
                return fail(d, "expected " + ar.results() + ", got " + got);
            }
            for (int i = 0; i < got.size(); i++) {
                if (!ar.results().get(i).matches(got.get(i))) {
                    return fail(d, "expected " + ar.results() + ", got " + got);
                }
            }
            return pass(d, null);
        }
        if (d instanceof WastDirective.AssertTrap at) {
            return assertTrap(at);
        }
        if (d instanceof WastDirective.AssertModule am) {
            return switch (am.kind()) {
                case "assert_malformed" -> assertMalformed(am);
                case "assert_invalid" -> assertInvalid(am);
                default -> assertUnlinkable(am);
            };
        }
        WastDirective.Unsupported u = (WastDirective.Unsupported) d;
        return skip(d, u.reason());
    }

    private DirectiveResult pass(WastDirective d, String note) {
        return result(d.line(), d.kind(), Outcome.PASSED, note);
    }

    private DirectiveResult fail(WastDirective d, String reason) {
        return result(d.line(), d.kind(), Outcome.FAILED, reason);
    }

    private DirectiveResult skip(WastDirective d, String reason) {
        return result(d.line(), d.kind(), Outcome.SKIPPED, reason);
    }

    /** Why a directive on the current instance cannot run, or null. */
    private String runtimeSkip() {
        if (host == null) {
            return currentAsync ? NEEDS_ASYNC : NEEDS_RUNTIME;
        }
        if (asyncScript && !host.supportsAsync()) {
            return NEEDS_ASYNC;
        }
        if (current == null) {
            return currentMissing;
        }
        return null;
    }

    private List<Val> invoke(WastDirective.Invoke inv) {
        WastHost.Instance target = inv.instance() == null ? current : instances.get(inv.instance());
        if (target == null) {
            throw new IllegalStateException("unknown instance $" + inv.instance());
        }
        return target.invoke(inv.name(), inv.args());
    }

    /**
     * Compiles a module form and, for a component, checks that its binary decodes back to the same
     * model and that it validates.
     */
    static ComponentWat.Compiled check(SList form) {
        ComponentWat.Compiled c = ComponentWat.compile(form);
        if (!c.component()) {
            return c;
        }
        if (!isBinaryForm(form)) {
            ComponentModel back = ComponentDecoder.decode(c.bytes());
            if (!back.equals(c.model())) {
                throw new IllegalStateException(
                        "decoding the encoded component does not give back the parsed model");
            }
        }
        Validator.validate(c.model());
        return c;
    }

    /** {@code (component $id? binary ...)}. */
    static boolean isBinaryForm(SList form) {
        return (form.size() > 1 && form.get(1).isKeyword("binary"))
                || (form.size() > 2 && form.get(2).isKeyword("binary"));
    }

    private DirectiveResult define(WastDirective.Define def) {
        ComponentWat.Compiled c;
        try {
            c = check(def.form());
        } catch (RuntimeException e) {
            if (!def.definition()) {
                current = null;
                currentMissing = "the last module failed to compile";
            }
            return fail(def, describe(e));
        }
        if (def.definition()) {
            if (def.id() != null) {
                definitions.put(def.id(), c);
            }
            return pass(def, null);
        }
        return instantiate(def, def.id(), c);
    }

    private DirectiveResult instantiate(WastDirective d, String id, ComponentWat.Compiled c) {
        current = null;
        currentAsync = asyncScript || (c.component() && usesAsync(c.model()));
        String skip = runtimeSkipForNew();
        if (skip != null) {
            currentMissing = skip;
            return skip(d, skip);
        }
        try {
            WastHost.Instance i = host.instantiate(c);
            current = i;
            if (id != null) {
                instances.put(id, i);
                if (c.component()) {
                    // as Wasmtime's runner does: later components may import it by its name
                    host.register(id.startsWith("$") ? id.substring(1) : id, i);
                }
            }
            return pass(d, null);
        } catch (RuntimeException e) {
            UnsupportedFeatureException u = unsupported(e);
            currentMissing =
                    u != null
                            ? NEEDS_ASYNC + ": " + u.getMessage()
                            : "the last instantiation failed";
            return failOrSkip(d, e, "instantiation failed: " + describe(e));
        }
    }

    private String runtimeSkipForNew() {
        if (host == null) {
            return currentAsync ? NEEDS_ASYNC : NEEDS_RUNTIME;
        }
        if (asyncScript && !host.supportsAsync()) {
            return NEEDS_ASYNC;
        }
        return null;
    }

    /**
     * A host runs async-looking components as far as it can: a feature it does not support surfaces
     * as {@link UnsupportedFeatureException}, and the directive is skipped, not failed.
     */
    private static UnsupportedFeatureException unsupported(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedFeatureException u) {
                return u;
            }
        }
        return null;
    }

    private DirectiveResult failOrSkip(WastDirective d, RuntimeException e, String reason) {
        UnsupportedFeatureException u = unsupported(e);
        if (u != null) {
            return skip(d, NEEDS_ASYNC + ": " + u.getMessage());
        }
        return fail(d, reason);
    }

    private DirectiveResult assertTrap(WastDirective.AssertTrap at) {
        if (at.invoke() != null) {
            String skip = runtimeSkip();
            if (skip != null) {
                return skip(at, skip);
            }
            try {
                List<Val> got = invoke(at.invoke());
                return fail(at, "expected trap \"" + at.message() + "\", got " + got);
            } catch (RuntimeException e) {
                return trapped(at, e, at.message());
            }
        }
        ComponentWat.Compiled c;
        try {
            c = check(at.module());
        } catch (RuntimeException e) {
            return fail(at, describe(e));
        }
        boolean async = asyncScript || (c.component() && usesAsync(c.model()));
        if (host == null) {
            return skip(at, async ? NEEDS_ASYNC : NEEDS_RUNTIME);
        }
        if (asyncScript && !host.supportsAsync()) {
            return skip(at, NEEDS_ASYNC);
        }
        try {
            host.instantiate(c);
            return fail(at, "expected trap \"" + at.message() + "\", instantiation succeeded");
        } catch (RuntimeException e) {
            return trapped(at, e, at.message());
        }
    }

    private DirectiveResult trapped(WastDirective d, RuntimeException e, String expected) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains(expected)) {
            return pass(d, null);
        }
        return failOrSkip(d, e, "expected trap \"" + expected + "\", trapped with: " + msg);
    }

    private DirectiveResult assertMalformed(WastDirective.AssertModule am) {
        try {
            check(am.module());
        } catch (WatException | MalformedComponentException e) {
            return pass(am, messageNote(am.message(), e));
        } catch (InvalidComponentException e) {
            return fail(am, "invalid instead of malformed: " + e.getMessage());
        } catch (RuntimeException e) {
            return fail(am, describe(e));
        }
        return fail(
                am, "expected malformed (\"" + am.message() + "\") but it parsed and validated");
    }

    private DirectiveResult assertInvalid(WastDirective.AssertModule am) {
        ComponentWat.Compiled c;
        try {
            c = ComponentWat.compile(am.module());
        } catch (MalformedComponentException e) {
            // a binary that does not decode: the reference validates while decoding, so its
            // assert_invalid expectations include decoding errors
            if (!am.message().isEmpty() && String.valueOf(e.getMessage()).contains(am.message())) {
                return pass(am, null);
            }
            return fail(am, "expected invalid (\"" + am.message() + "\") but malformed: " + e);
        } catch (WatException e) {
            return fail(am, "expected invalid (\"" + am.message() + "\") but malformed: " + e);
        } catch (InvalidComponentException e) {
            return pass(am, messageNote(am.message(), e));
        }
        if (!c.component()) {
            return skip(am, "core module validation is not part of this runner");
        }
        try {
            if (!isBinaryForm(am.module())) {
                // an engine gets the binary: decoding checks the embedded core modules
                ComponentDecoder.decode(c.bytes());
            }
            Validator.validate(c.model());
        } catch (InvalidComponentException e) {
            return pass(am, messageNote(am.message(), e));
        } catch (MalformedComponentException e) {
            return fail(am, "the encoded text does not decode: " + e.getMessage());
        }
        return fail(am, "expected invalid (\"" + am.message() + "\") but it validated");
    }

    private DirectiveResult assertUnlinkable(WastDirective.AssertModule am) {
        ComponentWat.Compiled c;
        try {
            c = check(am.module());
        } catch (RuntimeException e) {
            return fail(am, describe(e));
        }
        boolean async = asyncScript || (c.component() && usesAsync(c.model()));
        if (host == null) {
            return skip(am, async ? NEEDS_ASYNC : NEEDS_RUNTIME);
        }
        if (asyncScript && !host.supportsAsync()) {
            return skip(am, NEEDS_ASYNC);
        }
        try {
            host.instantiate(c);
            return fail(am, "expected unlinkable (\"" + am.message() + "\") but it linked");
        } catch (UnlinkableException e) {
            return pass(am, messageNote(am.message(), e));
        } catch (RuntimeException e) {
            return fail(am, "expected unlinkable, got " + describe(e));
        }
    }

    /** Null when {@code e}'s message contains the expected text, else a note saying how. */
    private static String messageNote(String expected, Exception e) {
        String msg = String.valueOf(e.getMessage());
        if (expected.isEmpty() || msg.contains(expected)) {
            return null;
        }
        return "message differs: expected \"" + expected + "\", got \"" + msg + "\"";
    }

    private static String describe(RuntimeException e) {
        if (e instanceof WatException) {
            return "malformed text: " + e.getMessage();
        }
        if (e instanceof MalformedComponentException) {
            return "malformed binary: " + e.getMessage();
        }
        if (e instanceof InvalidComponentException) {
            return "invalid: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Whether a component uses the async ABI: async types, options or built-ins. */
    static boolean usesAsync(ComponentModel m) {
        for (Section s : m.sections()) {
            if (s instanceof Section.ComponentSection c && usesAsync(c.component())) {
                return true;
            }
            if (s instanceof Section.TypeSection ts) {
                for (DefType t : ts.types()) {
                    if (asyncType(t)) {
                        return true;
                    }
                }
            }
            if (s instanceof Section.CanonSection cs) {
                for (Canon c : cs.canons()) {
                    if (asyncCanon(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean asyncCanon(Canon c) {
        List<CanonOpt> opts;
        if (c instanceof Canon.Lift l) {
            opts = l.opts();
        } else if (c instanceof Canon.Lower l) {
            opts = l.opts();
        } else {
            return !(c instanceof Canon.ResourceNew
                    || c instanceof Canon.ResourceDrop
                    || c instanceof Canon.ResourceRep);
        }
        for (CanonOpt o : opts) {
            if (o instanceof CanonOpt.Async || o instanceof CanonOpt.Callback) {
                return true;
            }
        }
        return false;
    }

    private static boolean asyncType(DefType t) {
        if (t instanceof FuncType f) {
            return f.async();
        }
        if (t == PrimValType.ERROR_CONTEXT) {
            return true;
        }
        if (t instanceof DefValType.Stream || t instanceof DefValType.Future) {
            return true;
        }
        List<? extends ComponentDecl> decls;
        if (t instanceof ComponentType ct) {
            decls = ct.decls();
        } else if (t instanceof InstanceType it) {
            decls = it.decls();
        } else {
            return false;
        }
        for (ComponentDecl d : decls) {
            if (d instanceof InstanceDecl.TypeDecl td && asyncType(td.type())) {
                return true;
            }
        }
        return false;
    }

    /** Command line: runs the given scripts and prints each non-passing result and the totals. */
    public static void main(String[] args) throws IOException {
        WastRunner runner = new WastRunner(null);
        List<DirectiveResult> all = new ArrayList<>();
        for (String a : args) {
            all.addAll(runner.run(Path.of(a), a));
        }
        for (DirectiveResult r : all) {
            if (r.outcome() != Outcome.PASSED) {
                System.out.println(r);
            }
        }
        System.out.println(new WastReport(all).summary());
    }
}
