package dev.dovetail.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves guest paths inside a preopen, as {@code openat2} with {@code RESOLVE_BENEATH} does: the
 * path is walked one component at a time from the preopen's root, checking each with {@code
 * NOFOLLOW_LINKS}; {@code ..} pops a component and may not go above the root; a symbolic link is
 * read and its target spliced into the remaining path (an absolute target is refused), so links can
 * only lead inside the preopen. The result is the list of real directory names below the root, none
 * of them a link, to be opened without following links.
 *
 * <p>Java has no {@code openat}, so a directory swapped for a link between this walk and the open
 * is caught afterwards: {@link #checkInside} compares the opened location's real path with the
 * root's.
 */
final class Sandbox {
    /** Links followed in one resolution before giving up with {@code loop}, as Linux's 40. */
    static final int MAX_LINKS = 40;

    private Sandbox() {}

    /** The host path of {@code components} below {@code root}. */
    static Path hostPath(Path root, List<String> components) {
        Path p = root;
        for (String c : components) {
            p = p.resolve(c);
        }
        return p;
    }

    /**
     * The components below {@code root} that {@code path}, relative to the directory {@code base},
     * names; the last one is a link itself unless {@code followFinal}.
     */
    static List<String> resolve(Path root, List<String> base, String path, boolean followFinal)
            throws FilesystemException {
        if (path.isEmpty()) {
            throw new FilesystemException(ErrorCode.NO_ENTRY, "empty path");
        }
        if (path.indexOf('\0') >= 0) {
            throw new FilesystemException(ErrorCode.INVALID, "path contains a NUL character");
        }
        if (path.startsWith("/")) {
            throw new FilesystemException(ErrorCode.NOT_PERMITTED, "absolute path: " + path);
        }
        requireDirectories(root, base);
        Deque<String> pending = new ArrayDeque<>(split(path));
        List<String> current = new ArrayList<>(base);
        int links = 0;
        while (!pending.isEmpty()) {
            String c = pending.poll();
            boolean last = pending.isEmpty();
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (current.isEmpty()) {
                    throw new FilesystemException(
                            ErrorCode.NOT_PERMITTED, "path leaves the preopened directory");
                }
                current.remove(current.size() - 1);
                continue;
            }
            Path p = hostPath(root, current).resolve(c);
            if (!last || followFinal) {
                BasicFileAttributes attributes = attributes(p);
                if (attributes == null) {
                    if (!last) {
                        throw new FilesystemException(ErrorCode.NO_ENTRY, "no such directory");
                    }
                } else if (attributes.isSymbolicLink()) {
                    if (++links > MAX_LINKS) {
                        throw new FilesystemException(ErrorCode.LOOP, "too many symbolic links");
                    }
                    String target = readLink(p);
                    if (target.startsWith("/")) {
                        throw new FilesystemException(
                                ErrorCode.NOT_PERMITTED, "link to an absolute path: " + target);
                    }
                    List<String> parts = split(target);
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        pending.push(parts.get(i));
                    }
                    continue;
                } else if (!last && !attributes.isDirectory()) {
                    throw new FilesystemException(ErrorCode.NOT_DIRECTORY, "not a directory");
                }
            }
            current.add(c);
        }
        return current;
    }

    /** Each of {@code components} is still a directory and not a link (re-checked per use). */
    static void requireDirectories(Path root, List<String> components) throws FilesystemException {
        Path p = root;
        for (String c : components) {
            p = p.resolve(c);
            BasicFileAttributes a = attributes(p);
            if (a == null) {
                throw new FilesystemException(ErrorCode.NO_ENTRY, "directory was removed");
            }
            if (!a.isDirectory() || a.isSymbolicLink()) {
                throw new FilesystemException(
                        ErrorCode.NOT_PERMITTED, "directory was replaced by a non-directory");
            }
        }
    }

    /**
     * Checks after an open that {@code opened} (its parent, when it is not a directory) really lies
     * inside {@code root}, in case a component was swapped for a link during the walk.
     */
    static void checkInside(Path root, Path opened, boolean directory)
            throws FilesystemException, IOException {
        Path real = (directory ? opened : opened.getParent()).toRealPath();
        if (!real.startsWith(root)) {
            throw new FilesystemException(
                    ErrorCode.NOT_PERMITTED, "path left the preopened directory while opening");
        }
    }

    /** The last non-empty component of {@code path} is a name, not {@code .} or {@code ..}. */
    static void requireName(String path) throws FilesystemException {
        List<String> parts = split(path);
        for (int i = parts.size() - 1; i >= 0; i--) {
            String c = parts.get(i);
            if (!c.isEmpty()) {
                if (c.equals(".") || c.equals("..")) {
                    throw new FilesystemException(
                            ErrorCode.INVALID, "path must end in a name: " + path);
                }
                return;
            }
        }
    }

    static BasicFileAttributes attributes(Path p) throws FilesystemException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            throw new FilesystemException(Errors.of(e), String.valueOf(e.getMessage()));
        }
    }

    private static String readLink(Path p) throws FilesystemException {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | RuntimeException e) {
            throw new FilesystemException(Errors.of(e), String.valueOf(e.getMessage()));
        }
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }
}
