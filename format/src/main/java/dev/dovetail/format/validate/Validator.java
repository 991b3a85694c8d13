package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.ComponentModel;

/**
 * Validates a {@link ComponentModel} against the rules of the Component Model (Explainer.md,
 * Binary.md, CanonicalABI.md) and computes its type.
 *
 * <p>Failures throw {@link InvalidComponentException} whose message contains the wording of
 * wasm-tools (wasmparser) for the same error, so that {@code assert_invalid} expectations match by
 * substring.
 */
public final class Validator {
    private Validator() {}

    /**
     * Decodes and validates a component binary.
     *
     * @throws dev.dovetail.format.MalformedComponentException if the binary cannot be decoded
     * @throws InvalidComponentException if it breaks a validation rule
     */
    public static ComponentTypeInfo validate(byte[] binary) {
        return validate(dev.dovetail.format.binary.ComponentDecoder.decode(binary));
    }

    /**
     * The type of a core module binary: its imports and exports, as a component sees them (for a
     * host that supplies a module to a component's {@code core module} import).
     */
    public static dev.dovetail.format.types.ModuleType moduleType(byte[] coreModule) {
        return CoreModules.moduleType(coreModule);
    }

    /** Validates {@code component} and returns its type and resolved index spaces. */
    public static ComponentTypeInfo validate(ComponentModel component) {
        Scope s = new Scope(null, ScopeKind.COMPONENT);
        s.component(component);
        return s.info();
    }
}
