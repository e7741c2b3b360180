package dossier.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebReadersTest {
    @TempDir
    Path dir;

    static final String BODY = "<html><body><article><p>The council approved the new budget on Tuesday after a long"
            + " debate about schools, roads and the library, officials said.</p></article></body></html>";

    @Test
    void warcResponsesBecomePagesAndABrokenTailIsReported() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            for (int i = 0; i < 2; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML, BODY.replace("budget", "budget " + i).getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://news.example/story-" + i))
                        .date(Instant.parse("2020-03-0" + (i + 1) + "T10:00:00Z")).body(http).build());
            }
        }
        List<Page> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        WarcPages.read(warc, pages::add, (where, why) -> problems.add(where + ": " + why));
        assertEquals(2, pages.size(), problems.toString());
        assertEquals("https://news.example/story-1", pages.get(1).url());
        assertEquals(LocalDate.of(2020, 3, 2), pages.get(1).published(), "the capture date stands in");
        assertTrue(pages.get(0).text().contains("budget 0"));
        assertTrue(problems.isEmpty(), problems.toString());

        // A record whose length lies: the good one before it is kept, the rest reported.
        byte[] bytes = Files.readAllBytes(warc);
        Path broken = dir.resolve("broken.warc");
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = s.indexOf("WARC/1", 10);
        Files.write(broken, (s.substring(0, second) + s.substring(second).replaceFirst("Content-Length: \\d+", "Content-Length: 99999"))
                .getBytes(StandardCharsets.ISO_8859_1));
        List<Page> kept = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        WarcPages.read(broken, kept::add, (where, why) -> reported.add(where + ": " + why));
        assertEquals(1, kept.size());
        assertFalse(reported.isEmpty());
        assertTrue(reported.get(0).contains("offset"), reported.toString());
    }

    @Test
    void feedItemsWithContentOrSummary() throws Exception {
        Path rss = dir.resolve("feed.rss");
        Files.writeString(rss, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>City News</title><link>https://city.example</link><description>d</description>
                <language>en-us</language>
                <item><title>Budget approved</title><link>https://city.example/budget</link>
                  <pubDate>Tue, 10 Mar 2020 09:00:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>The council approved the new budget on Tuesday after a long debate
                  about schools, roads and the library, officials said.</p>]]></content:encoded></item>
                <item><title>Library hours</title><link>https://city.example/library</link>
                  <description><![CDATA[<p>The library will open on Sundays from next month, the mayor announced
                  at a press conference.</p>]]></description></item>
                </channel></rss>
                """);
        List<Page> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FeedPages.read(rss, pages::add, (where, why) -> problems.add(why));
        assertEquals(2, pages.size(), problems.toString());
        assertFalse(pages.get(0).summaryOnly());
        assertTrue(pages.get(0).text().contains("approved the new budget"));
        assertEquals(LocalDate.of(2020, 3, 10), pages.get(0).published());
        assertTrue(pages.get(1).summaryOnly());
        assertEquals("en", pages.get(1).language());
        FeedPages.read(dir.resolve("missing.rss"), pages::add, (where, why) -> problems.add(why));
        assertEquals(1, problems.size());
    }

    @Test
    void languageGuess() {
        assertEquals("en", Languages.guess("The council approved the budget and the plan for the roads of the city."));
        assertEquals("de", Languages.guess("Der Rat hat den Haushalt und die Pläne für die Straßen der Stadt nicht gebilligt."));
        assertEquals("ru", Languages.guess("Совет утвердил бюджет и план ремонта дорог в городе на следующий год."));
    }
}
