package dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Every item of an RSS or Atom feed as a page: the full content when the feed carries it, else the summary, flagged. */
public final class FeedPages {
    private FeedPages() {}

    public static void read(Path file, Consumer<Page> pages, BiConsumer<String, String> problems) {
        SyndFeed feed;
        try (XmlReader in = new XmlReader(file.toFile())) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(in);
        } catch (Exception e) {
            problems.accept(file.toString(), "not an RSS or Atom feed (" + e.getMessage() + ")");
            return;
        }
        int i = 0;
        for (SyndEntry entry : feed.getEntries()) {
            i++;
            try {
                String html = null;
                for (SyndContent c : entry.getContents()) if (c.getValue() != null && !c.getValue().isBlank()) html = c.getValue();
                boolean summaryOnly = html == null;
                if (html == null && entry.getDescription() != null) html = entry.getDescription().getValue();
                if (html == null || html.isBlank()) {
                    problems.accept(file + " item " + i, "no content and no summary");
                    continue;
                }
                List<Page.Block> blocks = HtmlExtractor.extract(Jsoup.parseBodyFragment(html, entry.getLink() == null ? "" : entry.getLink()));
                List<String> authors = new ArrayList<>();
                for (SyndPerson p : entry.getAuthors()) if (p.getName() != null) authors.add(p.getName());
                if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) authors.add(entry.getAuthor());
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                String language = feed.getLanguage() == null ? null : feed.getLanguage().toLowerCase().split("[-_]")[0];
                pages.accept(new Page(file + " item " + i, entry.getLink(), entry.getTitle(), authors,
                        date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), language,
                        feed.getTitle(), blocks, summaryOnly));
            } catch (RuntimeException e) {
                problems.accept(file + " item " + i, "unreadable item (" + e.getMessage() + ")");
            }
        }
    }
}
