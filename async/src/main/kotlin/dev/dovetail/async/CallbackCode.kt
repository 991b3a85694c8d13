package dev.dovetail.async

import dev.dovetail.abi.Trap

/**
 * What an async callback-lifted export asks the host to do next, as the low four bits of the `i32`
 * it returns. The remaining bits name a waitable set for [WAIT].
 */
public enum class CallbackCode(public val code: Int) {
    /** The task is done. */
    EXIT(0),

    /** Let other tasks run, then call the callback again. */
    YIELD(1),

    /** Call the callback again when the named waitable set has an event. */
    WAIT(2);

    public companion object {
        private val byCode = entries.toTypedArray()

        /**
         * Splits a packed callback result into its code and waitable-set index, trapping on a code
         * the specification does not define.
         */
        public fun unpack(packed: Int): CallbackResult {
            val code = packed and 0xF
            if (code >= byCode.size) throw Trap("unsupported callback code: $code")
            return CallbackResult(byCode[code], packed ushr 4)
        }
    }
}

/** A decoded callback result: the [code] and, for [CallbackCode.WAIT], the [waitableSet]. */
public data class CallbackResult(val code: CallbackCode, val waitableSet: Int)
