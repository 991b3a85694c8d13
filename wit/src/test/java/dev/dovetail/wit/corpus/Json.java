package dev.dovetail.wit.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for the corpus' expected resolutions (objects keep their key order). */
final class Json {
    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.skipSpace();
        if (json.position != text.length()) {
            throw new IllegalArgumentException("trailing text at " + json.position);
        }
        return value;
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(position);
        switch (c) {
            case '{' -> {
                position++;
                Map<String, Object> object = new LinkedHashMap<>();
                skipSpace();
                if (text.charAt(position) == '}') {
                    position++;
                    return object;
                }
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    object.put(key, value());
                    skipSpace();
                    if (text.charAt(position++) == '}') {
                        return object;
                    }
                }
            }
            case '[' -> {
                position++;
                List<Object> list = new ArrayList<>();
                skipSpace();
                if (text.charAt(position) == ']') {
                    position++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skipSpace();
                    if (text.charAt(position++) == ']') {
                        return list;
                    }
                }
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                position += 4;
                return Boolean.TRUE;
            }
            case 'f' -> {
                position += 5;
                return Boolean.FALSE;
            }
            case 'n' -> {
                position += 4;
                return null;
            }
            default -> {
                int start = position;
                while (position < text.length()
                        && "-+.eE0123456789".indexOf(text.charAt(position)) >= 0) {
                    position++;
                }
                return Long.parseLong(text.substring(start, position));
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char escape = text.charAt(position++);
                switch (escape) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append(
                                (char)
                                        Integer.parseInt(
                                                text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> out.append(escape);
                }
            } else {
                out.append(c);
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(position++) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (position - 1));
        }
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
