package dev.dovetail.cli;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.InvalidComponentException;
import dev.dovetail.runtime.MalformedComponentException;
import dev.dovetail.runtime.UnsupportedFeatureException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a component from a file: a binary ({@code \0asm...}) whatever its name, or component text
 * ({@code .wat}/{@code .wast}, or any file whose first token is {@code (}) through the project's
 * component text parser. Every failure becomes a {@link CliException} with its exit code.
 */
final class ComponentLoader {
    private ComponentLoader() {}

    /** The component text parser, when this build has it (branch {@code component-text}). */
    static final String COMPONENT_WAT = "dev.dovetail.runtime.text.ComponentWat";

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

    private static boolean isText(Path path, byte[] bytes) {
        if (bytes.length >= 4
                && bytes[0] == 0
                && bytes[1] == 'a'
                && bytes[2] == 's'
                && bytes[3] == 'm') {
            return false;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".wat") || name.endsWith(".wast")) {
            return true;
        }
        for (byte b : bytes) {
            if (b == '(') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return false;
    }

    /** Assembles component text with {@code ComponentWat.toBytes(String)} when it is available. */
    static byte[] assemble(Path path, String text) {
        Method toBytes;
        try {
            toBytes = Class.forName(COMPONENT_WAT).getMethod("toBytes", String.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new CliException(
                    ExitCode.UNSUPPORTED,
                    path
                            + " is component text, and this build of dovetail cannot read"
                            + " component text yet (the component text parser is not"
                            + " included); give it a binary .wasm component instead");
        }
        try {
            return (byte[]) toBytes.invoke(null, text);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new CliException(
                    ExitCode.BAD_COMPONENT,
                    "malformed component text " + path + ": " + cause.getMessage(),
                    cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
