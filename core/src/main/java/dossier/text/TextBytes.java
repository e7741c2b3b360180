package dossier.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The bytes of a plain-text article as text, read the same way wherever they come from (a file, Spark). */
public final class TextBytes {
    /** Larger inputs are refused rather than analysed for minutes: no news article is this long. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TextBytes() {}

    /**
     * UTF-8 (a byte-order mark is dropped).
     *
     * @throws IllegalArgumentException with the reason, for text that is not UTF-8, looks binary or is too long
     */
    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(bytes.length + " bytes is more than the " + MAX_BYTES + " an article may have");
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8 text (" + e.getMessage() + ")");
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 > text.length()) {
            throw new IllegalArgumentException("looks binary (" + control + " control characters), not an article");
        }
        return text;
    }
}
