package dossier.app;

import dossier.Dossier;
import dossier.model.Article;
import dossier.text.TextBytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads article files for the command line, turning every way a file can be bad into a one-line reason. */
final class ArticleFiles {
    static final long MAX_BYTES = TextBytes.MAX_BYTES;

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

    static String decode(Path file, byte[] bytes) throws Unreadable {
        try {
            return TextBytes.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(file + ": " + e.getMessage());
        }
    }
}
