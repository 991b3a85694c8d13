package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.types.ComponentItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingRulesTest {
    private static ComponentDecl.Import cimp(String name, ExternType t) {
        return new ComponentDecl.Import(ExternName.plain(name), t);
    }

    private static InstanceDecl.Export iexp(String name, ExternType t) {
        return new InstanceDecl.Export(ExternName.plain(name), t);
    }

    private static InstanceDecl.TypeDecl tdecl(dev.dovetail.format.model.DefType t) {
        return new InstanceDecl.TypeDecl(t);
    }

    @Test
    void instantiateChecksArguments() {
        // (component $c (import "f" (func (param "x" u32))))
        var inner =
                comp(
                        types(func(List.of(field("x", PrimValType.U32)), null)),
                        imports(imp("f", new ExternType.Func(0))));
        var good = types(func(List.of(field("x", PrimValType.U32)), null));
        var bad = types(func(List.of(field("y", PrimValType.U32)), null));
        valid(
                comp(
                        nested(inner),
                        good,
                        imports(imp("f", new ExternType.Func(0))),
                        instantiate(0, with("f", Sort.FUNC, 0))));
        invalid(
                comp(
                        nested(inner),
                        good,
                        imports(imp("f", new ExternType.Func(0))),
                        instantiate(0)),
                "missing import named `f`");
        invalid(
                comp(
                        nested(inner),
                        bad,
                        imports(imp("f", new ExternType.Func(0))),
                        instantiate(0, with("f", Sort.FUNC, 0))),
                "expected parameter named `x`, found `y`");
        invalid(
                comp(
                        nested(inner),
                        good,
                        imports(imp("f", new ExternType.Func(0))),
                        instantiate(0, with("f", Sort.FUNC, 0), with("F", Sort.FUNC, 0))),
                "instantiation argument `F` conflicts with previous argument `f`");
        invalid(
                comp(nested(inner), types(PrimValType.U8), instantiate(0, with("f", Sort.TYPE, 0))),
                "expected func, found type");
    }

    @Test
    void instanceWidthSubtyping() {
        // expects an instance exporting "a"; receives one exporting "a" and "b"
        var want =
                types(
                        func(),
                        new InstanceType(
                                List.of(tdecl(func()), iexp("a", new ExternType.Func(0)))));
        var inner = comp(want, imports(imp("i", new ExternType.Instance(1))));
        var have =
                types(
                        func(),
                        new InstanceType(
                                List.of(
                                        tdecl(func()),
                                        iexp("a", new ExternType.Func(0)),
                                        iexp("b", new ExternType.Func(0)))));
        valid(
                comp(
                        nested(inner),
                        have,
                        imports(imp("i", new ExternType.Instance(1))),
                        instantiate(0, with("i", Sort.INSTANCE, 0))));
        var none =
                types(
                        func(),
                        new InstanceType(
                                List.of(tdecl(func()), iexp("b", new ExternType.Func(0)))));
        invalid(
                comp(
                        nested(inner),
                        none,
                        imports(imp("i", new ExternType.Instance(1))),
                        instantiate(0, with("i", Sort.INSTANCE, 0))),
                "missing expected export `a`");
    }

    @Test
    void resourceSubstitutionOnInstantiation() {
        // Explainer example: C1 exports foo(own T), C2 imports foo(own T); both instantiated with
        // $R
        var c1 =
                new ComponentType(
                        List.of(
                                cimp("T", subResource()),
                                tdecl(new DefValType.Own(0)),
                                tdecl(func(List.of(field("x", t(1))), null)),
                                iexp("foo", new ExternType.Func(2))));
        var c2 =
                new ComponentType(
                        List.of(
                                cimp("T", subResource()),
                                tdecl(new DefValType.Own(0)),
                                tdecl(func(List.of(field("x", t(1))), null)),
                                cimp("foo", new ExternType.Func(2))));
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(c1, c2),
                                imports(
                                        imp("c1", new ExternType.Component(0)),
                                        imp("c2", new ExternType.Component(1))),
                                types(resource()),
                                instantiate(0, with("T", Sort.TYPE, 2)),
                                aliases(export(Sort.FUNC, 0, "foo")),
                                instantiate(
                                        1, with("T", Sort.TYPE, 2), with("foo", Sort.FUNC, 0))));
        ResourceType r = ((ComponentItem.Resource) info.types().get(2)).resource();
        var foo = ((ComponentItem.ComponentFunc) info.funcs().get(0)).type();
        assertSame(r, ((OwnType) foo.params().get(0).type()).resource());
        // a different resource does not fit once T is bound
        invalid(
                comp(
                        types(c1, c2),
                        imports(
                                imp("c1", new ExternType.Component(0)),
                                imp("c2", new ExternType.Component(1))),
                        types(resource(), resource()),
                        instantiate(0, with("T", Sort.TYPE, 2)),
                        aliases(export(Sort.FUNC, 0, "foo")),
                        instantiate(1, with("T", Sort.TYPE, 3), with("foo", Sort.FUNC, 0))),
                "resource types are not the same");
    }

    @Test
    void exportedResourcesAreFreshPerInstance() {
        // (component $C (type $r (resource (rep i32))) (export "r" (type $r)))
        var inner = comp(types(resource()), exports(exp("r", Sort.TYPE, 0)));
        ComponentTypeInfo info =
                valid(
                        comp(
                                nested(inner),
                                instantiate(0),
                                instantiate(0),
                                aliases(export(Sort.TYPE, 0, "r"), export(Sort.TYPE, 1, "r"))));
        ResourceType a = ((ComponentItem.Resource) info.types().get(0)).resource();
        ResourceType b = ((ComponentItem.Resource) info.types().get(1)).resource();
        assertNotSame(a, b);
        assertTrue(info.localResources().isEmpty());
        assertEquals(1, info.nestedComponents().get(0).localResources().size());
    }

    @Test
    void coreInstantiation() {
        // module importing "m" "f" (func (param i32) (result i32)) provided by another module's
        // export
        byte[] provider = coreModule(false, sig("f", new int[] {I32}, new int[] {I32}));
        byte[] wrong = coreModule(false, sig("f", new int[] {}, new int[] {}));
        byte[] consumer = consumerModule();
        valid(
                comp(
                        module(provider),
                        module(consumer),
                        coreInstantiate(0),
                        coreInstantiate(1, new CoreInstance.Arg("m", 0))));
        invalid(
                comp(
                        module(wrong),
                        module(consumer),
                        coreInstantiate(0),
                        coreInstantiate(1, new CoreInstance.Arg("m", 0))),
                "type mismatch");
        invalid(
                comp(module(provider), module(consumer), coreInstantiate(0), coreInstantiate(1)),
                "missing module instantiation argument named `m`");
        invalid(comp(module(consumer), coreInstantiate(3)), "module index out of bounds");
    }

    /** (module (import "m" "f" (func (param i32) (result i32)))) */
    private static byte[] consumerModule() {
        return new byte[] {
            0, 'a', 's', 'm', 1, 0, 0, 0, 1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f, 2, 7, 1, 1, 'm', 1, 'f',
            0, 0
        };
    }

    @Test
    void aliasRules() {
        invalid(
                comp(
                        new Section.InstanceSection(
                                List.of(
                                        new dev.dovetail.format.model.Instance.FromExports(
                                                List.of()))),
                        aliases(export(Sort.TYPE, 0, "t"))),
                "instance 0 has no export named `t`");
        invalid(
                comp(types(PrimValType.U8), aliases(outer(Sort.TYPE, 1, 0))),
                "invalid outer alias count of 1");
        invalid(
                comp(
                        coreFuncs(false, sig("f", new int[] {}, new int[] {})),
                        aliases(coreExport(Sort.CORE_TAG, 0, "f"))),
                "export `f` for core instance 0 is not a tag");
        // outer aliases of plain types are fine, of resources across a component boundary not
        valid(comp(types(PrimValType.U8), nested(comp(aliases(outer(Sort.TYPE, 1, 0))))));
        invalid(
                comp(types(resource()), nested(comp(aliases(outer(Sort.TYPE, 1, 0))))),
                "transitively refers to resources");
        invalid(
                comp(
                        types(resource(), new DefValType.Own(0)),
                        nested(comp(aliases(outer(Sort.TYPE, 1, 1))))),
                "transitively refers to resources");
        // ... but within a type definition they are allowed
        valid(
                comp(
                        types(
                                resource(),
                                new ComponentType(
                                        List.of(
                                                new InstanceDecl.AliasDecl(
                                                        outer(Sort.TYPE, 1, 0)))))));
    }

    @Test
    void externalVisibility() {
        // record type used by an exported function must be exported itself
        var fns = coreFuncs(false, sig("f", new int[] {}, new int[] {I32}));
        var rec = types(record(field("x", PrimValType.U32)), func(List.of(), t(0)));
        invalid(
                comp(fns, rec, canons(lift(0, 1)), exports(exp("f", Sort.FUNC, 0))),
                "func not valid to be used as export");
        invalid(
                comp(
                        fns,
                        rec,
                        canons(lift(0, 1)),
                        exports(exp("rec", Sort.TYPE, 0), exp("f", Sort.FUNC, 0))),
                "func not valid to be used as export");
        // exported as type 2, then ascribe a function type using it
        ComponentTypeInfo info =
                valid(
                        comp(
                                fns,
                                rec,
                                canons(lift(0, 1)),
                                exports(exp("rec", Sort.TYPE, 0)),
                                types(func(List.of(), t(2))),
                                exports(exp("f", Sort.FUNC, 0, new ExternType.Func(3)))));
        assertEquals(List.of("rec", "f"), List.copyOf(info.type().exports().keySet()));
        // imports cannot refer to local resources
        invalid(
                comp(
                        types(resource(), new DefValType.Own(0), func(List.of(), t(1))),
                        imports(imp("f", new ExternType.Func(2)))),
                "func not valid to be used as import");
    }
}
