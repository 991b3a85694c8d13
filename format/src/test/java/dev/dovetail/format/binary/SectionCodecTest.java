package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreImport;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.model.ModuleDecl;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.ResourceType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * One test per section kind: a model is encoded to the bytes worked out by hand from Binary.md, and
 * those bytes decode back to the model.
 */
class SectionCodecTest {
    /** Asserts {@code section} encodes to {@code hex} (after the preamble) and decodes back. */
    private static void assertCodec(Section section, String hex) {
        ComponentModel m = ComponentModel.of(section);
        byte[] expected = Hex.component(hex);
        assertEquals(Hex.hex(expected), Hex.hex(ComponentEncoder.encode(m)));
        assertEquals(m, ComponentDecoder.decode(expected));
    }

    @Test
    void emptyComponentIsThePreamble() {
        assertArrayEquals(Hex.component(), ComponentEncoder.encode(ComponentModel.of()));
        assertEquals(ComponentModel.of(), ComponentDecoder.decode(Hex.component()));
    }

    @Test
    void custom() {
        assertCodec(new Section.CustomSection("hi", new byte[] {1, 2}), "00 05 02 68 69 01 02");
        assertCodec(new Section.CustomSection("", new byte[0]), "00 01 00");
    }

    @Test
    void coreModuleKeepsBytesAndOffset() {
        byte[] module = Hex.bytes(Hex.CORE_MODULE_F);
        assertCodec(new Section.CoreModuleSection(module), "01 1f " + Hex.CORE_MODULE_F);
        Section.CoreModuleSection decoded =
                (Section.CoreModuleSection)
                        ComponentDecoder.decode(
                                        Hex.component("00 01 00", "01 1f " + Hex.CORE_MODULE_F))
                                .sections()
                                .get(1);
        assertEquals(13, decoded.offset());
        assertArrayEquals(module, decoded.bytes());
    }

    @Test
    void coreInstance() {
        assertCodec(
                new Section.CoreInstanceSection(
                        List.of(
                                new CoreInstance.Instantiate(
                                        1, List.of(new CoreInstance.Arg("i", 0))),
                                new CoreInstance.FromExports(
                                        List.of(
                                                new CoreInstance.Export(
                                                        "m", new CoreSortIdx(CoreSort.MEMORY, 2)),
                                                new CoreInstance.Export(
                                                        "t", new CoreSortIdx(CoreSort.TYPE, 3)))))),
                "02 12 02  00 01 01 01 69 12 00  01 02 01 6d 02 02 01 74 10 03");
    }

    @Test
    void coreTypes() {
        CoreCompType unit = new CoreCompType.Func(List.of(), List.of());
        assertCodec(
                new Section.CoreTypeSection(
                        List.of(
                                CoreType.RecGroup.of(
                                        new CoreCompType.Func(
                                                List.of(CoreValType.Num.I32),
                                                List.of(CoreValType.Num.F64))),
                                // a bare non-final sub type takes the 0x00 prefix at this level
                                new CoreType.RecGroup(
                                        List.of(new CoreSubType(false, List.of(), unit))),
                                new CoreType.RecGroup(List.of()),
                                new CoreType.ModuleType(
                                        List.of(
                                                // ...but not inside a module type
                                                new ModuleDecl.Type(
                                                        new CoreType.RecGroup(
                                                                List.of(
                                                                        new CoreSubType(
                                                                                false,
                                                                                List.of(0L),
                                                                                unit)))),
                                                new ModuleDecl.Import(
                                                        new CoreImport(
                                                                "a",
                                                                "b",
                                                                new CoreExternType.Memory(
                                                                        new Limits(
                                                                                1,
                                                                                OptionalLong.of(2),
                                                                                false,
                                                                                false)))),
                                                new ModuleDecl.OuterAlias(1, 0),
                                                new ModuleDecl.Export(
                                                        "g",
                                                        new CoreExternType.Global(
                                                                new CoreValType.Ref(
                                                                        false,
                                                                        new CoreHeapType.Concrete(
                                                                                0)),
                                                                true)))))),
                "03 2c 04  60 01 7f 01 7c  00 50 00 60 00 00  4e 00"
                        + "  50 04 01 50 01 00 60 00 00"
                        + "  00 01 61 01 62 02 01 01 02"
                        + "  02 10 01 01 00"
                        + "  03 01 67 03 64 00 01");
    }

    @Test
    void coreRefTypeShorthands() {
        assertCodec(
                new Section.CanonSection(
                        List.of(
                                new Canon.ContextGet(
                                        new CoreValType.Ref(true, CoreHeapType.Abstract.FUNC), 0),
                                new Canon.ContextSet(
                                        new CoreValType.Ref(false, CoreHeapType.Abstract.EXTERN),
                                        1))),
                "08 08 02 0a 70 00 0b 64 6f 01");
    }

    @Test
    void nestedComponent() {
        assertCodec(
                new Section.ComponentSection(
                        ComponentModel.of(new Section.TypeSection(List.of(PrimValType.STRING)))),
                "04 0c " + Hex.PREAMBLE + " 07 02 01 73");
    }

    @Test
    void instance() {
        assertCodec(
                new Section.InstanceSection(
                        List.of(
                                new Instance.Instantiate(
                                        0,
                                        List.of(new Instance.Arg("x", new SortIdx(Sort.FUNC, 0)))),
                                new Instance.FromExports(
                                        List.of(
                                                new Instance.Export(
                                                        ExternName.plain("m"),
                                                        new SortIdx(Sort.CORE_MODULE, 1)))))),
                "05 10 02  00 00 01 01 78 01 00  01 01 00 01 6d 00 11 01");
    }

    @Test
    void alias() {
        assertCodec(
                new Section.AliasSection(
                        List.of(
                                new Alias(Sort.FUNC, new Alias.InstanceExport(2, "g")),
                                new Alias(Sort.CORE_MEMORY, new Alias.CoreInstanceExport(0, "mem")),
                                new Alias(Sort.CORE_TYPE, new Alias.Outer(1, 300)))),
                "06 14 03  01 00 02 01 67  00 02 01 00 03 6d 65 6d  00 10 02 01 ac 02");
    }

    @Test
    void valueTypes() {
        assertCodec(
                new Section.TypeSection(
                        List.of(
                                new DefValType.Record(
                                        List.of(new LabeledValType("a", PrimValType.BOOL))),
                                new DefValType.Variant(
                                        List.of(
                                                new DefValType.Case(
                                                        "x", Optional.of(PrimValType.S8)),
                                                new DefValType.Case("y", Optional.empty()))),
                                new DefValType.FixedListType(PrimValType.U8, 3),
                                new DefValType.Result(
                                        Optional.empty(), Optional.of(PrimValType.S64)),
                                new DefValType.Stream(Optional.empty()),
                                new DefValType.Future(Optional.of(PrimValType.STRING)),
                                new DefValType.MapType(PrimValType.STRING, PrimValType.U32),
                                new DefValType.Own(0),
                                new DefValType.Borrow(0),
                                new DefValType.Flags(List.of("f")),
                                new DefValType.Enum(List.of("e")),
                                new DefValType.Tuple(List.of(PrimValType.ERROR_CONTEXT)),
                                new DefValType.Option(PrimValType.CHAR))),
                "07 31 0d  72 01 01 61 7f  71 02 01 78 01 7e 00 01 79 00 00  67 7d 03"
                        + "  6a 00 01 78  66 00  65 01 73  63 73 79  69 00  68 00"
                        + "  6e 01 01 66  6d 01 01 65  6f 01 64  6b 74");
    }

    @Test
    void typeIndicesAreSigned() {
        // 64 and 0x73 as plain u32 LEBs would read as -64 and `string`
        assertCodec(
                new Section.TypeSection(
                        List.of(
                                new DefValType.ListType(ValType.index(64)),
                                new DefValType.ListType(ValType.index(0x73)),
                                new DefValType.ListType(ValType.index(0xFFFF_FFFFL)))),
                "07 0d 03  70 c0 00  70 f3 00  70 ff ff ff ff 0f");
    }

    @Test
    void funcResourceComponentAndInstanceTypes() {
        assertCodec(
                new Section.TypeSection(
                        List.of(
                                new FuncType(
                                        false,
                                        List.of(new LabeledValType("p", PrimValType.BOOL)),
                                        Optional.of(PrimValType.U32)),
                                new FuncType(true, List.of(), Optional.empty()),
                                new ResourceType(CoreValType.Num.I32, OptionalLong.of(1)),
                                new ComponentType(
                                        List.of(
                                                new ComponentDecl.Import(
                                                        ExternName.plain("a"),
                                                        new ExternType.Type(
                                                                new ExternType.SubResource())),
                                                new InstanceDecl.Export(
                                                        ExternName.plain("b"),
                                                        new ExternType.Func(0)))),
                                new InstanceType(
                                        List.of(
                                                new InstanceDecl.CoreTypeDecl(
                                                        CoreType.RecGroup.of(
                                                                new CoreCompType.Func(
                                                                        List.of(), List.of()))),
                                                new InstanceDecl.AliasDecl(
                                                        new Alias(
                                                                Sort.TYPE, new Alias.Outer(1, 0))),
                                                new InstanceDecl.TypeDecl(PrimValType.F32))))),
                "07 2b 05  40 01 01 70 7f 00 79  43 00 01 00  3f 7f 01 01"
                        + "  41 02 03 00 01 61 03 01 04 00 01 62 01 00"
                        + "  42 03 00 60 00 00 02 03 02 01 00 01 76");
    }

    @Test
    void canon() {
        assertCodec(
                new Section.CanonSection(
                        List.of(
                                new Canon.Lift(
                                        0,
                                        List.of(
                                                CanonOpt.UTF8,
                                                new CanonOpt.Memory(0),
                                                new CanonOpt.Realloc(5)),
                                        1),
                                new Canon.Lower(
                                        0,
                                        List.of(
                                                CanonOpt.LATIN1_UTF16,
                                                CanonOpt.ASYNC,
                                                new CanonOpt.Callback(3),
                                                new CanonOpt.PostReturn(4))),
                                new Canon.TaskReturn(Optional.empty(), List.of()),
                                new Canon.WaitableSetPoll(true, 0),
                                new Canon.ThreadSpawnIndirect(true, 2, 3))),
                "08 20 05  00 00 00 03 00 03 00 04 05 01  01 00 00 04 02 06 07 03 05 04"
                        + "  09 01 00 00  21 01 00  41 01 02 03");
    }

    @Test
    void everyCanonBuiltinRoundTrips() {
        RandomModels gen = new RandomModels(new java.util.Random(3));
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5000; i++) {
            Canon c = gen.canon();
            seen.add(c.getClass());
            ComponentModel m = ComponentModel.of(new Section.CanonSection(List.of(c)));
            assertEquals(m, ComponentDecoder.decode(ComponentEncoder.encode(m)));
        }
        assertEquals(RandomModels.canonKinds(), seen.size());
    }

    @Test
    void start() {
        assertCodec(
                new Section.StartSection(new Start(1, List.of(2L, 3L), 1)), "09 05 01 02 02 03 01");
    }

    @Test
    void importsWithEveryExternTypeAndNameForm() {
        assertCodec(
                new Section.ImportSection(
                        List.of(
                                new Import(ExternName.plain("m"), new ExternType.CoreModule(0)),
                                new Import(
                                        new ExternName(ExternName.Form.LEGACY, "f", List.of()),
                                        new ExternType.Func(1)),
                                new Import(
                                        ExternName.withAttributes(
                                                "i",
                                                new NameAttribute.Implements("a:b/c"),
                                                new NameAttribute.VersionSuffix("-rc"),
                                                new NameAttribute.ExternalId("x")),
                                        new ExternType.Instance(2)),
                                new Import(ExternName.plain("c"), new ExternType.Component(3)),
                                new Import(
                                        ExternName.plain("v"),
                                        new ExternType.Value(
                                                new ExternType.ValueOfType(PrimValType.U8))),
                                new Import(
                                        ExternName.plain("w"),
                                        new ExternType.Value(new ExternType.ValueEq(0))),
                                new Import(
                                        ExternName.plain("t"),
                                        new ExternType.Type(new ExternType.Eq(4))))),
                "0a 38 07  00 01 6d 00 11 00  01 01 66 01 01"
                        + "  02 01 69 03 00 05 61 3a 62 2f 63 01 03 2d 72 63 02 01 78 05 02"
                        + "  00 01 63 04 03  00 01 76 02 01 7d  00 01 77 02 00 00  00 01 74 03 00 04");
    }

    @Test
    void exports() {
        assertCodec(
                new Section.ExportSection(
                        List.of(
                                new Export(
                                        ExternName.plain("e1"),
                                        new SortIdx(Sort.FUNC, 0),
                                        Optional.empty()),
                                new Export(
                                        ExternName.plain("e2"),
                                        new SortIdx(Sort.FUNC, 0),
                                        Optional.of(new ExternType.Func(0))))),
                "0b 11 02  00 02 65 31 01 00 00  00 02 65 32 01 00 01 01 00");
    }

    @Test
    void values() {
        assertCodec(
                new Section.ValueSection(
                        List.of(new Value(PrimValType.U32, new byte[] {(byte) 0x80, 0x01}))),
                "0c 05 01 79 02 80 01");
    }

    @Test
    void modelCopiesAndEquality() {
        byte[] data = {1, 2, 3};
        Section.CustomSection c = new Section.CustomSection("n", data);
        data[0] = 9;
        assertEquals(1, c.data()[0]);
        c.data()[1] = 9;
        assertEquals(2, c.data()[1]);
        assertEquals(c, new Section.CustomSection("n", new byte[] {1, 2, 3}));
        assertNotEquals(c, new Section.CustomSection("n", new byte[] {1, 2}));
        assertEquals(
                new Section.CoreModuleSection(new byte[] {1}, 5),
                new Section.CoreModuleSection(new byte[] {1}, 0));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ComponentModel.of().sections().add(new Section.CustomSection("", data)));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ExternName(
                                ExternName.Form.PLAIN,
                                "x",
                                List.of(new NameAttribute.ExternalId("y"))));
    }

    @Test
    void encoderRejectsOutOfRangeIndices() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        ComponentEncoder.encode(
                                ComponentModel.of(
                                        new Section.StartSection(
                                                new Start(1L << 32, List.of(), 0)))));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        ComponentEncoder.encode(
                                ComponentModel.of(
                                        new Section.TypeSection(
                                                List.of(
                                                        new DefValType.ListType(
                                                                ValType.index(-1)))))));
    }

    @Test
    void toStringsAreReadable() {
        assertEquals("(core func 3)", new SortIdx(Sort.CORE_FUNC, 3).toString());
        assertEquals(
                "(alias outer 1 0 (type))", new Alias(Sort.TYPE, new Alias.Outer(1, 0)).toString());
        assertEquals("error-context", PrimValType.ERROR_CONTEXT.toString());
        assertEquals(
                "(component\n  (@custom \"x\" 2 bytes)\n  (core module 8 bytes @0x0))",
                ComponentModel.of(
                                new Section.CustomSection("x", new byte[2]),
                                new Section.CoreModuleSection(RandomModels.EMPTY_MODULE))
                        .toString());
    }
}
