package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.types.CoreFuncType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonRulesTest {
    private static final Sig F_I32_I32 = sig("f", new int[] {I32}, new int[] {I32});

    @Test
    void liftMatchingSignature() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                coreFuncs(false, F_I32_I32),
                                types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                                canons(lift(0, 0)),
                                exports(exp("f", Sort.FUNC, 0))));
        assertEquals(
                "func(x: u32) -> u32",
                info.type()
                        .exports()
                        .get("f")
                        .toString()
                        .replace("ComponentFunc[type=", "")
                        .replace("]", ""));
    }

    @Test
    void liftSignatureMismatch() {
        invalid(
                comp(
                        coreFuncs(false, sig("f", new int[] {}, new int[] {I32})),
                        types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                        canons(lift(0, 0))),
                "lowered parameter types `[I32]` do not match parameter types `[]`");
        invalid(
                comp(
                        coreFuncs(false, sig("f", new int[] {I32}, new int[] {})),
                        types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                        canons(lift(0, 0))),
                "lowered result types `[I32]` do not match result types `[]`");
    }

    @Test
    void liftOfNonFunctionType() {
        invalid(
                comp(coreFuncs(false, F_I32_I32), types(PrimValType.U8), canons(lift(0, 0))),
                "type index 0 is not a function type");
    }

    @Test
    void stringParamNeedsMemoryAndRealloc() {
        var fns =
                coreFuncs(
                        true,
                        sig("f", new int[] {I32, I32}, new int[] {}),
                        sig("realloc", new int[] {I32, I32, I32, I32}, new int[] {I32}));
        FuncType ft = func(List.of(field("s", PrimValType.STRING)), null);
        invalid(comp(fns, types(ft), canons(lift(0, 0))), "canonical option `memory` is required");
        invalid(
                comp(fns, types(ft), canons(lift(0, 0, new CanonOpt.Memory(0)))),
                "canonical option `realloc` is required");
        valid(
                comp(
                        fns,
                        types(ft),
                        canons(lift(0, 0, new CanonOpt.Memory(0), new CanonOpt.Realloc(1)))));
    }

    @Test
    void reallocSignature() {
        var fns =
                coreFuncs(
                        true,
                        sig("f", new int[] {I32, I32}, new int[] {}),
                        sig("realloc", new int[] {I32}, new int[] {I32}));
        FuncType ft = func(List.of(field("s", PrimValType.STRING)), null);
        invalid(
                comp(
                        fns,
                        types(ft),
                        canons(lift(0, 0, new CanonOpt.Memory(0), new CanonOpt.Realloc(1)))),
                "canonical option `realloc` uses a core function with an incorrect signature");
        invalid(
                comp(fns, types(ft), canons(lift(0, 0, new CanonOpt.Realloc(1)))),
                "canonical option `realloc` requires `memory` to also be specified");
    }

    @Test
    void stringEncodingAtMostOnce() {
        invalid(
                comp(
                        coreFuncs(false, F_I32_I32),
                        types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                        canons(lift(0, 0, CanonOpt.UTF8, CanonOpt.LATIN1_UTF16))),
                "canonical encoding option `utf8` conflicts with option `latin1-utf16`");
    }

    @Test
    void postReturnOnlyOnLiftWithMatchingType() {
        var fns =
                coreFuncs(
                        false,
                        F_I32_I32,
                        sig("post", new int[] {I32}, new int[] {}),
                        sig("bad", new int[] {}, new int[] {}));
        FuncType ft = func(List.of(field("x", PrimValType.U32)), PrimValType.U32);
        valid(comp(fns, types(ft), canons(lift(0, 0, new CanonOpt.PostReturn(1)))));
        invalid(
                comp(fns, types(ft), canons(lift(0, 0, new CanonOpt.PostReturn(2)))),
                "canonical option `post-return` uses a core function with an incorrect signature");
        invalid(
                comp(
                        fns,
                        types(ft),
                        canons(
                                lift(0, 0),
                                new Canon.Lower(0, List.of(new CanonOpt.PostReturn(1))))),
                "canonical option `post-return` cannot be specified for lowerings");
    }

    @Test
    void lowerComputesFlattenedCoreType() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(
                                        func(
                                                List.of(
                                                        field("a", PrimValType.U64),
                                                        field("b", PrimValType.F32)),
                                                PrimValType.BOOL)),
                                imports(imp("f", new ExternType.Func(0))),
                                canons(new Canon.Lower(0, List.of()))));
        assertEquals(
                new CoreFuncType(List.of(Num.I64, Num.F32), List.of(Num.I32)),
                info.coreFuncs().get(0));
    }

    @Test
    void lowerOfListResultNeedsRealloc() {
        var fns = coreFuncs(true, sig("realloc", new int[] {I32, I32, I32, I32}, new int[] {I32}));
        var t = types(new DefValType.ListType(PrimValType.U8), func(List.of(), t(0)));
        invalid(
                comp(
                        fns,
                        t,
                        imports(imp("f", new ExternType.Func(1))),
                        canons(new Canon.Lower(0, List.of()))),
                "canonical option `memory` is required");
        invalid(
                comp(
                        fns,
                        t,
                        imports(imp("f", new ExternType.Func(1))),
                        canons(new Canon.Lower(0, List.of(new CanonOpt.Memory(0))))),
                "canonical option `realloc` is required");
        ComponentTypeInfo info =
                valid(
                        comp(
                                fns,
                                t,
                                imports(imp("f", new ExternType.Func(1))),
                                canons(
                                        new Canon.Lower(
                                                0,
                                                List.of(
                                                        new CanonOpt.Memory(0),
                                                        new CanonOpt.Realloc(0))))));
        // the list result is returned through a pointer parameter
        assertEquals(new CoreFuncType(List.of(Num.I32), List.of()), info.coreFuncs().get(1));
    }

    @Test
    void asyncNeedsAsyncFuncType() {
        invalid(
                comp(
                        coreFuncs(false, F_I32_I32),
                        types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                        canons(lift(0, 0, CanonOpt.ASYNC))),
                "the `async` canonical option requires an async function type");
        invalid(
                comp(
                        coreFuncs(false, F_I32_I32),
                        types(func(List.of(field("x", PrimValType.U32)), PrimValType.U32)),
                        canons(lift(0, 0, new CanonOpt.Callback(0)))),
                "cannot specify callback without async");
    }

    @Test
    void asyncLiftWithCallback() {
        var fns =
                coreFuncs(
                        false,
                        sig("f", new int[] {I32}, new int[] {I32}),
                        sig("cb", new int[] {I32, I32, I32}, new int[] {I32}));
        FuncType ft = new FuncType(true, List.of(field("x", PrimValType.U32)), Optional.empty());
        valid(comp(fns, types(ft), canons(lift(0, 0, CanonOpt.ASYNC, new CanonOpt.Callback(1)))));
    }

    @Test
    void resourceBuiltins() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(resource()),
                                canons(
                                        new Canon.ResourceNew(0),
                                        new Canon.ResourceRep(0),
                                        new Canon.ResourceDrop(0))));
        assertEquals(new CoreFuncType(List.of(Num.I32), List.of(Num.I32)), info.coreFuncs().get(0));
        assertEquals(new CoreFuncType(List.of(Num.I32), List.of()), info.coreFuncs().get(2));
        // drop of an imported resource is fine, new/rep are not
        valid(comp(imports(imp("r", subResource())), canons(new Canon.ResourceDrop(0))));
        invalid(
                comp(imports(imp("r", subResource())), canons(new Canon.ResourceNew(0))),
                "not a local resource");
        invalid(
                comp(imports(imp("r", subResource())), canons(new Canon.ResourceRep(0))),
                "not a local resource");
        invalid(
                comp(types(PrimValType.U8), canons(new Canon.ResourceDrop(0))),
                "not a resource type");
    }

    @Test
    void coreFunctionIndexBounds() {
        invalid(comp(types(func()), canons(lift(3, 0))), "function index out of bounds");
        invalid(comp(canons(new Canon.Lower(0, List.of()))), "function index out of bounds");
    }

    @Test
    void manyParamsSpillToMemory() {
        List<dev.dovetail.format.model.LabeledValType> ps = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            ps.add(field("p" + i, PrimValType.U32));
        }
        var fns =
                coreFuncs(
                        true,
                        sig("f", new int[] {I32}, new int[] {}),
                        sig("realloc", new int[] {I32, I32, I32, I32}, new int[] {I32}));
        invalid(
                comp(fns, types(func(ps, null)), canons(lift(0, 0))),
                "canonical option `memory` is required");
        valid(
                comp(
                        fns,
                        types(func(ps, null)),
                        canons(lift(0, 0, new CanonOpt.Memory(0), new CanonOpt.Realloc(1)))));
    }
}
