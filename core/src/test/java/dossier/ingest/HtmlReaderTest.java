package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {
    /** Two paragraphs of a story, for the pages below that need one. */
    static final String COUNCIL_VOTE = "<p>The council voted on Tuesday, after a long debate, to close the old bridge"
            + " to lorries, citing cracks found in two of its piers.</p><p>Repairs, the council said, are expected"
            + " to take most of the summer, and buses will use a diversion.</p>";

    static final String PAGE = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Harbour reopens | The Coast Gazette</title>
            <meta property="og:site_name" content="The Coast Gazette">
            <link rel="canonical" href="https://gazette.example/2021/05/04/harbour-reopens">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Harbour reopens after storm","datePublished":"2021-05-04T08:30:00+01:00",
              "author":[{"@type":"Person","name":"Jane Moss"}]}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <header class="site-header"><h1>The Coast Gazette</h1></header>
            <div class="layout"><article class="story-body">
              <h1>Harbour reopens after storm</h1>
              <p>The harbour reopened on Monday after a week of repairs, the port authority said, and the first
                 ferries left for the islands in the afternoon.</p>
              <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>
              <p>Engineers replaced two damaged pontoons and checked the breakwater, which had taken the worst of
                 the waves during the storm, according to the authority.</p>
              <h2>Fishing fleet returns</h2>
              <p>Fishermen, who had moored in a neighbouring port, said they were relieved to be back before the
                 start of the crab season, which brings most of their income.</p>
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
            <div class="comments"><p>Great news, finally! Posted by a reader who has a lot to say about ferries.</p></div>
            </div>
            <footer><p>© 2021 The Coast Gazette. All rights reserved. Follow us on social media for updates.</p></footer>
            </body></html>
            """;

    @Test
    void mainTextWithoutNavigationSharingRelatedCommentsOrFooter() {
        Page p = HtmlReader.read("page.html", PAGE, null);
        String text = p.text();
        assertTrue(text.startsWith("The harbour reopened on Monday"), text);
        assertTrue(text.contains("Fishing fleet returns"));
        assertTrue(text.contains("crab season"));
        for (String junk : List.of("Home", "Share on", "Storm hits coast", "Great news", "All rights reserved")) {
            assertFalse(text.contains(junk), junk + " in " + text);
        }
        assertTrue(p.blocks().stream().anyMatch(b -> b.heading() && b.text().equals("Fishing fleet returns")));
        assertEquals(4, p.blocks().size(), p.blocks().toString());
    }

    @Test
    void metadataFromJsonLdMetaAndLinks() {
        Page p = HtmlReader.read("page.html", PAGE, "https://gazette.example/x");
        assertEquals("Harbour reopens after storm", p.title());
        assertEquals(List.of("Jane Moss"), p.authors());
        assertEquals(LocalDate.of(2021, 5, 4), p.published());
        assertEquals("https://gazette.example/2021/05/04/harbour-reopens", p.url());
        assertEquals("The Coast Gazette", p.siteName());
        assertEquals("en", p.language());
    }

    @Test
    void dateFromMetaTimeOrUrlWhenThereIsNoJsonLd() {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"2019-11-20T10:00:00Z\"></head><body><p>x</p></body></html>";
        assertEquals(LocalDate.of(2019, 11, 20), HtmlReader.read("a", meta, null).published());
        String time = "<html><body><time datetime=\"2018-02-03\">3 Feb</time><p>x</p></body></html>";
        assertEquals(LocalDate.of(2018, 2, 3), HtmlReader.read("b", time, null).published());
        String none = "<html><body><p>Nothing dated here at all.</p></body></html>";
        assertEquals(LocalDate.of(2017, 6, 30), HtmlReader.read("c", none, "https://x.example/2017/06/30/story").published());
    }

    @Test
    void aGraphThatDatesOnlyItsWebPageNodeStillDatesThePage() {
        String page = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Valley Post\"},{\"@type\":\"WebPage\",\"datePublished\":"
                + "\"2022-03-08T09:27:16+01:00\"},{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\"}]}</script></head>"
                + "<body><p>The dam opened.</p><p>Related: 2019-01-01 archive</p></body></html>";
        assertEquals(LocalDate.of(2022, 3, 8), HtmlReader.read("a", page, null).published());
    }

    @Test
    void aUtcTimestampNearMidnightTakesThePublishersDayFromTheUrl() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"%s\"></head><body><p>x</p></body></html>";
        // 01:40 UTC is the evening before in the Americas, where the URL says the story came out.
        assertEquals(LocalDate.of(2021, 9, 13),
                HtmlReader.read("a", page.formatted("2021-09-14T01:40:00Z"), "https://news.example/2021/09/13/story").published());
        // 21:15 UTC is already the next morning in east Asia.
        assertEquals(LocalDate.of(2021, 9, 15),
                HtmlReader.read("b", page.formatted("2021-09-14T21:15:00+00:00"), "https://news.example/2021/09/15/story").published());
        // At noon UTC no publisher's day differs by one: a URL a day off is the day its draft was begun.
        assertEquals(LocalDate.of(2021, 9, 14),
                HtmlReader.read("c", page.formatted("2021-09-14T12:05:00Z"), "https://news.example/2021/09/13/story").published());
        // A timestamp in local time is the publisher's day already.
        assertEquals(LocalDate.of(2021, 9, 14),
                HtmlReader.read("d", page.formatted("2021-09-14T01:40:00-04:00"), "https://news.example/2021/09/13/story").published());
    }

    @Test
    void classNamesThatStateALayoutOrATermDoNotMakeABoxBoilerplate() {
        String prose = "<p>The council voted on Tuesday to close the old bridge to lorries, citing cracks found in"
                + " two of its piers by engineers during an inspection last month.</p>";
        String page = "<html><head><meta property=\"og:type\" content=\"article\"></head><body>"
                + "<div class=\"layout has-sidebar\"><div class=\"post tag-transport\">" + prose
                + "</div><div class=\"entry field--label-hidden\"><p class=\"pread-1\">Repairs are expected to take"
                + " most of the summer, and buses will use a diversion through the town centre until then.</p></div>"
                + "<div class=\"live-comments\"><p>Reader comment: about time, this bridge has been a danger for"
                + " years and everybody in the town knows it.</p></div><div class=\"more\"><p>The bridge, opened in 1904,"
                + " carries about nine thousand vehicles a day, a third of them heavy goods vehicles, the council"
                + " said in its report to members.</p></div><div class=\"jp-relatedposts\"><p>Related: a new ferry for the"
                + " island, and what it means for commuters who cross the estuary every morning.</p></div>"
                + "<div class=\"author-box entry-text\"><p>Jane Moss writes about transport and the coast for the paper"
                + " and has covered the bridge since the first cracks.</p></div></div></body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.contains("cracks found"), text);
        assertFalse(text.contains("a new ferry for the island"), "a name saying both 'related' and 'posts' is related posts");
        assertFalse(text.contains("writes about transport"), "an author box");
        assertTrue(text.contains("diversion through the town centre"), text);
        assertFalse(text.contains("Reader comment"), text);
    }

    @Test
    void anArticlesStandfirstOutsideTheStoryContainerLeadsTheText() {
        String page = "<html><head><meta property=\"og:type\" content=\"article\"></head><body>"
                + "<header class=\"article-header\"><h1>Bridge to close</h1><p class=\"standfirst\">Lorries will be"
                + " banned from the old bridge for the whole summer while engineers repair two cracked piers.</p></header>"
                + "<div class=\"story\">" + COUNCIL_VOTE + "<p>Shopkeepers on the high street,"
                + " who depend on passing trade, said they feared a quiet season.</p></div>"
                + "<div class=\"more\"><p class=\"teaser\">A new cycle path along the canal was opened by the mayor at"
                + " the weekend, and hundreds of people already use it.</p></div></body></html>";
        List<Page.Block> blocks = HtmlReader.read("a", page, null).blocks();
        assertTrue(blocks.get(0).text().startsWith("Lorries will be banned"), blocks.toString());
        String text = HtmlReader.read("b", page, null).text();
        assertTrue(text.contains("citing cracks"), text);
        assertFalse(text.contains("cycle path"), "another story's teaser, after the story: " + text);
    }

    @Test
    void aStandfirstInsideARemovedHeaderAndTextALazyPageHidInNoscriptAreKept() {
        String story = "<div class=\"story\">" + COUNCIL_VOTE + "</div>";
        String headed = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><main><header>"
                + "<span class=\"date\">12.05.2023</span><p class=\"a-lead\">Lorries will be banned from the old bridge"
                + " for the whole summer.</p></header>" + story + "</main></body></html>";
        String text = HtmlReader.read("a", headed, null).text();
        assertTrue(text.startsWith("Lorries will be banned"), text);
        assertFalse(text.contains("12.05.2023"), text);
        String unnamed = "<p>Lorries will be banned from the old bridge for the whole summer while engineers repair two"
                + " of its piers, the council said.</p>";
        String others = "<ul>" + "<li><a href=\"/other\">Another story from the coast, with a long headline</a></li>".repeat(8)
                + "</ul>";
        String inArticle = "<html><body><article><header><h1>Old bridge closes</h1>" + unnamed + "</header>" + story
                + "</article>" + others + "</body></html>";
        assertTrue(HtmlReader.read("c", inArticle, null).text().startsWith("Lorries will be banned"),
                "an article's header holds its standfirst, named or not");
        String siteHeader = "<html><body><header>" + unnamed.replace("Lorries", "Buses") + "</header><article>" + story
                + "</article>" + others + "</body></html>";
        assertFalse(HtmlReader.read("d", siteHeader, null).text().contains("Buses will be banned"),
                "a site's header holds no story");
        String lazy = "<html><body><div class=\"post\"><noscript>" + story.repeat(3) + "</noscript></div>"
                + "<noscript><img src=\"pixel.gif\">Please enable JavaScript.</noscript></body></html>";
        String hidden = HtmlReader.read("b", lazy, null).text();
        assertTrue(hidden.contains("citing cracks"), hidden);
        assertFalse(hidden.contains("enable JavaScript"), hidden);
    }

    @Test
    void aStorySplitIntoSectionsOfOneKindIsReadWhole() {
        String section = "<section class=\"textblock\"><div class=\"row\"><div class=\"col\">%s</div></div></section>";
        String page = "<html><body><main>"
                + section.formatted("<p>The council voted on Tuesday, after a long debate, to close the old bridge to"
                + " lorries, citing cracks found in two of its piers, and said repairs would start in June.</p><p>Engineers"
                + " had warned for years, the council said, that the piers were weakening under the traffic.</p>"
                + "<p>The bridge, opened in 1904, carries about nine thousand vehicles a day, a third of them lorries,"
                + " according to the council's own count.</p>")
                + section.formatted("<p>Shopkeepers on the high street said they feared a quiet summer.</p>")
                + "<div class=\"promo\"><p>Win tickets to the summer fair!</p></div></main></body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.contains("citing cracks") && text.contains("feared a quiet summer"), text);
        assertFalse(text.contains("Win tickets"), text);
    }

    @Test
    void aBoxNamedForTheButtonsBesideTheStoryKeepsTheStoryItWraps() {
        String story = "<p>The council voted on Tuesday, after a long debate, to close the old bridge to lorries,"
                + " citing cracks found in two of its piers, and said repairs would start in June.</p><p>Engineers had"
                + " warned for years, the council said, that the piers were weakening under the traffic.</p><p>The"
                + " bridge, opened in 1904, carries about nine thousand vehicles a day, a third of them lorries,"
                + " according to the council's own count, and the diversion will add ten minutes to most journeys.</p>"
                + "<p>Shopkeepers on the high street said they feared a quiet summer.</p>";
        StringBuilder teasers = new StringBuilder("<div class=\"more\"><ul>");
        for (int i = 1; i <= 30; i++) {
            teasers.append("<li><a href=\"/").append(i).append("\">Another story from the coast, number ").append(i)
                    .append(", with a headline long enough to tempt the reader</a></li>");
        }
        teasers.append("</ul>");
        String page = "<html><body><main><article><h1>Old bridge closes</h1><div class=\"sharing-container\">"
                + "<div class=\"share-bar\"><a href=\"#\">Share</a></div>%s</div></article></main>"
                + teasers + "</div></body></html>";
        String text = HtmlReader.read("a", page.formatted(story), null).text();
        assertTrue(text.contains("citing cracks") && text.contains("ten minutes to most journeys"), text);
        String comments = "<div class=\"comment-list\">" + story.replace("council", "reader") + "</div>";
        String post = "<html><body><article><p>The council closes the old bridge to lorries on Monday.</p>" + comments
                + "</article>" + teasers + "</div></body></html>";
        assertFalse(HtmlReader.read("b", post, null).text().contains("reader voted"),
                "readers' comments that outgrow a short post are not the story");
    }

    @Test
    void aLongListOfNamesDoesNotOutscoreTheStoryByItsCommas() {
        StringBuilder signatories = new StringBuilder();
        for (String name : List.of("Ana Ostrova", "Tom Reyes", "Lena Marsh", "Marta Ruiz", "Piet Halvorsen")) {
            for (String place : List.of("Velmont University", "Ardent College", "Harbour Institute", "Coast Review")) {
                signatories.append(name).append(", ").append(place).append(' ');
            }
        }
        String page = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><div class=\"letter\">" + COUNCIL_VOTE + "<p>The letter, signed by teachers,"
                + " writers and engineers, asks the council to keep the bridge open to buses.</p></div>"
                + "<table><tr><td>" + signatories + "</td></tr></table></body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.startsWith("The council voted") && text.contains("keep the bridge open"), text);
        assertFalse(text.contains("Velmont University"), text);
    }

    @Test
    void aDatelineBeforeTheStoryAndLabelsAfterItAreNotTheStory() {
        String page = "<html><body><article><p>Updated: 04.05.2021, 10:27</p><p>Lesezeit: 4 Min.</p><p>6 min read</p>"
                + "<p>٠٤/٠٥/٢٠٢١ ١٠:٢٧</p>"
                + COUNCIL_VOTE + "<p>Aktualisiert am 05.05.2021, 09:12</p>"
                + "<h3>More from the coast</h3><p>Contact:</p><p>Release date:</p></article></body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.startsWith("The council voted") && text.endsWith("buses will use a diversion."), text);
        String dated = "<html><body><article>" + COUNCIL_VOTE.replace("on Tuesday", "on 4.5.2021")
                + "<h3>What happens next</h3><p>The bridge reopens in the autumn, the council said.</p>"
                + "<p>Updated plans are due on 1 June 2021.</p></article></body></html>";
        String kept = HtmlReader.read("b", dated, null).text();
        assertTrue(kept.contains("on 4.5.2021") && kept.contains("What happens next") && kept.contains("Updated plans"),
                "the story's own dates and headings stay: " + kept);
    }

    @Test
    void captionsAndHeadingsThatIntroduceOnlyLinksAreNotTheStory() {
        String page = "<html><body><article><p>The council voted on Tuesday to close the old bridge to lorries, citing"
                + " cracks found in two of its piers by engineers during an inspection last month.</p>"
                + "<figure><img src=\"b.jpg\"><figcaption>The old bridge at dusk. Photo: Town Archive</figcaption></figure>"
                + "<p>Repairs are expected to take most of the summer, and buses will use a diversion through the town"
                + " centre until then, the council said.</p><h3>Mehr zum Thema</h3><ul><li><a href=\"/a\">Ferry"
                + " timetable changes</a></li><li><a href=\"/b\">Bus lanes on the ring road</a></li></ul></article>"
                + "</body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.contains("cracks found") && text.contains("diversion through the town"), text);
        String ruby = page.replace("two of its piers", "two of its <ruby>piers<rp>(</rp><rt>pɪəz</rt><rp>)</rp></ruby>");
        assertTrue(HtmlReader.read("r", ruby, null).text().contains("two of its piers by engineers"),
                "a reading printed over a word is not part of the text");
        assertFalse(text.contains("Photo: Town Archive"), "a caption: " + text);
        assertFalse(text.contains("Mehr zum Thema"), "a heading over a list of links: " + text);
        String appeals = page.replace("</article>", "<p>Follow us on Twitter for more news from the coast.</p><p>Foto: Town Archive</p><p>© Jane Moss / Town Archive</p>"
                + "<p>© 2023 The Coast Gazette. All rights reserved.</p><p>Readers who subscribe to the ferry company's"
                + " newsletter will be told of the diversion first, the council said, and so will the local bus users'"
                + " association, which asked for a plan in March and will be consulted again in the autumn before"
                + " the bridge reopens to lorries and the buses return to their usual route over the river.</p></article>");
        String kept = HtmlReader.read("b", appeals, null).text();
        assertFalse(kept.contains("Follow us on Twitter") || kept.contains("All rights reserved") || kept.contains("Foto:")
                || kept.contains("© Jane Moss"), kept);
        assertTrue(kept.contains("subscribe to the ferry company"), "a long paragraph is the story: " + kept);
        assertShortLinesGo(page, "<p>Follow The Coast Gazette on Instagram for pictures of the harbour.</p><p>Download"
                + " the Coast Gazette app for news as it happens.</p><p>¡Únete a nuestro canal de Telegram!</p><p>Unseren"
                + " Newsletter können Sie hier kostenlos abonnieren.</p><p>Become a member and read without limits.</p>"
                + "<p>The ferry company's newsletter said the timetable would not change.</p>",
                List.of("Instagram", "app for news", "Telegram", "Newsletter", "Become a member"),
                "newsletter said the timetable");
        assertShortLinesGo(page, "<p>The pier at dusk. Photo: Ana Ostrova</p><p>Lorries queue at the bridge. © Velmont"
                + " Press / Tom Reyes</p><p>The old toll house (Lena Marsh / iStock)</p><p>Photograph by Marta Ruiz, Coast"
                + " Archive</p><p>Abbildung 2: Die Brücke im Jahr 1904</p><p>Ana Ostrova took the photo at dawn, the"
                + " council said.</p>",
                List.of("Photo: Ana", "© Velmont", "iStock", "Photograph by", "Abbildung"), "took the photo at dawn");
    }

    /** {@code lines} at the end of {@code page}'s article: those holding {@code gone} go, the one with {@code kept} stays. */
    private static void assertShortLinesGo(String page, String lines, List<String> gone, String kept) {
        String text = HtmlReader.read("x", page.replace("</article>", lines + "</article>"), null).text();
        for (String g : gone) assertFalse(text.contains(g), g + " in " + text);
        assertTrue(text.contains(kept), "a story's own sentence: " + text);
    }

    @Test
    void commentsAndTeasersIntroducedInsideTheStorysBoxAreNotTheStory() {
        String later = "<p>The bridge, opened in 1904, carries about nine thousand vehicles a day, a third of them"
                + " lorries, and the council expects the diversion to add ten minutes to most journeys.</p>";
        String more = "<p>Shopkeepers on the high street, who depend on passing trade from the lorry drivers, said"
                + " they feared a quiet season and asked the council to put up signs to their car park.</p>";
        String page = "<html><body><div class=\"entry\">" + COUNCIL_VOTE + later
                + "<p>Lesen Sie auch:</p><p><a href=\"/a\">Ferry timetable changes</a></p>"
                + "<p><a href=\"/b\">Bus lanes on the ring road</a></p>" + more
                + "<p>Press contact</p><p>Town hall press office, 01632 960 123</p>"
                + "<h3>3 Comments</h3><p>I drive over that bridge every day and I am glad somebody finally looked at"
                + " the piers, which have looked worse every winter for as long as I can remember.</p>"
                + "</div></body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.contains("cracks found") && text.contains("a quiet season"),
                "the story goes on after the teasers: " + text);
        for (String junk : List.of("Lesen Sie auch", "Ferry timetable", "Bus lanes", "Press contact", "01632",
                "3 Comments", "I drive over")) {
            assertFalse(text.contains(junk), junk + " in " + text);
        }
        for (String heading : List.of("Schon gelesen?", "Meistgelesen", "Meistkommentierte Beiträge", "Veja também:",
                "Neueste Artikel", "Kategorie: Hafen", "Posted in Harbour news")) {
            String teaser = "<html><body><div class=\"entry\">" + COUNCIL_VOTE + later + "<h3>" + heading + "</h3>"
                    + "<p>Ferry fares rise again in the spring</p></div></body></html>";
            String read = HtmlReader.read("t", teaser, null).text();
            assertFalse(read.contains("Ferry fares"), heading + ": " + read);
        }
        String opening = "<html><body><div class=\"entry\"><h2>Related work</h2>" + COUNCIL_VOTE + "</div></body></html>";
        assertTrue(HtmlReader.read("b", opening, null).text().startsWith("Related work"),
                "before the story has begun, such a line is the page's own");
    }

    @Test
    void theHeadlineIsTheTitleNotAParagraphEvenBehindASectionLabel() {
        String page = "<html><head><meta property=\"og:title\" content=\"Old bridge closes to lorries\"></head><body>"
                + "<div class=\"post\"><p>News</p><h2>Old bridge  closes to lorries</h2>" + COUNCIL_VOTE
                + "<p>Shopkeepers on the high street, who depend on passing trade from the lorry drivers, said they"
                + " feared a quiet season and asked the council to put up signs to their car park.</p>"
                + "<p>Old bridge closes to lorries</p></div></body></html>";
        Page p = HtmlReader.read("a", page, null);
        assertEquals("Old bridge closes to lorries", p.title());
        assertTrue(Pages.toArticle(p).text().startsWith("Old bridge closes to lorries\n\nNews\n\nThe council voted"),
                "the headline once, as the article's first paragraph: " + Pages.toArticle(p).text());
        assertTrue(p.text().endsWith("Old bridge closes to lorries"), "after the story, a line is the page's: " + p.text());
    }

    @Test
    void aPageThatIsNotAnArticleKeepsItsProseFromEveryBoxButAnArticleKeepsToItsStory() {
        String main = "<div class=\"story\">" + COUNCIL_VOTE + "<p>Shopkeepers on the high street,"
                + " who depend on passing trade, said they feared a quiet season.</p><p>The bridge, opened in 1904,"
                + " carries about nine thousand vehicles a day, a third of them lorries.</p></div>";
        String box = "<div class=\"box\"><p>In another part of the county, a new cycle path along the canal was opened"
                + " by the mayor at the weekend, and it is already used by hundreds of people on their way to work.</p></div>";
        String page = "<html><head>%s</head><body>" + main + box + "</body></html>";
        String other = HtmlReader.read("a", page.formatted(""), null).text();
        assertTrue(other.contains("cracks found") && other.contains("cycle path"), other);
        String article = HtmlReader.read("b", page.formatted("<meta property=\"og:type\" content=\"article\">"), null).text();
        assertTrue(article.contains("cracks found"), article);
        assertFalse(article.contains("cycle path"), "an article page keeps to its story: " + article);
    }

    @Test
    void anArticlesProseInAnotherBoxOfItsArticleElementJoinsTheStory() {
        String aside = "<section class=\"context\"><div class=\"inner\"><div><p>The bridge has been closed once before,"
                + " in 1962, when a barge struck one of its piers in fog and the town was cut in two for a month, and"
                + " the ferry ran day and night.</p>"
                + "</div></div></section>";
        String body = "<div class=\"story\">" + COUNCIL_VOTE + "<p>Shopkeepers on the high street, who depend on passing"
                + " trade, said they feared a quiet season and asked for signs to their car park.</p></div>";
        String teaser = "<div class=\"more\"><div><div><p>In another part of the county, a new cycle path along the canal"
                + " was opened by the mayor at the weekend, and it is already used by hundreds of people.</p></div></div></div>";
        String page = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><article>" + body + aside
                + "</article>" + teaser + "</body></html>";
        String text = HtmlReader.read("a", page, null).text();
        assertTrue(text.contains("citing cracks") && text.contains("cut in two for a month"), text);
        assertFalse(text.contains("cycle path"), "prose outside the story's article is another story: " + text);
    }

    @Test
    void aPageThatIsNotAnArticleAndWhoseBestBoxHoldsLittleOfItsTextIsReadWhole() {
        String intro = "<div class=\"intro\"><p>The Velmont Rowing Club, founded in 1921, trains on the river all"
                + " year, and new members of every age are welcome, whether they have rowed before or not.</p><p>Our"
                + " boathouse, by the old bridge, is open to visitors on Saturday mornings, and coffee is free.</p></div>";
        StringBuilder sessions = new StringBuilder();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")) {
            sessions.append("<div class=\"col\"><h4>").append(day).append("</h4><ul><li>").append(day)
                    .append(" 07:00, sculling for beginners, with a coach, in the club's wide boats</li><li>").append(day)
                    .append(" 18:30, eights for the racing squad, from the lower landing stage</li></ul></div>");
        }
        String page = "<html><head>%s</head><body>" + intro + "<div class=\"grid\">" + sessions + "</div></body></html>";
        String club = HtmlReader.read("a", page.formatted(""), null).text();
        assertTrue(club.contains("founded in 1921") && club.contains("Thursday 18:30, eights"), club);
        String article = HtmlReader.read("b", page.formatted("<meta property=\"og:type\" content=\"article\">"), null).text();
        assertFalse(article.contains("Thursday 18:30"), "an article keeps to its story: " + article);
    }

    @Test
    void withoutADatedUrlAUtcTimestampIsReadInTheTimeZoneOfTheCountryDomain() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"%s\"></head><body><p>x</p></body></html>";
        assertEquals(LocalDate.of(2021, 3, 14),
                HtmlReader.read("a", page.formatted("2021-03-13T23:40:00Z"), "https://giornale.example.it/cronaca/88/storia").published(),
                "twenty to one in the morning in Rome");
        assertEquals(LocalDate.of(2021, 10, 4),
                HtmlReader.read("b", page.formatted("2021-10-05T02:10:07.500Z"), "https://nouvelles.example.ca/4411").published(),
                "the evening before in Toronto");
        assertEquals(LocalDate.of(2021, 3, 13),
                HtmlReader.read("c", page.formatted("2021-03-13T23:40:00Z"), "https://news.example.com/story").published(),
                "a generic domain says nothing of where the newsroom is");
    }

    @Test
    void datesWrittenOtherwiseEmbeddedInRdfOrAtTheEndOfTheAddress() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"Wed, Jun 9 2021 08:30:00 PDT\"}</script></head><body><p>x</p></body></html>";
        assertEquals(LocalDate.of(2021, 6, 9), HtmlReader.read("a", ld, null).published());
        String digits = "<html><head><meta name=\"date\" content=\"04/06/2021 09:15\"></head><body><p>x</p></body></html>";
        assertEquals(null, HtmlReader.read("b", digits, null).published(), "day-first or month-first: not guessed");
        String rdf = "<html><head></head><body><!-- <rdf:RDF><rdf:Description dc:title=\"A walk\" "
                + "dc:date=\"2021-05-22T09:05:00+09:00\" /></rdf:RDF> --><p>x</p></body></html>";
        assertEquals(LocalDate.of(2021, 5, 22), HtmlReader.read("c", rdf, null).published());
        String canonical = "<html><head><link rel=\"canonical\" href=\"https://news.example/world/harbour-reopens-20210504\">"
                + "</head><body><p>x</p></body></html>";
        assertEquals(LocalDate.of(2021, 5, 4), HtmlReader.read("d", canonical, null).published());
    }

    @Test
    void visibleDateLinesInSeveralLanguagesAndCompactUrlDates() {
        assertEquals(LocalDate.of(2020, 3, 17), HtmlReader.visibleDate("Veröffentlicht am 17. März 2020 um 10:00"));
        assertEquals(LocalDate.of(2019, 4, 3), HtmlReader.visibleDate("Publicado el 3 de abril de 2019"));
        assertEquals(LocalDate.of(2021, 3, 5), HtmlReader.visibleDate("Posted March 5th, 2021 by staff"));
        assertEquals(LocalDate.of(2018, 12, 24), HtmlReader.visibleDate("24.12.2018 | 08:15"));
        assertEquals(null, HtmlReader.visibleDate("Call 555-1234 for 30 units"));
        String page = "<html><body><div class=\"post-meta\">Updated 2 May 2016</div><p>Text of the story.</p></body></html>";
        assertEquals(LocalDate.of(2016, 5, 2), HtmlReader.read("d", page, null).published());
        String none = "<html><body><p>Nothing dated here at all.</p></body></html>";
        assertEquals(LocalDate.of(2020, 11, 23), HtmlReader.read("u", none, "https://x.example/news/20201123/story").published());
    }

    @Test
    void charsetDeclaredDetectedAndRepaired() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café crème à la française, s'il vous plaît, disait le garçon.</p></body></html>";
        byte[] cp1252 = html.getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlReader.decode(cp1252).contains("Café crème"));
        String undeclared = html.replace("<meta charset=\"windows-1252\">", "");
        assertTrue(HtmlReader.decode(undeclared.getBytes(StandardCharsets.ISO_8859_1)).contains("crème"),
                "no declaration and not UTF-8: detected");
        String lying = html.replace("windows-1252", "utf-8");
        assertTrue(HtmlReader.decode(lying.getBytes(Charset.forName("windows-1252"))).contains("Café"),
                "declared UTF-8 but is not: detected");
    }

    @Test
    void bylinesGiveNamesWithoutTheirLabelsDatesOrAddresses() {
        assertEquals("Jane Moss", HtmlReader.authorName("View all posts by Jane Moss"));
        assertEquals("Jane Moss", HtmlReader.authorName("AuthorJane Moss"));
        assertEquals("Jane Moss", HtmlReader.authorName("Veröffentlicht vonJane Moss"));
        assertEquals("Jane Moss", HtmlReader.authorName("~ Jane Moss"));
        assertEquals("Jane Moss", HtmlReader.authorName("Jane Moss am 26/10/13, 03:48 pm"));
        assertEquals("Jane Moss", HtmlReader.authorName("Jane Moss jane@gazette.example"));
        assertEquals("Kurt Vonnegut", HtmlReader.authorName("Kurt Vonnegut"));
        assertEquals("Vonda Shepard", HtmlReader.authorName("Vonda Shepard"), "a name that starts like a label");
        assertEquals(null, HtmlReader.authorName("wordpressadmin |"));
        assertEquals(null, HtmlReader.authorName("Super User"));
        String page = "<html><body><div class=\"comments\"><a href=\"/author/troll/\">Troll</a></div><article>"
                + "<div class=\"meta\">Posted by <a href=\"https://gazette.example/author/jane-moss/\">Jane Moss</a></div>"
                + "<p>The harbour reopened on Monday after a week of repairs.</p></article></body></html>";
        assertEquals(List.of("Jane Moss"), HtmlReader.read("a", page, null).authors(), "an author archive link, not a commenter's");
    }

    @Test
    void thePagesHeadlineWinsOverATitleThatAddsToItOrCutsItShort() {
        assertEquals("Harbour reopens after the storm", HtmlReader.headline("Harbour reopens after the storm › Coast Gazette",
                "Harbour reopens after the storm", "Coast Gazette"));
        assertEquals("Harbour reopens after a week of repairs to the pier", HtmlReader.headline(
                "Harbour reopens after a week of...", "Harbour reopens after a week of repairs to the pier", null));
        assertEquals("Harbour reopens | Coast Gazette", HtmlReader.headline("Harbour reopens | Coast Gazette",
                "Coast Gazette", "Coast Gazette"), "a logo in the h1 is not the headline");
        assertEquals("Harbour reopens | The Gazette", HtmlReader.headline("Harbour reopens | The Gazette",
                "The Gazette", null), "nor is a heading of two words");
    }

    @Test
    void siteNamesComeOffTitles() {
        assertEquals("Storm closes schools across the region", HtmlReader.withoutSiteName("Storm closes schools across the region | Daily Post", "Daily Post"));
        assertEquals("Storm closes schools across the region", HtmlReader.withoutSiteName("Storm closes schools across the region - Daily Post", null));
        assertEquals("Brexit: what happens next", HtmlReader.withoutSiteName("Brexit: what happens next", null), "a short head stays");
    }

    @Test
    void brokenAndEmptyPagesDoNotThrow() {
        assertTrue(HtmlReader.read("e", "", null).blocks().isEmpty());
        HtmlReader.read("f", "<html><body><div><p>Unclosed <b>markup <i>everywhere", null);
        HtmlReader.read("g", "<script>" + "x".repeat(100_000) + "</script>", null);
    }
}
