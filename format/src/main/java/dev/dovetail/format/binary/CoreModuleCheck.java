package dev.dovetail.format.binary;

import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.Parser;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;

/**
 * The one place where embedded core modules are checked while a component is decoded. The decoder
 * has already checked the module's preamble; this hook looks at the rest.
 */
@FunctionalInterface
public interface CoreModuleCheck {
    /**
     * Checks {@code module} (a whole core module, preamble included) found at {@code offset} of the
     * component, throwing a {@link dev.dovetail.abi.DovetailException} if it is unusable.
     */
    void check(byte[] module, long offset);

    /** Accept any module body (the preamble is still checked). */
    CoreModuleCheck NONE = (module, offset) -> {};

    /**
     * Parse and validate with Chicory. Chicory's malformed-module errors become {@link
     * MalformedComponentException}s at the module's offset; its validation errors become {@link
     * InvalidComponentException}s (a well-formed but invalid module is not a decoding problem).
     * Anything else Chicory throws on hostile input (including its internal assertions when
     * assertions are enabled) is reported as malformed too.
     *
     * <p>Known gap: Chicory 1.7.5 cannot parse an import whose module and field names are both
     * empty, nor 64-bit memories (memory64); such modules are not checked here (the framing and the
     * import section are).
     */
    CoreModuleCheck CHICORY =
            (module, offset) -> {
                if (CoreModuleFraming.hasEmptyImportNames(module)
                        || CoreModuleFraming.hasMemory64(module)) {
                    return;
                }
                try {
                    Parser.parse(module);
                } catch (InvalidException e) {
                    throw new InvalidComponentException(
                            "invalid core module at offset 0x"
                                    + Long.toHexString(offset)
                                    + ": "
                                    + e.getMessage(),
                            e);
                } catch (MalformedException e) {
                    throw new MalformedComponentException(
                            "malformed core module: " + e.getMessage(), offset, e);
                } catch (RuntimeException
                        | StackOverflowError
                        | OutOfMemoryError
                        | AssertionError e) {
                    // AssertionError: with -ea, Chicory 1.7.5 asserts instead of rejecting some
                    // malformed code (unbalanced block structure in AnnotatedInstruction.Builder)
                    throw new MalformedComponentException("malformed core module: " + e, offset, e);
                }
            };
}
