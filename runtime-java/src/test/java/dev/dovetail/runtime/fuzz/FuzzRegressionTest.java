package dev.dovetail.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bugs the fuzzers found, each kept as a small case. */
class FuzzRegressionTest {
    private static final String UNREACHABLE = "wasm trap: wasm `unreachable` instruction executed";

    /**
     * A guest trap inside {@code realloc}, while the host lowers an argument into the guest (or the
     * result of a host import): escaped as Chicory's own {@code TrapException} instead of a {@link
     * Trap}.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTrapInReallocIsATrap(boolean compiler) {
        Engine engine = Engine.builder().compiler(compiler).build();
        String wat =
                WatGen.forwarder(
                        PrimType.STRING,
                        new WatGen.Options(StringEncoding.UTF8, "(unreachable)", null));
        Component c = Component.fromWat(engine, wat);
        Linker<Void> linker = new Linker<>(engine);
        linker.root().funcNew("f", (store, type, params) -> params.get(0));
        Store<Void> store = new Store<>(engine, null);

        // lowering the argument of the export calls realloc
        Instance first = linker.instantiate(store, c);
        Trap t = assertThrows(Trap.class, () -> first.getFunc("g").call(store, Val.str("hi")));
        assertEquals(UNREACHABLE, t.getMessage());
        Trap again = assertThrows(Trap.class, () -> first.getFunc("g").call(store, Val.str("")));
        assertEquals("cannot enter component instance", again.getMessage());

        // an empty string needs no realloc on the way in, but the host import's result does
        Linker<Void> other = new Linker<>(engine);
        other.root().funcNew("f", (store2, type, params) -> Val.str("a longer string"));
        Instance second = other.instantiate(store, c);
        Trap t2 = assertThrows(Trap.class, () -> second.getFunc("g").call(store, Val.str("")));
        assertEquals(UNREACHABLE, t2.getMessage());
    }

    /** A component whose only section is a core module with one function of body {@code code}. */
    static byte[] componentWithCode(byte... code) {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0});
        m.writeBytes(new byte[] {1, 4, 1, 0x60, 0, 0}); // type 0: func () -> ()
        m.writeBytes(new byte[] {3, 2, 1, 0}); // func 0: type 0
        m.writeBytes(new byte[] {10, (byte) (code.length + 3), 1, (byte) (code.length + 1), 0});
        m.writeBytes(code);
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        c.writeBytes(new byte[] {0, 0x61, 0x73, 0x6d, 0x0d, 0, 1, 0});
        c.write(1); // core module section
        c.write(m.size());
        c.writeBytes(m.toByteArray());
        return c.toByteArray();
    }

    /**
     * Code after a function's final {@code end} with an {@code else} in a {@code block}: with
     * assertions enabled (as in tests), Chicory 1.7.5's parser throws {@link AssertionError}, which
     * escaped the decoder.
     */
    @Test
    void chicoryAssertionsOnMalformedCodeAreMalformedComponents() {
        byte[] bytes =
                componentWithCode((byte) 0x0b, (byte) 0x02, (byte) 0x40, (byte) 0x05, (byte) 0x0b);
        var e =
                assertThrows(
                        MalformedComponentException.class, () -> ComponentDecoder.decode(bytes));
        assertEquals(true, e.getMessage().startsWith("malformed core module"), e.getMessage());
    }

    /**
     * A core module (from a mutated conformance component) whose last function lost its final
     * {@code end} and has a {@code select} after a {@code return}: Chicory 1.7.5's parser accepts
     * it (it only checks that a body's last byte is {@code end}), then its compiler failed with
     * {@code NoSuchElementException} (an empty type stack), which escaped {@link
     * Component#fromBytes}.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aModuleChicoryCannotCompileIsInvalid(boolean compiler) {
        String module =
                "0061736d01000000011c0660017f0060027f7f006000017f6000017e60037f7f7f017f600000027307"
                        + "00036d656d020001000b7461736b2e72657475726e0000000d7761697461626c652e6a6f"
                        + "696e000100107761697461626c652d7365742e6e65770002000a73747265616d2e6e6577"
                        + "0003000c73747265616d2e77726974650004001473747265616d2e64726f702d77726974"
                        + "61626c6500000304030502040615047f0141000b7f0141000b7f0141200b7f0141000b07"
                        + "18020770726f6475636500070a70726f647563655f636200080801060ab8010306001002"
                        + "24000b4203017f017e017f100321012001a721022001422088a7240120021000230141ef"
                        + "fdb6f57d410010042100417f2000470440000b23012300100141022300410474720b6c01"
                        + "017f20004103470440000b20012301470440000b2303410046044020024100470440000b"
                        + "410041f8acd1910136020023014100410410042103417f2003470440000b410124034102"
                        + "2300410474720f1b23034101460440200241c100470440000b2301100541000f0b000b";
        byte[] m = java.util.HexFormat.of().parseHex(module);
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        c.writeBytes(new byte[] {0, 0x61, 0x73, 0x6d, 0x0d, 0, 1, 0, 1});
        c.writeBytes(BinaryFuzzer.leb(m.length, false));
        c.writeBytes(m);
        Engine engine = Engine.builder().compiler(compiler).build();
        byte[] bytes = c.toByteArray();
        if (compiler) {
            var e =
                    assertThrows(
                            InvalidComponentException.class,
                            () -> Component.fromBytes(engine, bytes));
            assertEquals(true, e.getMessage().startsWith("invalid core module"), e.getMessage());
        } else {
            Component.fromBytes(engine, bytes); // the interpreter takes it as Chicory parsed it
        }
    }

    /**
     * A mutated component whose guest code makes Chicory 1.7.5's interpreter fail in {@code
     * return_call} with an {@code ArrayIndexOutOfBoundsException}, which escaped {@link
     * dev.dovetail.runtime.Func#call} unchanged (as if a host function had thrown it).
     */
    @Test
    void chicoryFailuresInGuestCodeAreTraps() {
        String hex =
                "0061736d0d000100071e096a0001776700026b016b026a0001776704026b056b0640010178030007"
                        + "0a0601000166010801b7010061736d01000000010f0260027f7f017f60047f7f7f7f017f03030200"
                        + "0105030100010607017f014180080b071903036d656d020005616c6c6f630000077265616c6c6f63"
                        + "00010a6e024b01027f2300200041016b6a410012006b71240023002102230020016a210320033f00"
                        + "418080046c4b044020033f00418080046c6b41107641016a40004100480440000b0b200324002002"
                        + "0b2001017f2002200310002104200420002001200320012003491bfc0a000020040b020401000000"
                        + "06150200020100036d656d00000100077265616c6c6f63080a01010000030300040002016b006173"
                        + "6d01000000011b0360077f7f7f7e7f7e7f0060027f7f017f60067f7f7f7e7f7e017f021703000166"
                        + "00000005616c6c6f63000100036d656d02000103020102070501016700020a20011e01027f410841"
                        + "30100121062000200120022003200420052006100020060b0613020000010005616c6c6f63000201"
                        + "00036d656d021b0201030166000105616c6c6f630002036d656d0201000101001201071e096a0001"
                        + "776709026b0a6b0b6a000177670d026b0e6b0f400101780c0010061b030000010201670002010003"
                        + "6d656d00000100077265616c6c6f63080b01000003030302040402110b0701000167010100";
        Engine engine = Engine.builder().interpreter().build();
        Component c = Component.fromBytes(engine, java.util.HexFormat.of().parseHex(hex));
        Linker<Void> linker = new Linker<Void>(engine).defineUnknownImportsAsTraps(c);
        Store<Void> store = new Store<>(engine, null);
        Instance instance = linker.instantiate(store, c);
        java.util.Random r = new java.util.Random(hex.length() / 2);
        FuzzGen gen = new FuzzGen(r, false);
        int traps = 0;
        for (String name : instance.exportNames()) {
            var f = instance.getFunc(name);
            Val[] args =
                    f.type().params().stream()
                            .map(p -> gen.value(p.type(), rep -> rep))
                            .toArray(Val[]::new);
            try {
                f.call(store, args);
            } catch (Trap t) {
                traps++;
            }
        }
        assertEquals(true, traps > 0);
    }
}
