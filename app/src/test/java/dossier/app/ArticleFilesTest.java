package dossier.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void missingFileSaysSo() {
        var e = assertThrows(ArticleFiles.Unreadable.class, () -> ArticleFiles.read(dir.resolve("nope.txt"), null));
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedWithTheReason() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(ArticleFiles.Unreadable.class, () -> ArticleFiles.read(f, null));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void binaryIsRefused() throws IOException {
        Path f = dir.resolve("image.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 2) bytes[i] = (byte) (i % 20);
        Files.write(f, bytes);
        var e = assertThrows(ArticleFiles.Unreadable.class, () -> ArticleFiles.read(f, null));
        assertTrue(e.getMessage().contains("UTF-8") || e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void aDirectoryIsNotAnArticle() {
        var e = assertThrows(ArticleFiles.Unreadable.class, () -> ArticleFiles.read(dir, null));
        assertTrue(e.getMessage().contains("directory"));
    }

    @Test
    void byteOrderMarkIsDroppedAndTextKeptExactly() throws Exception {
        Path f = dir.resolve("bom.txt");
        String text = "Title\r\n\r\nBody “quoted” text.\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertEquals(text, ArticleFiles.read(f, null).text());
    }

    @Test
    void emptyFileIsAnEmptyArticle() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "");
        assertEquals("", ArticleFiles.read(f, null).text());
    }
}
