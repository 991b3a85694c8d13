package dev.dovetail.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.dovetail.format.text.Wat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproduces wit-component's shim/fixup pattern: the shim calls through its own funcref table,
 * which a code-less fixup module (with differently numbered types) fills with imported functions.
 */
class TypeSectionPrefixTest {
    private static final byte[] SHIM =
            Wat.parseModule(
                    """
                    (module
                      (type $unary (func (param i32) (result i32)))
                      (type $binary (func (param i32 i32) (result i32)))
                      (table (export "$imports") 2 2 funcref)
                      (func (export "neg") (param i32) (result i32)
                        local.get 0
                        i32.const 0
                        call_indirect (type $unary))
                      (func (export "sub") (param i32 i32) (result i32)
                        local.get 0
                        local.get 1
                        i32.const 1
                        call_indirect (type $binary)))
                    """);

    // Same signatures as the shim, declared in the opposite order, plus an unrelated one.
    private static final byte[] FIXUP =
            Wat.parseModule(
                    """
                    (module
                      (type $binary (func (param i32 i32) (result i32)))
                      (type $other (func (param f64)))
                      (type $unary (func (param i32) (result i32)))
                      (import "" "$imports" (table 2 2 funcref))
                      (import "" "neg" (func $neg (type $unary)))
                      (import "" "sub" (func $sub (type $binary)))
                      (import "" "log" (func (type $other)))
                      (elem (i32.const 0) func $neg $sub))
                    """);

    private static Instance instantiate(byte[] bytes, ImportValues imports, boolean compiled) {
        var builder = Instance.builder(Parser.parse(bytes)).withImportValues(imports);
        if (compiled) {
            builder.withMachineFactory(MachineFactoryCompiler::compile);
        }
        return builder.build();
    }

    private static Instance link(byte[] fixup, boolean compiled) {
        Instance shim = instantiate(SHIM, ImportValues.empty(), compiled);
        FunctionType unary = FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));
        FunctionType binary =
                FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
        ImportValues imports =
                ImportValues.builder()
                        .addTable(new ImportTable("", "$imports", shim.exports().table("$imports")))
                        .addFunction(
                                new HostFunction(
                                        "", "neg", unary, (inst, args) -> new long[] {-args[0]}))
                        .addFunction(
                                new HostFunction(
                                        "",
                                        "sub",
                                        binary,
                                        (inst, args) -> new long[] {args[0] - args[1]}))
                        .addFunction(
                                new HostFunction(
                                        "",
                                        "log",
                                        FunctionType.of(List.of(ValType.F64), List.of()),
                                        (inst, args) -> null))
                        .build();
        instantiate(fixup, imports, compiled);
        return shim;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void chicoryStillHasTheBugWithoutTheRewrite(boolean compiled) {
        // If this starts passing, Chicory fixed the check and the workaround can go.
        Instance shim = link(FIXUP, compiled);
        var e = assertThrows(RuntimeException.class, () -> shim.export("neg").apply(5));
        assertTrue(
                e.getMessage().contains("unknown type")
                        || e.getMessage().contains("indirect call type mismatch"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rewrittenFixupMakesIndirectCallsWork(boolean compiled) {
        Instance shim = link(TypeSectionPrefix.apply(FIXUP, SHIM), compiled);
        assertEquals(-5, (int) shim.export("neg").apply(5)[0]);
        assertEquals(7, (int) shim.export("sub").apply(10, 3)[0]);
    }

    @Test
    void modulesAlreadyAgreeingWithTheCallerAreLeftAlone() {
        assertSame(SHIM, TypeSectionPrefix.apply(SHIM, SHIM));
    }

    // borrows.wast: $Indirect owns a table and calls through it with its own type index; $CM,
    // a module with code and differently numbered types, puts its own $dtor into that table.
    private static final byte[] INDIRECT =
            Wat.parseModule(
                    """
                    (module
                      (table (export "ftbl") 1 funcref)
                      (type $FT (func (param i32)))
                      (func (export "R-dtor") (param i32)
                        (call_indirect (type $FT) (local.get 0) (i32.const 0))))
                    """);

    private static final byte[] CM =
            Wat.parseModule(
                    """
                    (module
                      (import "" "ftbl" (table 1 funcref))
                      (import "" "resource.new" (func $resource.new (param i32) (result i32)))
                      (import "" "resource.drop" (func $resource.drop (param i32)))
                      (global $num-made (mut i32) (i32.const 0))
                      (global $num-live (mut i32) (i32.const 0))
                      (func (export "make") (result i32)
                        (global.set $num-made (i32.add (global.get $num-made) (i32.const 1)))
                        (global.set $num-live (i32.add (global.get $num-live) (i32.const 1)))
                        (call $resource.new (i32.add (i32.const 0x40) (global.get $num-made))))
                      (func (export "num-live") (result i32)
                        (global.get $num-live))
                      (func $dtor (param $rep i32)
                        (if (i32.or (i32.le_u (local.get $rep) (i32.const 0x40))
                                    (i32.gt_u (local.get $rep)
                                              (i32.add (i32.const 0x40) (global.get $num-made))))
                          (then unreachable))
                        (if (i32.eqz (global.get $num-live))
                          (then unreachable))
                        (global.set $num-live (i32.sub (global.get $num-live) (i32.const 1))))
                      (elem (i32.const 0) $dtor))
                    """);

    /** Instantiates $Indirect then {@code cm} filling its table; returns both. */
    private static Instance[] linkWithCode(byte[] cm, boolean compiled) {
        Instance indirect = instantiate(INDIRECT, ImportValues.empty(), compiled);
        ImportValues imports =
                ImportValues.builder()
                        .addTable(new ImportTable("", "ftbl", indirect.exports().table("ftbl")))
                        .addFunction(
                                new HostFunction(
                                        "",
                                        "resource.new",
                                        FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)),
                                        (inst, args) -> new long[] {args[0] - 0x40}))
                        .addFunction(
                                new HostFunction(
                                        "",
                                        "resource.drop",
                                        FunctionType.of(List.of(ValType.I32), List.of()),
                                        (inst, args) -> null))
                        .build();
        return new Instance[] {indirect, instantiate(cm, imports, compiled)};
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void chicoryStillHasTheBugForModulesWithCode(boolean compiled) {
        // If this starts passing, Chicory fixed the check and the workaround can go.
        Instance[] linked = linkWithCode(CM, compiled);
        linked[1].export("make").apply();
        var e = assertThrows(RuntimeException.class, () -> linked[0].export("R-dtor").apply(0x41));
        assertTrue(
                e.getMessage().contains("unknown type")
                        || e.getMessage().contains("indirect call type mismatch"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rewrittenModuleWithCodeMakesIndirectCallsWork(boolean compiled) {
        byte[] rewritten = TypeSectionPrefix.apply(CM, INDIRECT);
        Instance[] linked = linkWithCode(rewritten, compiled);
        Instance indirect = linked[0];
        Instance cm = linked[1];
        assertEquals(1, (int) cm.export("make").apply()[0]);
        assertEquals(2, (int) cm.export("make").apply()[0]);
        assertEquals(2, (int) cm.export("num-live").apply()[0]);
        indirect.export("R-dtor").apply(0x41);
        assertEquals(1, (int) cm.export("num-live").apply()[0]);
        indirect.export("R-dtor").apply(0x42);
        assertEquals(0, (int) cm.export("num-live").apply()[0]);
        // The destructor's own checks still trap, through the table as before.
        var e = assertThrows(RuntimeException.class, () -> indirect.export("R-dtor").apply(0x40));
        assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    }

    @Test
    void rewrittenModuleWithCodeGetsTheCallersIndexForSharedSignatures() {
        var m = Parser.parse(TypeSectionPrefix.apply(CM, INDIRECT));
        // $Indirect's only type, (param i32), stays index 0 and is $dtor's type now.
        assertEquals(FunctionType.of(List.of(ValType.I32), List.of()), m.typeSection().getType(0));
        assertEquals(0, m.functionSection().getFunctionType(2)); // $dtor, the third defined
    }

    @Test
    void rewrittenTypeSectionStartsWithTheShimsTypes() {
        byte[] rewritten = TypeSectionPrefix.apply(FIXUP, SHIM);
        var types = Parser.parse(rewritten).typeSection();
        var shimTypes = Parser.parse(SHIM).typeSection();
        assertEquals(shimTypes.typeCount() + 3, types.typeCount());
        for (int i = 0; i < shimTypes.typeCount(); i++) {
            assertEquals(shimTypes.getType(i), types.getType(i));
        }
        var imports = Parser.parse(rewritten).importSection();
        // neg and sub now name the shim's indices; log keeps its own type after the prefix.
        assertArrayEquals(
                new int[] {0, 1, 3},
                new int[] {
                    ((com.dylibso.chicory.wasm.types.FunctionImport) imports.getImport(1))
                            .typeIndex(),
                    ((com.dylibso.chicory.wasm.types.FunctionImport) imports.getImport(2))
                            .typeIndex(),
                    ((com.dylibso.chicory.wasm.types.FunctionImport) imports.getImport(3))
                            .typeIndex()
                });
    }
}
