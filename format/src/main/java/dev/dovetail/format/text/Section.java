package dev.dovetail.format.text;

/** The entries of one module section, counted as they are appended. */
final class Section {
    final WasmWriter body = new WasmWriter();
    int count;

    /** Starts a new entry and returns the writer to put it in. */
    WasmWriter add() {
        count++;
        return body;
    }
}
