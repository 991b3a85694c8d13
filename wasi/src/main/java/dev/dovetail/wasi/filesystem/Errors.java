package dev.dovetail.wasi.filesystem;

import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/** The {@link ErrorCode} for a host failure, from the Java exception and the system's reason. */
final class Errors {
    /** strerror texts (glibc) of the errno values Java reports only as a reason. */
    private static final Map<String, ErrorCode> REASONS =
            Map.ofEntries(
                    Map.entry("Is a directory", ErrorCode.IS_DIRECTORY),
                    Map.entry("Not a directory", ErrorCode.NOT_DIRECTORY),
                    Map.entry("Too many levels of symbolic links", ErrorCode.LOOP),
                    Map.entry("No space left on device", ErrorCode.INSUFFICIENT_SPACE),
                    Map.entry("Read-only file system", ErrorCode.READ_ONLY),
                    Map.entry("File name too long", ErrorCode.NAME_TOO_LONG),
                    Map.entry("Invalid cross-device link", ErrorCode.CROSS_DEVICE),
                    Map.entry("Operation not permitted", ErrorCode.NOT_PERMITTED),
                    Map.entry("Permission denied", ErrorCode.ACCESS),
                    Map.entry("Directory not empty", ErrorCode.NOT_EMPTY),
                    Map.entry("File exists", ErrorCode.EXIST),
                    Map.entry("Invalid argument", ErrorCode.INVALID),
                    Map.entry("Too many links", ErrorCode.TOO_MANY_LINKS),
                    Map.entry("File too large", ErrorCode.FILE_TOO_LARGE),
                    Map.entry("Device or resource busy", ErrorCode.BUSY),
                    Map.entry("Text file busy", ErrorCode.TEXT_FILE_BUSY),
                    Map.entry("Disk quota exceeded", ErrorCode.QUOTA),
                    Map.entry("No such file or directory", ErrorCode.NO_ENTRY));

    private Errors() {}

    static ErrorCode of(Throwable e) {
        if (e instanceof FilesystemException f) {
            return f.code();
        }
        if (e instanceof NoSuchFileException) {
            return ErrorCode.NO_ENTRY;
        }
        if (e instanceof FileAlreadyExistsException) {
            return ErrorCode.EXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ErrorCode.NOT_EMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ErrorCode.NOT_DIRECTORY;
        }
        if (e instanceof FileSystemLoopException) {
            return ErrorCode.LOOP;
        }
        if (e instanceof NotLinkException) {
            return ErrorCode.INVALID;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            ErrorCode code = REASONS.get(f.getReason());
            if (code != null) {
                return code;
            }
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return ErrorCode.ACCESS;
        }
        if (e instanceof ClosedChannelException
                || e instanceof NonReadableChannelException
                || e instanceof NonWritableChannelException) {
            return ErrorCode.BAD_DESCRIPTOR;
        }
        if (e instanceof InvalidPathException || e instanceof IllegalArgumentException) {
            return ErrorCode.INVALID;
        }
        if (e instanceof UnsupportedOperationException) {
            return ErrorCode.UNSUPPORTED;
        }
        return ErrorCode.IO;
    }
}
