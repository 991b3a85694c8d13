package dev.dovetail.cli.wave;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ValType;

/**
 * WAVE, the WebAssembly Value Encoding: the human-readable text form of component values used by
 * {@code wasmtime} and {@code wasm-tools}. Reading is type-directed: the same text can mean
 * different values for different types ({@code {}} is empty flags or an all-{@code none} record,
 * {@code 3} is a {@code u8} or {@code some(3)} for an {@code option<u8>}).
 *
 * <table>
 *   <caption>Forms</caption>
 *   <tr><th>Type</th><th>Examples</th></tr>
 *   <tr><td>bool</td><td>{@code true}, {@code false}</td></tr>
 *   <tr><td>integers</td><td>{@code 123}, {@code -9} (decimal only)</td></tr>
 *   <tr><td>floats</td><td>{@code 3.14}, {@code 6.022e+23}, {@code nan}, {@code inf}, {@code -inf}</td></tr>
 *   <tr><td>char</td><td>{@code 'x'}, {@code '\''}, <code>'&#92;u{1F600}'</code></td></tr>
 *   <tr><td>string</td><td><code>"a\tb&#92;u{1F600}"</code>, multi-line {@code """}</td></tr>
 *   <tr><td>list, tuple</td><td>{@code [1, 2]}, {@code (1, "a")}</td></tr>
 *   <tr><td>record</td><td>{@code {a: 1, b: "x"}}; {@code none} fields may be left out, {@code {:}}</td></tr>
 *   <tr><td>variant, enum</td><td>{@code circle(2.5)}, {@code empty}, {@code south}, {@code %ok}</td></tr>
 *   <tr><td>option</td><td>{@code some(3)}, {@code none}, or {@code 3} when the payload is not an option/result</td></tr>
 *   <tr><td>result</td><td>{@code ok(1)}, {@code err("e")}, {@code ok}, {@code err}, or the flat {@code ok} payload</td></tr>
 *   <tr><td>flags</td><td>{@code {read, write}}, {@code {}}</td></tr>
 *   <tr><td>map (Dovetail)</td><td>{@code [("k", 1), ("l", 2)]}</td></tr>
 * </table>
 *
 * <p>Labels that are keywords ({@code true false some none ok err inf nan}) are prefixed with
 * {@code %} where a label is expected. {@code //} starts a comment to the end of the line.
 */
public final class Wave {
    private Wave() {}

    /**
     * Reads {@code text} as one value of {@code type}.
     *
     * @throws WaveException with the position and the expected type
     */
    public static Val parse(String text, ValType type) {
        WaveParser p = new WaveParser(text, WaveLexer.tokenize(text));
        Val v = p.value(type);
        p.finish();
        return v;
    }

    /**
     * Writes {@code value} of {@code type} as WAVE.
     *
     * @throws WaveException if the value does not match the type
     */
    public static String print(Val value, ValType type) {
        return WavePrinter.print(value, type);
    }

    /** Whether {@code s} can be written as a bare WAVE label (maybe after a {@code %}). */
    public static boolean isLabel(String s) {
        return WaveLexer.isValidLabel(s);
    }
}
