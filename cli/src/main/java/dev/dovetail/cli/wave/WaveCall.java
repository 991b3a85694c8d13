package dev.dovetail.cli.wave;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import java.util.List;

/**
 * A function call written {@code name(arg, ...)}: WAVE's call syntax. The arguments are read only
 * once the function's type is known ({@link #arguments}), because WAVE reading is type-directed.
 *
 * <p><b>Names.</b> A function exported at the top level of a component is called by its export
 * name: {@code add(1, 2)}. A function inside an exported instance (a WIT interface) is called by
 * the instance's export name, {@code #} and the function name: {@code docs:calc/ops@1.0.0#add(1,
 * 2)}, the addressing of {@code Instance.getFunc}. A name is everything before the first {@code (},
 * without surrounding whitespace; it may contain letters, digits and {@code - : / @ . # % [ ]}.
 * {@code name} on its own calls a function without parameters, like {@code name()}. Trailing {@code
 * option} arguments may be left out and read as {@code none}.
 */
public final class WaveCall {
    private final String text;
    private final String name;
    private final int argsStart;

    private WaveCall(String text, String name, int argsStart) {
        this.text = text;
        this.name = name;
        this.argsStart = argsStart;
    }

    /**
     * Splits {@code text} into the function name and the argument list, which is read later.
     *
     * @throws WaveException (syntax) if there is no name or the name has an invalid character
     */
    public static WaveCall parse(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length()
                && text.charAt(i) != '('
                && !Character.isWhitespace(text.charAt(i))) {
            char c = text.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || "-:/@.#%[]_+".indexOf(c) >= 0;
            if (!ok) {
                throw new WaveException(
                        WaveException.Kind.SYNTAX,
                        "invalid character `" + c + "` in function name",
                        null,
                        text,
                        i);
            }
            i++;
        }
        String name = text.substring(start, i);
        if (name.isEmpty()) {
            throw new WaveException(
                    WaveException.Kind.SYNTAX,
                    "expected a function name, as in `add(1, 2)`",
                    null,
                    text,
                    start);
        }
        return new WaveCall(text, name, i);
    }

    /** The function name, e.g. {@code add} or {@code docs:calc/ops@1.0.0#add}. */
    public String name() {
        return name;
    }

    /** The whole call text. */
    public String text() {
        return text;
    }

    /**
     * Reads the arguments as values of {@code type}'s parameters.
     *
     * @throws WaveException on a syntax error, a value that does not fit its parameter, too many
     *     arguments, or a missing argument that is not an option
     */
    public List<Val> arguments(FuncType type) {
        WaveParser p = new WaveParser(text, WaveLexer.tokenize(text, argsStart, text.length()));
        return p.arguments(name, type);
    }

    /** {@code name(a: u32, b: string)}: how error messages show a signature. */
    public static String signature(String name, FuncType type) {
        String s = name + WaveParser.signature(type);
        return type.result() == null ? s : s + " -> " + type.result();
    }
}
