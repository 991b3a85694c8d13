package dev.dovetail.cli;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.text.WatException;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.UnsupportedFeatureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a component from a file: a binary ({@code \0asm...}) whatever its name, or component text
 * ({@code .wat}/{@code .wast}, or any file whose first token is {@code (}) through the project's
 * component text parser ({@link ComponentWat}). Every failure becomes a {@link CliException} with
 * its exit code.
 */
final class ComponentLoader {
    private ComponentLoader() {}

    static byte[] read(Path path) {
        if (Files.isDirectory(path)) {
            throw new CliException(ExitCode.NO_FILE, path + " is a directory, not a component");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.NO_FILE, "no such file: " + path);
        } catch (IOException e) {
            throw new CliException(ExitCode.NO_FILE, "cannot read " + path + ": " + e.getMessage());
        }
    }

    static Component load(Engine engine, Path path) {
        byte[] bytes = read(path);
        if (isText(path, bytes)) {
            bytes = assemble(path, new String(bytes, StandardCharsets.UTF_8));
        }
        return decode(engine, path.toString(), bytes);
    }

    static Component decode(Engine engine, String name, byte[] bytes) {
        if (bytes.length >= 8
                && bytes[0] == 0
                && bytes[1] == 'a'
                && bytes[4] == 1
                && bytes[5] == 0
                && bytes[6] == 0
                && bytes[7] == 0) {
            throw new CliException(
                    ExitCode.BAD_COMPONENT,
                    name + " is a core WebAssembly module, not a component");
        }
        try {
            return Component.fromBytes(engine, bytes);
        } catch (MalformedComponentException e) {
            throw new CliException(
                    ExitCode.BAD_COMPONENT,
                    "malformed component " + name + ": " + e.getMessage(),
                    e);
        } catch (InvalidComponentException e) {
            throw new CliException(
                    ExitCode.BAD_COMPONENT, "invalid component " + name + ": " + e.getMessage(), e);
        } catch (UnsupportedFeatureException e) {
            throw new CliException(
                    ExitCode.UNSUPPORTED,
                    "unsupported feature in " + name + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Binary when it starts with the wasm magic or is named {@code .wasm}; text when named {@code
     * .wat}/{@code .wast} or when it starts (after whitespace) with {@code (} or a {@code ;;}
     * comment.
     */
    private static boolean isText(Path path, byte[] bytes) {
        if (bytes.length >= 4
                && bytes[0] == 0
                && bytes[1] == 'a'
                && bytes[2] == 's'
                && bytes[3] == 'm') {
            return false;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".wasm")) {
            return false;
        }
        if (name.endsWith(".wat") || name.endsWith(".wast")) {
            return true;
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '(' || b == ';';
            }
        }
        return false;
    }

    /** Assembles component text with the project's component text parser. */
    static byte[] assemble(Path path, String text) {
        try {
            return ComponentWat.toBytes(text);
        } catch (WatException e) {
            throw new CliException(
                    ExitCode.BAD_COMPONENT,
                    "malformed component text "
                            + path
                            + ":"
                            + e.line()
                            + ":"
                            + e.column()
                            + ": "
                            + e.reason(),
                    e);
        } catch (MalformedComponentException e) {
            throw new CliException(
                    ExitCode.BAD_COMPONENT,
                    "malformed component " + path + ": " + e.getMessage(),
                    e);
        }
    }
}
