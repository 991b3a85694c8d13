package dev.dovetail.wit.resolve;

import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.validate.Validator;
import dev.dovetail.wit.WitException;
import dev.dovetail.wit.component.ComponentWit;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.print.WitPrinter;
import dev.dovetail.wit.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WIT packages encoded as components ({@code .wasm}, or {@code .wat} text), decoded and printed
 * back as WIT so that they join the other sources. Needs {@code dovetail-format} on the class path;
 * only this class touches it.
 */
final class EncodedPackages {
    private EncodedPackages() {}

    static SourceFile decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException failure) {
            throw new WitException("failed to read path for WIT [" + file + "]");
        }
        Resolve resolve;
        try {
            resolve =
                    ComponentWit.decodePackage(
                            file.getFileName().toString().endsWith(".wat")
                                    ? Validator.validate(
                                                    ComponentWat.parse(
                                                            new String(
                                                                    bytes, StandardCharsets.UTF_8)))
                                            .type()
                                    : Validator.validate(bytes).type());
        } catch (NoClassDefFoundError missing) {
            throw new WitException("decoding " + file + " needs dovetail-format on the class path");
        } catch (WitException failure) {
            throw failure;
        } catch (RuntimeException invalid) {
            throw new WitException(
                    "failed to decode a WIT package from " + file + ": " + invalid.getMessage());
        }
        return new SourceFile(
                file.toString(), WitPrinter.print(resolve, resolve.packages().size() - 1));
    }
}
