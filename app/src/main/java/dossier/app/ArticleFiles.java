package dossier.app;

import dossier.Dossier;
import dossier.model.Article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads article files for the command line, turning every way a file can be bad into a one-line reason. */
final class ArticleFiles {
    /** Larger inputs are refused rather than analysed for minutes: no news article is this long. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A file that could not be read as an article, with the reason in words. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private ArticleFiles() {}

    static Article read(Path file, LocalDate published) throws Unreadable {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new Unreadable(file + ": is a directory");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new Unreadable(file + ": " + size + " bytes is more than the " + MAX_BYTES + " an article may have");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": no such file");
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String text = decode(file, bytes);
        return Dossier.readText(file.toString(), text, published);
    }

    /** UTF-8 (a byte-order mark is dropped); a file that is not UTF-8 or is binary is refused with the reason. */
    static String decode(Path file, byte[] bytes) throws Unreadable {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(file + ": not valid UTF-8 text (" + e.getMessage() + ")");
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 > text.length()) {
            throw new Unreadable(file + ": looks binary (" + control + " control characters), not an article");
        }
        return text;
    }
}
