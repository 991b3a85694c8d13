package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeModelTest {
    @Test
    void interfaceImportWithResource() {
        // (import "wasi:http/handler" (instance (export "request" (type (sub resource)))
        //                                          (export "handle" (func (param "r" (borrow
        // 0))))))
        var it =
                new InstanceType(
                        List.of(
                                new InstanceDecl.Export(ExternName.plain("request"), subResource()),
                                new InstanceDecl.TypeDecl(new DefValType.Borrow(0)),
                                new InstanceDecl.TypeDecl(func(List.of(field("r", t(1))), null)),
                                new InstanceDecl.Export(
                                        ExternName.plain("handle"), new ExternType.Func(2))));
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(it),
                                imports(imp("wasi:http/handler", new ExternType.Instance(0)))));
        var inst =
                assertInstanceOf(
                        ComponentItem.ComponentInstance.class,
                        info.type().imports().get("wasi:http/handler"));
        var req =
                assertInstanceOf(
                        ComponentItem.Resource.class, inst.type().exports().get("request"));
        var handle =
                assertInstanceOf(
                        ComponentItem.ComponentFunc.class, inst.type().exports().get("handle"));
        assertSame(req.resource(), ((BorrowType) handle.type().params().get(0).type()).resource());
        assertEquals("request", req.resource().name());
        assertTrue(info.importedResources().contains(req.resource()));
        String wit = info.type().toString();
        assertTrue(wit.contains("import wasi:http/handler: interface {"), wit);
        assertTrue(wit.contains("export handle: func(r: borrow<request>);"), wit);
    }

    @Test
    void importingAnInstanceTypeTwiceGivesDistinctResources() {
        var it =
                new InstanceType(
                        List.of(new InstanceDecl.Export(ExternName.plain("r"), subResource())));
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(it),
                                imports(
                                        imp("a", new ExternType.Instance(0)),
                                        imp("b", new ExternType.Instance(0)))));
        var a = (ComponentItem.ComponentInstance) info.type().imports().get("a");
        var b = (ComponentItem.ComponentInstance) info.type().imports().get("b");
        org.junit.jupiter.api.Assertions.assertNotSame(
                ((ComponentItem.Resource) a.type().exports().get("r")).resource(),
                ((ComponentItem.Resource) b.type().exports().get("r")).resource());
        assertEquals(2, info.importedResources().size());
    }

    @Test
    void exportingOneResourceTwiceIsOneType() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(resource()),
                                exports(exp("r1", Sort.TYPE, 0), exp("r2", Sort.TYPE, 0))));
        var r1 = (ComponentItem.Resource) info.type().exports().get("r1");
        var r2 = (ComponentItem.Resource) info.type().exports().get("r2");
        assertSame(r1.resource(), r2.resource());
        assertEquals(1, info.localResources().size());
        assertTrue(info.localResources().contains(r1.resource()));
        assertEquals(
                List.of(
                        new ComponentItem.Resource(r1.resource()),
                        new ComponentItem.Resource(r1.resource()),
                        new ComponentItem.Resource(r1.resource())),
                info.types());
    }

    @Test
    void eqBoundTypeImport() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(new DefValType.ListType(PrimValType.U8)),
                                imports(imp("bytes", eq(0)))));
        var t = assertInstanceOf(ComponentItem.Type.class, info.type().imports().get("bytes"));
        assertEquals(dev.dovetail.abi.type.ListType.of(PrimType.U8), t.type());
        assertEquals("world {\n  import type bytes = list<u8>;\n}", info.type().toString());
    }

    @Test
    void coreIndexSpaces() {
        ComponentTypeInfo info =
                valid(comp(coreFuncs(true, sig("f", new int[] {I32}, new int[] {I64}))));
        assertEquals(
                List.of(new CoreFuncType(List.of(Num.I32), List.of(Num.I64))), info.coreFuncs());
        assertEquals(1, info.coreMemories().size());
        assertEquals(1, info.coreModules().size());
        var exports = info.coreInstances().get(0).exports();
        assertInstanceOf(CoreExtern.Func.class, exports.get("f"));
        assertInstanceOf(CoreExtern.Memory.class, exports.get("memory"));
        assertEquals("(func (param i32) (result i64))", info.coreFuncs().get(0).toString());
    }

    @Test
    void moduleImportAndExport() {
        var mt =
                new dev.dovetail.format.model.CoreType.ModuleType(
                        List.of(
                                new dev.dovetail.format.model.ModuleDecl.Type(
                                        dev.dovetail.format.model.CoreType.RecGroup.of(
                                                new dev.dovetail.format.model.CoreCompType.Func(
                                                        List.of(), List.of()))),
                                new dev.dovetail.format.model.ModuleDecl.Import(
                                        new dev.dovetail.format.model.CoreImport(
                                                "a",
                                                "b",
                                                new dev.dovetail.format.model.CoreExternType.Func(
                                                        0)))));
        ComponentTypeInfo info =
                valid(
                        comp(
                                new dev.dovetail.format.model.Section.CoreTypeSection(List.of(mt)),
                                imports(imp("m", new ExternType.CoreModule(0))),
                                exports(exp("m2", Sort.CORE_MODULE, 0))));
        var m = assertInstanceOf(ComponentItem.Module.class, info.type().exports().get("m2"));
        assertEquals("a", m.type().imports().get(0).module());
        invalid(
                comp(types(func()), imports(imp("m", new ExternType.CoreModule(0)))),
                "core type index out of bounds");
    }
}
