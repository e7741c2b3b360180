package dossier.app;

import dossier.ingest.FeedPages;
import dossier.ingest.HtmlReader;
import dossier.ingest.Page;
import dossier.ingest.WarcPages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Web inputs by file name: HTML pages (also gzipped), WARC archives, RSS/Atom feeds. */
final class WebInputs {
    /** Larger pages are refused: no news page is this big, and extraction time grows with it. */
    static final long MAX_HTML_BYTES = 8L * 1024 * 1024;

    private WebInputs() {}

    static boolean isWeb(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")
                || n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".rss") || n.endsWith(".atom")
                || n.endsWith(".xml");
    }

    static void pages(Path f, Consumer<Page> pages, BiConsumer<String, String> problems) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(f)) {
            problems.accept(f.toString(), Files.exists(f) ? "not a file" : "no such file");
        } else if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            WarcPages.read(f, pages, problems);
        } else if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            FeedPages.read(f, pages, problems);
        } else if (isWeb(f)) {
            try {
                if (Files.size(f) > MAX_HTML_BYTES) {
                    problems.accept(f.toString(), Files.size(f) + " bytes is more than a page may have");
                    return;
                }
                byte[] bytes;
                try (InputStream in = n.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    bytes = in.readNBytes((int) MAX_HTML_BYTES + 1);
                }
                if (bytes.length > MAX_HTML_BYTES) {
                    problems.accept(f.toString(), "more than " + MAX_HTML_BYTES + " bytes unpacked");
                    return;
                }
                Page page = HtmlReader.read(f.toString(), HtmlReader.decode(bytes), null);
                if (page.blocks().isEmpty()) problems.accept(f.toString(), "no article text found on the page");
                else pages.accept(page);
            } catch (IOException | RuntimeException e) {
                problems.accept(f.toString(), (n.endsWith(".gz") ? "not a readable gzip file (" : "cannot be read (")
                        + e.getMessage() + ")");
            }
        } else {
            problems.accept(f.toString(), "not an HTML, WARC or feed file");
        }
    }

}
