package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.Section;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each class of decoding error, with its wording and offset. */
class MalformedInputTest {
    private static MalformedComponentException reject(byte[] bytes) {
        return assertThrows(
                MalformedComponentException.class, () -> ComponentDecoder.decode(bytes));
    }

    private static void assertError(byte[] bytes, String message, long offset) {
        MalformedComponentException e = reject(bytes);
        assertEquals(
                message + " (at offset 0x" + Long.toHexString(offset) + ")",
                e.getMessage(),
                Hex.hex(bytes));
        assertEquals(offset, e.offset());
    }

    @Test
    void preamble() {
        assertError(Hex.bytes(""), "unexpected end-of-file", 0);
        assertError(Hex.bytes("00 61 73"), "unexpected end-of-file", 3);
        assertError(Hex.bytes("00 61 73 6d 0d 00"), "unexpected end-of-file", 6);
        assertError(
                Hex.bytes("00 41 53 4d 0d 00 01 00"),
                "magic header not detected: bad magic number",
                0);
        assertError(Hex.bytes("01"), "magic header not detected: bad magic number", 0);
        assertError(Hex.bytes("00 61 73 6d 0e 00 01 00"), "unknown binary version: 0x0001000e", 4);
        assertError(Hex.bytes("00 61 73 6d 0d 00 01 01"), "unknown binary version: 0x0101000d", 4);
        assertError(
                Hex.bytes("00 61 73 6d 01 00 00 00"),
                "expected a version header for a component",
                4);
    }

    @Test
    void detectTellsModulesFromComponents() {
        assertEquals(BinaryKind.COMPONENT, ComponentDecoder.detect(Hex.component()));
        assertEquals(BinaryKind.CORE_MODULE, ComponentDecoder.detect(Hex.bytes(Hex.CORE_MODULE_F)));
        assertThrows(MalformedComponentException.class, () -> ComponentDecoder.detect(new byte[3]));
    }

    @Test
    void leb128() {
        // a zero-padded 5-byte u32 is fine
        assertEquals(
                1,
                ComponentDecoder.decode(Hex.component("07 81 80 80 80 00 00")).sections().size());
        // bits beyond 32 in the 5th byte
        assertError(
                Hex.component("07 81 80 80 80 10 00"), "invalid var_u32: integer too large", 13);
        // a 6th byte
        assertError(
                Hex.component("07 80 80 80 80 80 00"),
                "invalid var_u32: integer representation too long",
                13);
        // running out in the middle of a LEB
        assertError(Hex.component("00 80 80"), "unexpected end-of-file", 11);
        // s33 type index: 5 bytes whose unused bits disagree with the sign
        assertError(
                Hex.component("07 07 01 70 80 80 80 80 20"),
                "invalid var_s33: integer representation too long",
                16);
    }

    @Test
    void negativeTypeIndexInValType() {
        // 0x40 read as s33 is -64: neither a primitive nor an index
        assertError(
                Hex.component("07 03 01 70 40"),
                "invalid leading byte (0x40) for component value type",
                12);
    }

    @Test
    void hugeLengthsFailFastWithoutAllocating() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> {
                    // vec of 2^32-1 types in a 6-byte section
                    assertError(
                            Hex.component("07 06 ff ff ff ff 0f 73"), "unexpected end-of-file", 16);
                    // a name of 2^32-1 bytes
                    assertError(
                            Hex.component("00 06 ff ff ff ff 0f 61"), "unexpected end-of-file", 16);
                    // a section of 2^32-1 bytes
                    assertError(Hex.component("01 ff ff ff ff 0f"), "unexpected end-of-file", 14);
                    // a value of 2^32-1 bytes
                    assertError(
                            Hex.component("0c 08 01 73 ff ff ff ff 0f 00"),
                            "unexpected end-of-file",
                            18);
                });
    }

    @Test
    void names() {
        assertError(Hex.component("00 03 02 ff fe"), "malformed UTF-8 encoding", 11);
        // overlong encoding of '/'
        assertError(Hex.component("00 03 02 c0 af"), "malformed UTF-8 encoding", 11);
        // an encoded surrogate
        assertError(Hex.component("00 04 03 ed a0 80"), "malformed UTF-8 encoding", 11);
        // a code point beyond U+10FFFF
        assertError(Hex.component("00 05 04 f4 90 80 80"), "malformed UTF-8 encoding", 11);
        assertError(Hex.component("00 03 05 61 62"), "unexpected end-of-file", 13);
    }

    @Test
    void sections() {
        assertError(Hex.component("0d 00"), "malformed section id: 13", 8);
        assertError(Hex.component("ff"), "malformed section id: 255", 8);
        assertError(Hex.component("07"), "unexpected end-of-file", 9);
        assertError(Hex.component("07 03 00"), "unexpected end-of-file", 11);
        assertError(
                Hex.component("07 03 01 73 73"),
                "section size mismatch: unexpected data at the end of the section",
                12);
        assertError(Hex.component("07 02 02 73"), "unexpected end-of-file", 12);
    }

    @Test
    void leadingBytes() {
        assertError(
                Hex.component("07 02 01 62"),
                "invalid leading byte (0x62) for component defined type",
                11);
        assertError(
                Hex.component("08 02 01 2e"),
                "invalid leading byte (0x2e) for canonical function",
                11);
        assertError(
                Hex.component("08 06 01 01 00 00 01 0a"),
                "invalid leading byte (0xa) for canonical option",
                15);
        assertError(Hex.component("08 03 01 0c 02"), "invalid boolean value", 12);
        assertError(
                Hex.component("06 06 01 00 05 02 00 00"),
                "invalid leading byte (0x5) for component outer alias kind",
                12);
        assertError(
                Hex.component("0b 06 01 00 01 65 06 00"),
                "invalid leading byte (0x6) for component external kind",
                14);
        assertError(
                Hex.component("03 03 01 00 60"),
                "invalid leading byte (0x60) for non-final sub type",
                12);
        // a variant case whose payload type is cut off by the section end
        assertError(Hex.component("07 05 01 71 01 00 01"), "unexpected end-of-file", 15);
    }

    @Test
    void embeddedModulesAndComponents() {
        assertError(
                Hex.component("01 08 00 61 73 6d 0d 00 01 00"),
                "expected a version header for a module",
                14);
        assertError(
                Hex.component("04 08 00 61 73 6d 01 00 00 00"),
                "expected a version header for a component",
                14);
        assertError(
                Hex.component("01 0b 00 61 73 6d 01 00 00 00 0e 01 00"),
                "malformed section id: 14",
                18);
        // a core module whose body Chicory finds malformed: function without code
        MalformedComponentException e =
                reject(
                        Hex.component(
                                "01 12 00 61 73 6d 01 00 00 00 01 04 01 60 00 00 03 02 01 00"));
        assertEquals(10, e.offset());
        assertTrue(e.getMessage().startsWith("malformed core module"), e.getMessage());
        // well formed but invalid (i32.add on an empty stack): a validation error, not a decode one
        byte[] invalid =
                Hex.component(
                        "01 19 00 61 73 6d 01 00 00 00 01 04 01 60 00 00 03 02 01 00"
                                + " 0a 05 01 03 00 6a 0b");
        assertThrows(InvalidComponentException.class, () -> ComponentDecoder.decode(invalid));
        // ...which the decoder ignores when told to
        assertEquals(1, ComponentDecoder.decode(invalid, CoreModuleCheck.NONE).sections().size());
    }

    @Test
    void nestingIsBounded() {
        ComponentModel m = ComponentModel.of();
        for (int i = 0; i < ByteReader.MAX_DEPTH; i++) {
            m = ComponentModel.of(new Section.ComponentSection(m));
        }
        ComponentModel deepest = m;
        assertEquals(deepest, ComponentDecoder.decode(ComponentEncoder.encode(deepest)));
        byte[] tooDeep =
                ComponentEncoder.encode(ComponentModel.of(new Section.ComponentSection(m)));
        assertTrue(reject(tooDeep).getMessage().startsWith("nesting too deep"));

        InstanceType t = new InstanceType(List.of());
        for (int i = 0; i < ByteReader.MAX_DEPTH + 1; i++) {
            t = new InstanceType(List.of(new InstanceDecl.TypeDecl(t)));
        }
        byte[] deepType =
                ComponentEncoder.encode(ComponentModel.of(new Section.TypeSection(List.of(t))));
        assertTrue(reject(deepType).getMessage().startsWith("nesting too deep"));
    }

    @Test
    void veryDeepInputGivesAnExceptionNotAStackOverflow() {
        // 200 000 nested instance types: (type (instance (type (instance ...))))
        int depth = 200_000;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0x01);
        for (int i = 0; i < depth; i++) {
            body.writeBytes(new byte[] {0x42, 0x01, 0x01});
        }
        body.writeBytes(new byte[] {0x42, 0x00});
        byte[] content = body.toByteArray();
        ByteWriter w =
                new ByteWriter().bytes(Hex.component()).u8(7).u32(content.length).bytes(content);
        assertTrue(reject(w.toByteArray()).getMessage().startsWith("nesting too deep"));
    }

    /**
     * Every proper prefix of a component either ends on a section boundary (and is a valid
     * component itself) or fails with "unexpected end-of-file" at or before its end.
     */
    @Test
    void truncationAtEveryByte() {
        List<byte[]> samples = new ArrayList<>();
        samples.add(
                Hex.component(
                        "01 1f " + Hex.CORE_MODULE_F,
                        "02 04 01 00 00 00",
                        "06 07 01 00 00 01 00 01 66",
                        "07 05 01 40 00 01 00",
                        "08 06 01 00 00 00 00 00",
                        "0b 07 01 00 01 66 01 00 00",
                        "00 03 02 68 69"));
        RandomModels gen = new RandomModels(new Random(7));
        for (int i = 0; i < 20; i++) {
            samples.add(ComponentEncoder.encode(gen.component(2)));
        }
        for (byte[] full : samples) {
            Set<Integer> boundaries = sectionBoundaries(full);
            for (int len = 0; len < full.length; len++) {
                byte[] prefix = java.util.Arrays.copyOf(full, len);
                if (boundaries.contains(len)) {
                    ComponentDecoder.decode(prefix, CoreModuleCheck.NONE);
                    continue;
                }
                MalformedComponentException e =
                        assertThrows(
                                MalformedComponentException.class,
                                () -> ComponentDecoder.decode(prefix, CoreModuleCheck.NONE),
                                () -> "prefix " + prefix.length + " of " + Hex.hex(full));
                assertTrue(e.getMessage().startsWith("unexpected end-of-file"), e.getMessage());
                assertTrue(e.offset() <= len, e.getMessage());
            }
        }
    }

    /** Offsets where a top-level section ends (including the end of the preamble). */
    private static Set<Integer> sectionBoundaries(byte[] component) {
        Set<Integer> out = new TreeSet<>();
        ByteReader r = new ByteReader(component);
        r.bytes(8);
        out.add(8);
        while (!r.atEnd()) {
            r.u8();
            r.slice(r.u32());
            out.add(r.position());
        }
        return out;
    }
}
