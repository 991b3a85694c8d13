package dev.dovetail.format.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One token with its 1-based position. {@code text} is the source spelling, except for {@link
 * TokenKind#ID} (the name without {@code $}, unquoted) and {@link TokenKind#ANNOTATION} (the name
 * after {@code (@}). {@code bytes} holds the decoded contents of a {@link TokenKind#STRING}.
 */
public record Token(TokenKind kind, String text, byte[] bytes, int line, int column) {

    /** The string's contents as text; fails unless the bytes are valid UTF-8 (as names must be). */
    public String utf8() {
        return decodeUtf8(bytes, line, column);
    }

    static String decodeUtf8(byte[] bytes, int line, int column) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WatException("malformed UTF-8 encoding", line, column);
        }
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
