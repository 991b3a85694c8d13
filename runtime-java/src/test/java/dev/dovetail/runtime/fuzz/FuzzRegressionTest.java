package dev.dovetail.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.InvalidComponentException;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.MalformedComponentException;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.binary.ComponentDecoder;
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
}
