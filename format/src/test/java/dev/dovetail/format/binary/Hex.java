package dev.dovetail.format.binary;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Test helper: bytes from readable hex ("00 61 73 6d", spaces ignored), and back. */
final class Hex {
    static final String PREAMBLE = "00 61 73 6d 0d 00 01 00";

    /** A tiny valid core module exporting an empty function "f". */
    static final String CORE_MODULE_F =
            "00 61 73 6d 01 00 00 00 01 04 01 60 00 00 03 02 01 00 07 05 01 01 66 00 00"
                    + " 0a 04 01 02 00 0b";

    private Hex() {}

    static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : parts) {
            out.writeBytes(HexFormat.of().parseHex(p.replace(" ", "")));
        }
        return out.toByteArray();
    }

    /** A component: the preamble followed by {@code sections}. */
    static byte[] component(String... sections) {
        String[] all = new String[sections.length + 1];
        all[0] = PREAMBLE;
        System.arraycopy(sections, 0, all, 1, sections.length);
        return bytes(all);
    }

    static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b);
    }
}
