package dev.dovetail.abi;

/** The {@code string-encoding} canonical option. */
public enum StringEncoding {
    UTF8("utf8"),
    UTF16("utf16"),
    /**
     * Latin-1 when every code point fits in a byte, else UTF-16 flagged by the length's top bit.
     */
    LATIN1_UTF16("latin1+utf16");

    private final String optionName;

    StringEncoding(String optionName) {
        this.optionName = optionName;
    }

    /** The spelling of the option in the text format, e.g. {@code latin1+utf16}. */
    public String optionName() {
        return optionName;
    }

    @Override
    public String toString() {
        return optionName;
    }
}
