package dossier.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The server-rendered pages: search, entity, article, story. */
final class Pages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLOURS = {"#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e9d5ff"};

    private Pages() {}

    static String search(Store store, String q) {
        StringBuilder b = new StringBuilder();
        if (q == null || q.isBlank()) {
            Store.Stats s = store.stats();
            b.append("<h1>The record</h1><p>").append(s.articles()).append(" articles, ").append(s.entities())
                    .append(" entities, ").append(s.quotes()).append(" quotes, ").append(s.events()).append(" events.</p>");
            return Html.page("dossier", b.toString());
        }
        b.append("<h1>Results for “").append(Html.esc(q)).append("”</h1>");
        List<Store.EntitySummary> entities = store.findEntities(q);
        if (!entities.isEmpty()) {
            b.append("<h2>Entities</h2><ul class=\"entities\">");
            for (Store.EntitySummary e : entities.subList(0, Math.min(20, entities.size()))) {
                b.append("<li><a class=\"entity-link\" href=\"/entity/").append(e.id()).append("\">").append(Html.esc(e.name()))
                        .append("</a> <span class=\"muted\">").append(Html.esc(e.type().toLowerCase(Locale.ROOT))).append(", ")
                        .append(e.mentions()).append(" mentions</span></li>");
            }
            b.append("</ul>");
        }
        List<Store.SearchHit> hits = store.search(q, 20);
        b.append("<h2>Articles and quotes</h2>");
        if (hits.isEmpty()) b.append("<p class=\"muted\">No article or quote has these words.</p>");
        b.append("<ul class=\"hits\">");
        for (Store.SearchHit h : hits) {
            b.append("<li><span class=\"kind\">").append(h.kind()).append("</span> <a href=\"/article/").append(Html.esc(h.articleId()))
                    .append(h.quoteId() == null ? "" : "#q" + h.quoteId()).append("\">").append(Html.esc(h.title() == null ? h.articleId() : h.title()))
                    .append("</a> <span class=\"muted\">").append(h.published() == null ? "" : h.published()).append("</span><br>")
                    .append(snippet(h.snippet())).append("</li>");
        }
        b.append("</ul>");
        return Html.page("Search", b.toString());
    }

    /** FTS5 marks matches with [ and ]: escape everything, then turn the marks into <mark>. */
    private static String snippet(String s) {
        return Html.esc(s).replace("[", "<mark>").replace("]", "</mark>");
    }

    static String entity(Store store, long id) {
        Store.EntityProfile p = store.entity(id);
        if (p == null) return null;
        Store.EntitySummary e = p.entity();
        StringBuilder b = new StringBuilder();
        b.append("<h1 class=\"entity-name\">").append(Html.esc(e.name())).append("</h1><p class=\"muted\">")
                .append(Html.esc(e.type().toLowerCase(Locale.ROOT))).append(", ").append(e.mentions()).append(" mentions · <a href=\"/story/")
                .append(id).append("\">story view</a></p>");
        b.append("<h2>Aliases</h2><p class=\"aliases\">");
        for (Store.Alias a : e.aliases()) b.append("<span class=\"alias\">").append(Html.esc(a.text())).append(" <b>").append(a.count()).append("</b></span> ");
        b.append("</p>");
        if (!p.roles().isEmpty()) {
            b.append("<h2>Roles</h2><ul>");
            for (Store.StoredRole r : p.roles()) {
                b.append("<li>").append(Html.esc(r.title())).append(" <span class=\"muted\">").append(r.published() == null ? "" : r.published())
                        .append("</span> <a href=\"/article/").append(Html.esc(r.articleId())).append("\">source</a></li>");
            }
            b.append("</ul>");
        }
        // The chart draws on the profile's recent articles, so the page costs the same for someone in 20,000 articles.
        List<Store.TimelineItem> timeline = Store.timelineOf(p.events(), p.quotesBy());
        b.append("<h2>Timeline</h2>").append(TimelineChart.svg(timeline)).append("<p class=\"muted\">Recent articles; all of it at <a href=\"/api/entities/")
                .append(id).append("/timeline?size=200\">/api/entities/").append(id).append("/timeline</a>.</p>");
        quotes(b, "Quotes by " + e.name(), p.quotesBy(), false);
        quotes(b, "Quotes about " + e.name(), p.quotesAbout(), true);
        b.append("<h2>Articles</h2><ul>");
        for (Store.ArticleRef a : p.articles()) {
            b.append("<li><a class=\"article-link\" href=\"/article/").append(Html.esc(a.id())).append("\">")
                    .append(Html.esc(a.title() == null ? a.id() : a.title())).append("</a> <span class=\"muted\">")
                    .append(a.published() == null ? "" : a.published()).append("</span></li>");
        }
        b.append("</ul>");
        return Html.page(e.name(), b.toString());
    }

    private static void quotes(StringBuilder b, String title, List<Store.StoredQuote> quotes, boolean showSpeaker) {
        if (quotes.isEmpty()) return;
        b.append("<h2>").append(Html.esc(title)).append("</h2><ul class=\"quotes\">");
        for (Store.StoredQuote q : quotes) {
            b.append("<li>");
            if (showSpeaker) b.append("<b>").append(Html.esc(q.speakerName() == null ? "?" : q.speakerName())).append(":</b> ");
            b.append("“").append(Html.esc(q.text())).append("” <a href=\"/article/").append(Html.esc(q.articleId()))
                    .append("#q").append(q.id()).append("\">").append(q.published() == null ? "article" : q.published()).append("</a></li>");
        }
        b.append("</ul>");
    }

    /** The article with its entities, quotes (coloured by speaker) and times marked up, boilerplate greyed. */
    static String article(Store store, String articleId) throws Exception {
        String json = store.recordJson(articleId);
        if (json == null) return null;
        JsonNode r = JSON.readTree(json);
        String text = r.at("/article/text").asText();
        Map<String, Long> global = store.entityIds(articleId);
        Map<String, String> names = new HashMap<>();
        for (JsonNode e : r.get("entities")) names.put(e.get("id").asText(), e.get("name").asText());
        List<Mark> marks = new ArrayList<>();
        Map<String, String> colours = new LinkedHashMap<>();
        List<Long> quoteIds = store.quoteIds(articleId);
        int qi = 0;
        for (JsonNode q : r.get("quotes")) {
            String speaker = q.path("speaker").isTextual() ? q.get("speaker").asText() : null;
            String name = speaker == null ? (q.path("speakerMention").isObject() ? q.at("/speakerMention/text").asText() : "unknown")
                    : names.getOrDefault(speaker, speaker);
            // A joint source: "Ana Reis and Tom Reyes".
            for (JsonNode other : q.path("coSpeakers")) name += " and " + names.getOrDefault(other.asText(), other.asText());
            String colour = colours.computeIfAbsent(name, k -> COLOURS[colours.size() % COLOURS.length]);
            String cue = q.path("cue").isObject() ? q.at("/cue/text").asText() : "";
            long dbId = qi < quoteIds.size() ? quoteIds.get(qi) : -1;
            qi++;
            marks.add(new Mark(q.get("start").asInt(), q.get("end").asInt(), 0,
                    "<span class=\"quote quote-" + Html.esc(q.get("type").asText()) + "\" id=\"q" + dbId + "\" data-start=\"" + q.get("start").asInt() + "\" style=\"background:" + colour
                            + "\" data-speaker=\"" + Html.esc(name) + "\" data-cue=\"" + Html.esc(cue) + "\" title=\""
                            + Html.esc(name + (cue.isEmpty() ? "" : " — " + cue)) + "\">", "</span>"));
        }
        for (JsonNode e : r.get("entities")) {
            Long id = global.get(e.get("id").asText());
            for (JsonNode m : e.get("mentions")) {
                marks.add(new Mark(m.get("start").asInt(), m.get("end").asInt(), 1,
                        "<a class=\"entity entity-" + Html.esc(e.get("type").asText().toLowerCase(Locale.ROOT)) + "\" href=\"/entity/" + id
                                + "\" title=\"" + Html.esc(e.get("name").asText()) + "\">", "</a>"));
            }
        }
        for (JsonNode t : r.get("times")) {
            String value = t.path("value").isTextual() ? t.get("value").asText() : "unresolved";
            marks.add(new Mark(t.get("start").asInt(), t.get("end").asInt(), 1,
                    "<span class=\"time\" title=\"" + Html.esc(value) + "\">", "</span>"));
        }
        for (JsonNode s : r.at("/article/boilerplate")) {
            marks.add(new Mark(s.get("start").asInt(), s.get("end").asInt(), 0, "<span class=\"boilerplate\">", "</span>"));
        }
        StringBuilder b = new StringBuilder();
        String title = r.at("/article/title").isTextual() ? r.at("/article/title").asText() : articleId;
        b.append("<h1>").append(Html.esc(title)).append("</h1><p class=\"muted\">").append(Html.esc(r.at("/article/source").asText()))
                .append(" · ").append(Html.esc(r.at("/article/published").asText("undated"))).append("</p>");
        b.append("<p class=\"legend\">");
        colours.forEach((n, c) -> b.append("<span class=\"swatch\" style=\"background:").append(c).append("\">").append(Html.esc(n)).append("</span> "));
        b.append("</p><article class=\"text\">").append(markup(text, marks)).append("</article>");
        b.append("<aside id=\"details\" class=\"details\" aria-live=\"polite\"></aside>");
        return Html.page(title, b.toString());
    }

    /** A span to mark; layer 0 (quotes, boilerplate) wraps layer 1 (names, times). */
    record Mark(int start, int end, int layer, String open, String close) {}

    /** Escaped text with properly nested marks: a mark that would cross an enclosing one is left out. */
    static String markup(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.removeIf(m -> m.start() < 0 || m.end() > text.length() || m.end() <= m.start());
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::layer));
        StringBuilder b = new StringBuilder();
        List<Mark> open = new ArrayList<>();
        int at = 0;
        for (Mark m : sorted) {
            while (!open.isEmpty() && open.get(open.size() - 1).end() <= m.start()) {
                Mark top = open.remove(open.size() - 1);
                b.append(Html.esc(text.substring(at, top.end()))).append(top.close());
                at = top.end();
            }
            if (!open.isEmpty() && m.end() > open.get(open.size() - 1).end()) continue;  // would cross
            b.append(Html.esc(text.substring(at, m.start()))).append(m.open());
            at = m.start();
            open.add(m);
        }
        while (!open.isEmpty()) {
            Mark top = open.remove(open.size() - 1);
            b.append(Html.esc(text.substring(at, top.end()))).append(top.close());
            at = top.end();
        }
        b.append(Html.esc(text.substring(at)));
        return b.toString().replace("\n\n", "<br><br>");
    }

    /**
     * Articles that name the entity, by date, each with the other entities it shares with the rest of the story
     * (those in the most of its articles first): how one person's story runs through the coverage.
     */
    static String story(Store store, long id) {
        Store.EntityProfile p = store.entity(id);
        if (p == null) return null;
        List<Store.ArticleRef> articles = new ArrayList<>(p.articles());
        articles.sort(Comparator.comparing((Store.ArticleRef a) -> a.published() == null ? LocalDate.MIN : a.published()));
        Map<String, Set<Long>> entitiesOf = new HashMap<>();
        Map<Long, Integer> articlesWith = new HashMap<>();
        for (Store.ArticleRef a : articles) {
            Set<Long> ids = new LinkedHashSet<>(store.entityIds(a.id()).values());
            ids.remove(id);
            entitiesOf.put(a.id(), ids);
            ids.forEach(e -> articlesWith.merge(e, 1, Integer::sum));
        }
        Map<Long, String> names = new HashMap<>();  // an entity shared by many articles is looked up once
        StringBuilder b = new StringBuilder("<h1>The story of ").append(Html.esc(p.entity().name())).append("</h1><ol class=\"story\">");
        for (Store.ArticleRef a : articles) {
            b.append("<li><span class=\"date\">").append(a.published() == null ? "undated" : a.published()).append("</span> <a href=\"/article/")
                    .append(Html.esc(a.id())).append("\">").append(Html.esc(a.title() == null ? a.id() : a.title())).append("</a>");
            List<String> shared = entitiesOf.get(a.id()).stream().filter(e -> articlesWith.get(e) > 1)
                    .sorted(Comparator.comparing((Long e) -> -articlesWith.get(e))).limit(8)
                    .map(e -> "<a class=\"shared\" href=\"/entity/" + e + "\">" + Html.esc(names.computeIfAbsent(e, store::entityName)) + "</a>").toList();
            if (!shared.isEmpty()) b.append(" <span class=\"muted\">with ").append(String.join(", ", shared)).append("</span>");
            b.append("</li>");
        }
        return Html.page("Story", b.append("</ol>").toString());
    }
}
