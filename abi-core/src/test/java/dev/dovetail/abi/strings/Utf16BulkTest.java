package dev.dovetail.abi.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Trap;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-16 coding on both sides of the bulk-copy threshold gives the same results. */
class Utf16BulkTest {
    private static String sample(int n) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() < n) {
            switch (i++ % 5) {
                case 0 -> b.append('a');
                case 1 -> b.append('\u00e9');
                case 2 -> b.append('\u65e5');
                case 3 -> b.append(n - b.length() >= 2 ? "\ud83d\ude00" : "z");
                default -> b.append('\uffff');
            }
        }
        return b.toString();
    }

    @Test
    void roundTripsAtEverySizeAroundTheThreshold() {
        for (int n = 0; n < 200; n++) {
            String s = sample(n);
            byte[] expected = s.getBytes(StandardCharsets.UTF_16LE);
            assertArrayEquals(expected, Utf16.encode(s, 0), "encode " + n);
            assertEquals(s, Utf16.decode(expected), "decode " + n);
            for (int from : new int[] {0, 1, n / 2, n}) {
                if (from <= n) {
                    byte[] partial = Utf16.encode(s, from);
                    for (int i = 0; i < 2 * from; i++) {
                        assertEquals(0, partial[i], "left zero before " + from);
                    }
                    for (int i = 2 * from; i < 2 * n; i++) {
                        assertEquals(expected[i], partial[i], "byte " + i + " from " + from);
                    }
                }
            }
        }
    }

    @Test
    void loneSurrogatesTrapInLongStrings() {
        for (int n : new int[] {10, 63, 64, 65, 500}) {
            String ascii = "x".repeat(n);
            for (String bad : new String[] {"\ud800", "\udc00", "\ud800x"}) {
                byte[] bytes = (ascii + bad).getBytes(StandardCharsets.UTF_16LE);
                // getBytes replaced the lone surrogate: write it back in
                bytes[2 * n] = (byte) bad.charAt(0);
                bytes[2 * n + 1] = (byte) (bad.charAt(0) >>> 8);
                Trap t = assertThrows(Trap.class, () -> Utf16.decode(bytes));
                assertEquals(
                        StringCodec.MSG_INVALID_UTF16
                                + ": unpaired surrogate 0x"
                                + StringCodec.hex4(bad.charAt(0))
                                + " at code unit index "
                                + n,
                        t.getMessage());
            }
        }
    }
}
