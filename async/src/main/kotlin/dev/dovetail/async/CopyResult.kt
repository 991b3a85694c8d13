package dev.dovetail.async

/**
 * How a stream or future copy ended. Packed with the number of elements copied as `(count shl 4) or
 * code` in the `i32` that `stream.read`/`stream.write` return and in copy events.
 */
public enum class CopyResult(public val code: Int) {
    COMPLETED(0),
    DROPPED(1),
    CANCELLED(2);

    /** This result packed with [count] elements copied. */
    public fun pack(count: Int): Int {
        require(count in 0..MAX_COUNT) { "copy count $count does not fit in 28 bits" }
        return (count shl 4) or code
    }

    public companion object {
        /** The largest count that fits beside the four code bits. */
        public const val MAX_COUNT: Int = (1 shl 28) - 1

        /** The result code of a packed copy result. */
        public fun of(packed: Int): CopyResult =
            entries.getOrNull(packed and 0xF)
                ?: throw IllegalArgumentException("not a copy result: 0x${packed.toString(16)}")

        /** The element count of a packed copy result. */
        public fun countOf(packed: Int): Int = packed ushr 4
    }
}
