package dossier.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every HTML response in a WARC file (plain or gzipped) as a page, with the target URI as its URL and the capture
 * date standing in when the page states no publication date. A record that cannot be parsed is reported with its
 * offset; since a WARC with lying lengths cannot be resynchronised, reading stops there and keeps what it read.
 */
public final class WarcPages {
    private WarcPages() {}

    public static void read(Path file, Consumer<Page> pages, BiConsumer<String, String> problems) {
        read(file, file.toString(), pages, problems);
    }

    /** As {@link #read(Path, Consumer, BiConsumer)}, naming the file {@code name} in sources and problems (a local copy). */
    public static void read(Path file, String name, Consumer<Page> pages, BiConsumer<String, String> problems) {
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(w -> problems.accept(name + " at offset " + reader.position(), w));
            while (true) {
                long offset = reader.position();
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    problems.accept(name + " at offset " + offset, "malformed record, the rest of the file is skipped (" + e.getMessage() + ")");
                    return;
                }
                if (record == null) return;
                if (!(record instanceof WarcResponse response)) continue;
                try {
                    MediaType type = response.http().contentType();
                    if (!type.base().toString().contains("html")) continue;
                    byte[] body = response.http().body().stream().readAllBytes();
                    String url = response.target();
                    Page page = HtmlReader.read(name + "#" + offset, HtmlReader.decode(body), url);
                    if (page.published() == null) {
                        LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
                        page = new Page(page.source(), page.url(), page.title(), page.authors(), captured, page.language(),
                                page.siteName(), page.blocks(), false);
                    }
                    pages.accept(page);
                } catch (IOException | RuntimeException e) {
                    problems.accept(name + " at offset " + offset, "unreadable response record (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.accept(name, "not a WARC file (" + e.getMessage() + ")");
        }
    }
}
