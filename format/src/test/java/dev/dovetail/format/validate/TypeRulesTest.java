package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.types.ComponentItem;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeRulesTest {
    @Test
    void recordResolvesToAbiType() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(
                                        record(
                                                field("a", PrimValType.U32),
                                                field("b-c", PrimValType.STRING)))));
        RecordType r = (RecordType) ((ComponentItem.Type) info.types().get(0)).type();
        assertEquals("a", r.fields().get(0).name());
        assertEquals(PrimType.STRING, r.fields().get(1).type());
    }

    @Test
    void emptyRecord() {
        invalid(comp(types(record())), "record type must have at least one field");
    }

    @Test
    void emptyVariantTupleFlagsEnum() {
        invalid(
                comp(types(new DefValType.Variant(List.of()))),
                "variant type must have at least one case");
        invalid(
                comp(types(new DefValType.Tuple(List.of()))),
                "tuple type must have at least one type");
        invalid(comp(types(new DefValType.Flags(List.of()))), "flags must have at least one entry");
        invalid(
                comp(types(new DefValType.Enum(List.of()))),
                "enum type must have at least one variant");
    }

    @Test
    void flagsLimit() {
        List<String> labels32 = new java.util.ArrayList<>();
        for (int i = 0; i < 33; i++) {
            labels32.add("f" + i);
        }
        ComponentTypeInfo info = valid(comp(types(new DefValType.Flags(labels32.subList(0, 32)))));
        assertEquals(
                32,
                ((FlagsType) ((ComponentItem.Type) info.types().get(0)).type()).labels().size());
        invalid(comp(types(new DefValType.Flags(labels32))), "cannot have more than 32 flags");
    }

    @Test
    void labelsAreKebabAndStronglyUnique() {
        invalid(
                comp(types(record(field("GoNnA", PrimValType.U8)))),
                "record field name `GoNnA` is not in kebab case");
        invalid(
                comp(types(record(field("", PrimValType.U8)))),
                "record field name cannot be empty");
        invalid(
                comp(
                        types(
                                record(
                                        field("a-B-c-D", PrimValType.U8),
                                        field("A-b-C-d", PrimValType.U8)))),
                "record field name `A-b-C-d` conflicts with previous field name `a-B-c-D`");
        invalid(
                comp(
                        types(
                                new DefValType.Variant(
                                        List.of(
                                                new DefValType.Case("x", Optional.empty()),
                                                new DefValType.Case("X", Optional.empty()))))),
                "variant case name `X` conflicts with previous case name `x`");
        invalid(
                comp(types(new DefValType.Flags(List.of("x", "X")))),
                "flag name `X` conflicts with previous flag name `x`");
        invalid(
                comp(
                        types(
                                func(
                                        List.of(
                                                new LabeledValType("foo", PrimValType.U8),
                                                new LabeledValType("FOO", PrimValType.U8)),
                                        null))),
                "function parameter name `FOO` conflicts with previous parameter name `foo`");
        valid(
                comp(
                        types(
                                record(
                                        field("a1-2-3", PrimValType.U8),
                                        field("XML-http", PrimValType.U8)))));
    }

    @Test
    void fixedListLength() {
        ComponentTypeInfo info =
                valid(comp(types(new DefValType.FixedListType(PrimValType.U8, 4))));
        assertEquals(4, ((ListType) ((ComponentItem.Type) info.types().get(0)).type()).length());
        invalid(
                comp(types(new DefValType.FixedListType(PrimValType.U8, 0))),
                "Fixed size lists must have more than zero elements");
    }

    @Test
    void typeIndexBounds() {
        invalid(comp(types(new DefValType.ListType(t(0)))), "type index out of bounds");
        invalid(
                comp(types(func(), new DefValType.ListType(t(0)))),
                "type index 0 is not a defined type");
    }

    @Test
    void ownAndBorrowOnlyOfResources() {
        invalid(
                comp(types(PrimValType.U8, new DefValType.Own(0))),
                "type index 0 is not a resource type");
        ComponentTypeInfo info = valid(comp(types(resource(), new DefValType.Borrow(0))));
        BorrowType b = (BorrowType) ((ComponentItem.Type) info.types().get(1)).type();
        assertEquals(((ComponentItem.Resource) info.types().get(0)).resource(), b.resource());
    }

    @Test
    void borrowNotInResults() {
        valid(
                comp(
                        types(
                                resource(),
                                new DefValType.Borrow(0),
                                func(List.of(field("x", t(1))), null))));
        invalid(
                comp(types(resource(), new DefValType.Borrow(0), func(List.of(), t(1)))),
                "function result cannot contain a `borrow` type");
        invalid(
                comp(
                        types(
                                resource(),
                                new DefValType.Borrow(0),
                                new DefValType.Option(t(1)),
                                func(List.of(), t(2)))),
                "function result cannot contain a `borrow` type");
        invalid(
                comp(
                        types(
                                resource(),
                                new DefValType.Borrow(0),
                                new DefValType.Stream(Optional.of(t(1))))),
                "cannot contain a `borrow` type");
    }

    @Test
    void resourceRules() {
        invalid(
                comp(
                        types(
                                new dev.dovetail.format.model.ResourceType(
                                        dev.dovetail.format.model.CoreValType.Num.I64,
                                        java.util.OptionalLong.empty()))),
                "resources can only be represented by `i32`");
        invalid(
                comp(
                        types(
                                new dev.dovetail.format.model.ComponentType(
                                        List.of(
                                                new dev.dovetail.format.model.InstanceDecl.TypeDecl(
                                                        resource()))))),
                "resources can only be defined within a concrete component");
        // generative: two definitions are two types
        ComponentTypeInfo info = valid(comp(types(resource(), resource())));
        var r0 = ((ComponentItem.Resource) info.types().get(0)).resource();
        var r1 = ((ComponentItem.Resource) info.types().get(1)).resource();
        org.junit.jupiter.api.Assertions.assertNotSame(r0, r1);
        assertEquals(2, info.localResources().size());
    }

    @Test
    void destructorSignature() {
        var good = coreFuncs(false, sig("d", new int[] {I32}, new int[] {}));
        valid(
                comp(
                        good,
                        types(
                                new dev.dovetail.format.model.ResourceType(
                                        dev.dovetail.format.model.CoreValType.Num.I32,
                                        java.util.OptionalLong.of(0)))));
        var bad = coreFuncs(false, sig("d", new int[] {I64}, new int[] {}));
        invalid(
                comp(
                        bad,
                        types(
                                new dev.dovetail.format.model.ResourceType(
                                        dev.dovetail.format.model.CoreValType.Num.I32,
                                        java.util.OptionalLong.of(0)))),
                "wrong signature for a destructor");
    }

    @Test
    void funcTypeIsAbiFuncType() {
        ComponentTypeInfo info =
                valid(
                        comp(
                                types(
                                        new FuncType(
                                                true,
                                                List.of(field("a", PrimValType.S64)),
                                                Optional.of(PrimValType.BOOL)))));
        var f = ((ComponentItem.ComponentFunc) info.types().get(0)).type();
        assertEquals(true, f.async());
        assertEquals("async func(a: s64) -> bool", f.toString());
        assertInstanceOf(ComponentItem.ComponentFunc.class, info.types().get(0));
        assertEquals(Collections.emptyMap(), info.type().imports());
    }
}
