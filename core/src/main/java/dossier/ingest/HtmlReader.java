package dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTML page: the declared charset (or a detected one when it is missing or wrong), the main text
 * ({@link HtmlExtractor}), and the metadata, each from the most reliable place first: JSON-LD, then meta tags, then
 * the markup ({@code <time>}, bylines), then the URL.
 */
public final class HtmlReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final Pattern URL_DATE = Pattern.compile("[/_-](20\\d\\d|19\\d\\d)[/-]?(\\d{2})[/-]?(\\d{2})(?:[^\\d]|$)");
    private static final Pattern VISIBLE_DATE = Pattern.compile(
            "\\b(20\\d\\d|19\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})[./](\\d{1,2})[./](20\\d\\d|19\\d\\d)\\b"
                    + "|\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (20\\d\\d|19\\d\\d)\\b"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?,? (20\\d\\d|19\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d\\d|19\\d\\d)-(\\d\\d)-(\\d\\d)");

    private HtmlReader() {}

    /** Decodes HTML bytes: a byte-order mark, then the declared charset, checked; else ICU's detection. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = null;
        if (m.find()) {
            try {
                declared = Charset.forName(m.group(1));
            } catch (RuntimeException ignored) {
                // An unknown charset name is as good as none.
            }
        }
        if (declared != null) {
            String s = new String(bytes, declared);
            if (replacementShare(s) < 0.001) return s;
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (replacementShare(utf8) < 0.001) return utf8;
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        try {
            return match == null ? utf8 : new String(bytes, match.getName());
        } catch (java.io.UnsupportedEncodingException e) {
            return utf8;
        }
    }

    private static double replacementShare(String s) {
        if (s.isEmpty()) return 0;
        long bad = s.chars().filter(c -> c == 0xFFFD).count();
        return (double) bad / s.length();
    }

    public static Page read(String source, String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<JsonNode> ld = jsonLd(doc);
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), url);
        String title = first(ldText(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                text(doc, "h1"), doc.title());
        List<String> authors = authors(doc, ld);
        LocalDate published = date(doc, ld, canonical == null ? url : canonical, rdfDate(html));
        String siteName = first(meta(doc, "og:site_name"), ldPublisher(ld), meta(doc, "application-name"));
        String language = first(attr(doc, "html", "lang"), meta(doc, "og:locale"), meta(doc, "content-language"),
                ldText(ld, "inLanguage"));
        if (language != null) language = language.toLowerCase(Locale.ROOT).replace('_', '-').split("-")[0];
        List<Page.Block> blocks = HtmlExtractor.extract(doc);
        if (title != null) title = withoutSiteName(headline(title.strip(), text(doc, "h1"), siteName), siteName);
        return new Page(source, canonical, title, authors, published, language, siteName, withoutHeadline(blocks, title),
                false);
    }

    /**
     * The headline is the page's title, not a paragraph of its body (the article puts it first once): the blocks
     * without a copy of it before the story begins, behind a section label ("News") or a kicker as much as first.
     */
    static List<Page.Block> withoutHeadline(List<Page.Block> blocks, String title) {
        if (title == null) return blocks;
        String headline = title.replaceAll("\\s+", " ").strip();
        List<Page.Block> out = new ArrayList<>();
        boolean storyStarted = false;
        for (Page.Block b : blocks) {
            if (!storyStarted && b.text().replaceAll("\\s+", " ").strip().equalsIgnoreCase(headline)) continue;
            out.add(b);
            storyStarted |= b.text().length() >= HtmlExtractor.STORY_BLOCK_CHARS;
        }
        return out;
    }

    /**
     * The page's own headline where the metadata title only adds to it ("Harbour reopens › The Coast Gazette") or
     * cuts it short ("Harbour reopens after a week of..."); otherwise the metadata title.
     */
    static String headline(String title, String h1, String siteName) {
        if (h1 == null || h1.isBlank() || h1.length() > 300 || h1.strip().equalsIgnoreCase(siteName)) return title;
        String heading = h1.strip().replaceAll("\\s+", " ");
        String shortened = title.replaceAll("(?:\\.\\.\\.|…)$", "").strip();
        boolean adds = title.length() > heading.length() && title.toLowerCase(Locale.ROOT).contains(heading.toLowerCase(Locale.ROOT));
        boolean cut = heading.length() > shortened.length() && shortened.length() >= 20
                && heading.toLowerCase(Locale.ROOT).startsWith(shortened.toLowerCase(Locale.ROOT));
        // A heading of a few words inside the title may be the site's logo, not the story's headline.
        return (adds && heading.split(" ").length >= 3) || cut ? heading : title;
    }

    /** "Harbour reopens | The Coast Gazette" is the headline "Harbour reopens" and the site's name. */
    static String withoutSiteName(String title, String siteName) {
        String[] parts = title.split("\\s+[|–—»›:-]\\s+");
        if (parts.length < 2) return title;
        String last = parts[parts.length - 1], first = parts[0];
        boolean lastIsSite = siteName != null && last.equalsIgnoreCase(siteName.strip())
                || last.split("\\s+").length <= 3 && first.split("\\s+").length > last.split("\\s+").length + 1
                && !last.matches(".*\\d.*");
        return lastIsSite ? title.substring(0, title.length() - last.length()).replaceAll("\\s+[|–—»›:-]\\s*$", "").strip() : title;
    }

    /**
     * The page's JSON-LD nodes that describe it: articles first, then web pages (a WordPress/Yoast graph often
     * dates only its WebPage node).
     */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> articles = new ArrayList<>(), pages = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), articles, pages);
            } catch (Exception ignored) {
                // Broken JSON-LD is common; the other sources still count.
            }
        }
        articles.addAll(pages);
        return articles;
    }

    private static void collect(JsonNode n, List<JsonNode> articles, List<JsonNode> pages) {
        if (n == null) return;
        if (n.isArray()) {
            for (JsonNode x : n) collect(x, articles, pages);
        } else if (n.isObject()) {
            String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("article") || type.contains("posting") || type.contains("report")) articles.add(n);
            else if (type.contains("webpage")) pages.add(n);
            if (n.has("@graph")) collect(n.get("@graph"), articles, pages);
        }
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode p = n.path("publisher").path("name");
            if (p.isTextual()) return p.asText();
        }
        return null;
    }

    private static List<String> authors(Document doc, List<JsonNode> ld) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) continue;
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                if (x.isTextual()) out.add(x.asText().strip());
                else if (x.path("name").isTextual()) out.add(x.path("name").asText().strip());
            }
        }
        if (out.isEmpty()) {
            for (String name : List.of("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")) {
                String v = meta(doc, name);
                if (v != null && !v.startsWith("http")) out.add(v.replaceFirst("(?i)^by\\s+", "").strip());
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .author, "
                    + "a[href*=/author/], a[href*=/autor/], a[href*=/auteur/], [class*=byline], [class*=author-name], "
                    + "[class*=entry-author], [class*=post-author]")) {
                if (e.closest("[class*=comment], [id*=comment]") != null) continue;
                String t = e.text().replaceFirst("(?i)^(by|von|par|por|di|door)\\s+", "").strip();
                if (!t.isEmpty() && t.length() < 60) {
                    out.add(t);
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String a : out) {
            String name = authorName(a);
            if (name != null && !names.contains(name)) names.add(name);
        }
        return names;
    }

    /** A byline's label ("View all posts by", "Veröffentlicht von", "AuthorJane"), what follows the name. */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:(?:view all posts|posted|published|written|"
            + "veröffentlicht|geschrieben|verfasst|publié|publicado|escrito|pubblicato|scritto)\\s+(?:by|von|vom|par|por|da|di)"
            + "|autor(?:in)?|author|by|von|vom|par|por|di|door|de)(?:[\\s:]+|(?-i:(?<=[a-z])(?=\\p{Lu})))|^[~|·•\\-–—\\s]+");
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(?:[|·•]|\\s-\\s|\\bam\\s+\\d|\\bon\\s+\\d|,?\\s+\\d{1,2}[./]|\\S+@\\S+|https?://).*$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)admin|administrator|wordpressadmin|super ?user|unknown|no author|anonymous|guest|user|webmaster|editor");

    /** The name in a byline, without its label, date or address; null when it names nobody ("admin"). */
    static String authorName(String byline) {
        String s = byline.strip();
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = BYLINE_LABEL.matcher(s).replaceFirst("").strip();
        }
        s = AFTER_NAME.matcher(s).replaceFirst("").strip();
        return s.isEmpty() || s.length() > 80 || NOT_A_NAME.matcher(s).matches() ? null : s;
    }

    private static final Pattern RDF_DATE = Pattern.compile("dc:date=\"([^\"]{8,40})\"");

    /**
     * The dc:date of an RDF description embedded in the page, as blog platforms write for trackbacks (inside an
     * HTML comment, which the parsed document does not show); null if none.
     */
    private static String rdfDate(String html) {
        Matcher m = RDF_DATE.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** Publication date: JSON-LD, meta tags, the first {@code <time>}, an embedded RDF date, a date line, the URL. */
    static LocalDate date(Document doc, List<JsonNode> ld, String url, String rdfDate) {
        for (String v : new String[] {ldText(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "publish-date"), meta(doc, "publish_date"),
                meta(doc, "published_date"), meta(doc, "article.published"), meta(doc, "date_published"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.date"),
                meta(doc, "dcterms.created"), meta(doc, "dc.date.created"), meta(doc, "citation_publication_date"),
                meta(doc, "citation_date"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
                meta(doc, "release_date"), attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"), attr(doc, "time[pubdate]", "datetime"),
                attr(doc, "time[datetime]", "datetime"), ldText(ld, "dateCreated"), rdfDate}) {
            LocalDate d = parseDate(v);
            if (d == null) continue;
            // A timestamp in UTC names the day in London, not the publisher's. Where the URL, which the publisher
            // dates in its own time, gives the day before or after, and the hour is one at which a publisher in the
            // Americas (up to 8 hours behind) or in Asia (up to 10 ahead) was still or already on that day, that is
            // the day the article came out. (A URL may also carry the day a draft was begun: hence the hours.)
            LocalDateTime utc = utcTime(v);
            if (utc == null) return d;
            int hour = utc.getHour();
            LocalDate local = urlDate(url);
            if (local != null) {
                long shift = local.toEpochDay() - d.toEpochDay();
                return shift == -1 && hour < 8 || shift == 1 && hour >= 14 ? local : d;
            }
            // Without a dated URL, the day where the publisher is, when its domain says where that is.
            ZoneId zone = PublisherZone.of(url);
            return zone == null ? d : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDate();
        }
        LocalDate fromUrl = urlDate(url);
        if (fromUrl != null) return fromUrl;
        LocalDate line = dateLine(doc);
        if (line != null) return line;
        String body = doc.body() == null ? "" : doc.body().text();
        LocalDate d = visibleDate(body.length() > 3000 ? body.substring(0, 3000) : body);
        if (d != null) return d;
        for (String v : new String[] {ldText(ld, "dateModified"), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "last-modified"), meta(doc, "dcterms.modified")}) {
            LocalDate m = parseDate(v);
            if (m != null) return m;
        }
        return null;
    }

    private static final Pattern UTC_TIMESTAMP =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}).*(?:Z|[+-]00:?00)");

    /** A timestamp given in UTC, to the minute; null for one in local time or without a time. */
    private static LocalDateTime utcTime(String timestamp) {
        Matcher m = UTC_TIMESTAMP.matcher(timestamp.strip());
        if (!m.matches()) return null;
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The full date in a URL (/2020/02/17/, 2020-02-17), or null. */
    private static LocalDate urlDate(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = safeDate(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return null;
    }

    /** A date line the reader sees, in an element whose class or id says date, or null. */
    private static LocalDate dateLine(Document doc) {
        for (Element e : doc.select("[class~=(?i)date|time|publish|posted|meta|byline], [id~=(?i)date|time|publish], time")) {
            LocalDate d = visibleDate(e.ownText().isBlank() ? e.text() : e.ownText());
            if (d != null) return d;
        }
        return null;
    }

    /** Month names of the languages news pages are most often in, for "17. März 2020" and "3 de abril de 2020". */
    private static final java.util.Map<String, Integer> MONTHS = months();
    private static final Pattern FOREIGN_DATE = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(20\\d\\d|19\\d\\d)\\b");

    private static java.util.Map<String, Integer> months() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"},
            {"februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
            {"märz", "maerz", "mars", "marzo", "março", "maart"},
            {"april", "avril", "abril", "aprile"},
            {"mai", "mayo", "maggio", "maio", "mei"},
            {"juni", "juin", "junio", "giugno", "junho"},
            {"juli", "juillet", "julio", "luglio", "julho"},
            {"august", "août", "aout", "agosto", "augustus"},
            {"september", "septembre", "septiembre", "settembre", "setembro"},
            {"oktober", "octobre", "octubre", "ottobre", "outubro"},
            {"november", "novembre", "noviembre", "novembro"},
            {"dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "december"}};
        for (int i = 0; i < names.length; i++) for (String n : names[i]) m.put(n, i + 1);
        return m;
    }

    static LocalDate visibleDate(String text) {
        if (text == null || text.length() > 20_000) return null;
        Matcher f = FOREIGN_DATE.matcher(text);
        while (f.find()) {
            Integer month = MONTHS.get(f.group(2).toLowerCase(Locale.ROOT));
            if (month == null) continue;
            LocalDate d = safeDate(f.group(3), String.valueOf(month), f.group(1));
            if (d != null) return d;
        }
        Matcher m = VISIBLE_DATE.matcher(text);
        while (m.find()) {
            LocalDate d;
            if (m.group(1) != null) d = safeDate(m.group(1), m.group(2), m.group(3));
            else if (m.group(4) != null) d = safeDate(m.group(6), m.group(5), m.group(4));
            else if (m.group(7) != null) d = safeDate(m.group(9), String.valueOf(monthNumber(m.group(7))), m.group(8));
            else d = safeDate(m.group(12), String.valueOf(monthNumber(m.group(11))), m.group(10));
            if (d != null) return d;
        }
        return null;
    }

    private static int monthNumber(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        String[] p = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < p.length; i++) if (s.startsWith(p[i])) return i + 1;
        return 0;
    }

    /** A calendar date from its parts, or null when they make none (or one in the future of any news). */
    private static LocalDate safeDate(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1995 && !date.isAfter(LocalDate.now().plusDays(2)) ? date : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate parseDate(String v) {
        if (v == null || v.isBlank()) return null;
        String s = v.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (RuntimeException ignored) {
            // Try the simpler shapes below.
        }
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException ignored) {
                return null;
            }
        }
        for (String f : List.of("MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "yyyyMMdd", "EEE, d MMM yyyy")) {
            try {
                return LocalDate.parse(s.length() > 40 ? s.substring(0, 40) : s,
                        DateTimeFormatter.ofPattern(f, Locale.ENGLISH));
            } catch (RuntimeException ignored) {
                // Next shape.
            }
        }
        // Any other way of writing a day with its month named ("Wed, Jun 9 2021 08:30:00 PDT"); all-digit ones
        // like "11/01/2023" are left, being read day-first in some countries and month-first in others.
        return s.length() <= 60 && s.matches("(?s).*\\p{L}{3}.*") ? visibleDate(s) : null;
    }

    private static String meta(Document doc, String name) {
        for (String q : List.of("meta[property=" + name + "]", "meta[name=" + name + "]", "meta[itemprop=" + name + "]",
                "meta[http-equiv=" + name + "]")) {
            Element e = doc.selectFirst(q);
            if (e != null && !e.attr("content").isBlank()) return e.attr("content");
        }
        return null;
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        if (e == null) return null;
        String v = e.attr(attribute);
        return v.isBlank() ? null : v;
    }

    private static String text(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null || e.text().isBlank() ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
