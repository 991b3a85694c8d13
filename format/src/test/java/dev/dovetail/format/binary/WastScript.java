package dev.dovetail.format.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of the wast text syntax to pull {@code (component binary "...")} forms out of the
 * reference tests: s-expressions, comments and string literals with their escapes.
 */
final class WastScript {
    /** An s-expression: either an atom/string leaf or a list. */
    static final class Node {
        final List<Node> children; // null for leaves
        final String atom; // keyword/id/number, or null
        final byte[] string; // decoded string literal, or null
        final int line;

        Node(List<Node> children, String atom, byte[] string, int line) {
            this.children = children;
            this.atom = atom;
            this.string = string;
            this.line = line;
        }

        boolean isList() {
            return children != null;
        }

        /** The keyword at the head of a list, or "". */
        String head() {
            return isList() && !children.isEmpty() && children.get(0).atom != null
                    ? children.get(0).atom
                    : "";
        }
    }

    private final String src;
    private int pos;
    private int line = 1;

    private WastScript(String src) {
        this.src = src;
    }

    static List<Node> parse(String src) {
        WastScript p = new WastScript(src);
        List<Node> out = new ArrayList<>();
        while (true) {
            p.skipBlank();
            if (p.pos >= src.length()) {
                return out;
            }
            out.add(p.node());
        }
    }

    /**
     * If {@code n} is {@code (component $id? definition? binary "..."*)}, the concatenated bytes;
     * otherwise null.
     */
    static byte[] binaryComponent(Node n) {
        if (!n.head().equals("component")) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean binary = false;
        for (Node c : n.children.subList(1, n.children.size())) {
            if (c.atom != null && c.atom.equals("binary")) {
                binary = true;
            } else if (binary && c.string != null) {
                out.writeBytes(c.string);
            } else if (binary || c.isList()) {
                return null;
            }
        }
        return binary ? out.toByteArray() : null;
    }

    private void skipBlank() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith(";;", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("(;", pos)) {
                int depth = 0;
                do {
                    if (src.startsWith("(;", pos)) {
                        depth++;
                        pos += 2;
                    } else if (src.startsWith(";)", pos)) {
                        depth--;
                        pos += 2;
                    } else {
                        if (src.charAt(pos) == '\n') {
                            line++;
                        }
                        pos++;
                    }
                } while (depth > 0 && pos < src.length());
            } else {
                return;
            }
        }
    }

    private Node node() {
        int at = line;
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            List<Node> kids = new ArrayList<>();
            while (true) {
                skipBlank();
                if (pos >= src.length()) {
                    throw new IllegalArgumentException("unclosed ( at line " + at);
                }
                if (src.charAt(pos) == ')') {
                    pos++;
                    return new Node(kids, null, null, at);
                }
                kids.add(node());
            }
        }
        if (c == '"') {
            return new Node(null, null, string(), at);
        }
        int start = pos;
        while (pos < src.length()) {
            char d = src.charAt(pos);
            if (Character.isWhitespace(d) || d == '(' || d == ')' || d == '"' || d == ';') {
                break;
            }
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("unexpected ')' at line " + at);
        }
        return new Node(null, src.substring(start, pos), null, at);
    }

    /** A string literal, escapes decoded to the bytes they denote. */
    private byte[] string() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pos++; // opening quote
        while (true) {
            if (pos >= src.length()) {
                throw new IllegalArgumentException("unterminated string at line " + line);
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return out.toByteArray();
            }
            if (c != '\\') {
                int cp = c;
                if (Character.isHighSurrogate(c) && pos < src.length()) {
                    cp = Character.toCodePoint(c, src.charAt(pos++));
                }
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '"' -> out.write('"');
                case '\'' -> out.write('\'');
                case '\\' -> out.write('\\');
                case 'u' -> {
                    int close = src.indexOf('}', pos);
                    int cp = Integer.parseInt(src.substring(pos + 1, close).replace("_", ""), 16);
                    pos = close + 1;
                    out.writeBytes(
                            new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    int hi = Character.digit(e, 16);
                    int lo = Character.digit(src.charAt(pos++), 16);
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException("bad escape at line " + line);
                    }
                    out.write(hi * 16 + lo);
                }
            }
        }
    }
}
