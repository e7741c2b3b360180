package dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main text of a news page, after how Readability and trafilatura decide: drop what is never content (scripts,
 * navigation, captions, boxes whose names say share, comment, related, promo ...: {@link BoxNames}), score
 * paragraph-like blocks by their text and commas against their link density, credit each block's ancestors, keep
 * the best container and the siblings that read like it, and emit its paragraphs and headings in order. Then: the
 * story's lead set apart before it goes first; a page that is not an article also keeps the prose of its other
 * boxes; short appeals ("Subscribe now"), rights and credit lines go, and so do a dateline before the story and
 * headings or labels left after its end.
 */
public final class HtmlExtractor {
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "iframe", "form", "svg",
            "button", "input", "select", "textarea", "nav", "aside", "footer", "object", "embed", "canvas", "template",
            "dialog", "menu", "label");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "dd");

    private HtmlExtractor() {}

    /** The main text blocks of {@code doc}; the document is modified (boilerplate removed). */
    static List<Page.Block> extract(Document doc) {
        Element body = doc.body();
        if (body == null) return List.of();
        clean(body);
        Element best = bestContainer(body);
        // A publisher's own schema.org markup names the body outright; it wins when it holds the story.
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() > 500
                && (best == null || marked.text().length() >= 0.5 * best.text().length())) {
            best = marked;
        }
        List<Page.Block> out = new ArrayList<>();
        emit(best == null ? body : best, out);
        boolean article = declaresArticle(doc);
        if (best != null && (words(out) < 40 || !article && words(out) < 100 && fewerThanAThird(out, body))) {
            // A weak winner (a teaser box; on a page that is no article, a box holding little of the page's text):
            // fall back to the whole cleaned page.
            out.clear();
            emit(body, out);
        } else if (best != null) {
            out = withLead(body, best, out);
            // A page that is not one article (a shop, a club's page, a landing page) spreads its text over boxes
            // that score apart; on an article page, prose outside the story's <article> is other stories' teasers,
            // and prose inside it is the story's, split over boxes (a lead box, a body box, a box after an ad).
            Element story = best.parent() == null ? null : best.parent().closest("article");
            if (!article) out = withProseOutside(body, out);
            else if (story != null) out = withProseOutside(story, out);
        }
        return withoutFollowUps(withoutTrailingLabels(withoutDateLines(dedupe(withoutAppeals(out)))));
    }

    /**
     * What a page shows after a story, introduced by a short line that names it (trafilatura drops the same
     * sections by their markup): from a comments heading ("Comments", "3 Kommentare", "Leave a reply") on,
     * nothing is the story; after a heading for other reading ("Related", "Read more", "Mehr zum Thema", "Tags",
     * "About the author") or for the page's furniture ("Contact", "Share", "Back to top"), the lines up
     * to the next block of prose are teasers, links and addresses, and go with it. Only
     * once the story has begun (a block of 150 characters), so a page that opens with such a line keeps its text.
     */
    private static List<Page.Block> withoutFollowUps(List<Page.Block> blocks) {
        List<Page.Block> out = new ArrayList<>();
        boolean storyStarted = false, skipping = false;
        for (Page.Block b : blocks) {
            String t = b.text().strip();
            boolean marker = storyStarted && t.length() < 60 && !t.contains("=");
            if (marker && COMMENTS_HEADING.matcher(t).find()) break;
            if (marker && FOLLOW_UP_HEADING.matcher(t).find()) {
                skipping = true;
                continue;
            }
            if (skipping && !isProse(t)) continue;
            skipping = false;
            out.add(b);
            storyStarted |= t.length() >= STORY_BLOCK_CHARS;
        }
        return out.isEmpty() ? blocks : out;
    }

    /** A block this long is the story's: the story has begun by then (headlines and labels are shorter). */
    static final int STORY_BLOCK_CHARS = 150;

    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?iu)^(?:#?\\d+\\s+)?(?:kommentare?|comments?|"
            + "commentaires?|comentarios?|commenti|komentarze|kommentit|leave a (?:reply|comment)|"
            + "schreibe? einen kommentar|kommentar schreiben)\\b");

    private static final Pattern FOLLOW_UP_HEADING = Pattern.compile("(?iu)^(?:related(?: (?:posts?|articles?|"
            + "stories|content))?|more (?:on this|from|stories|news)|read (?:more|next|further|also)|see also|"
            + "you (?:may|might) also like|recommended|explore further|about the author|"
            + "(?:das )?könnte (?:sie|dich) auch interessieren|auch interessant|mehr zum thema|mehr (?:aus|zu|von) |"
            + "weitere (?:artikel|beiträge|themen|nachrichten|links)|ähnliche (?:artikel|beiträge)|"
            + "empfohlene (?:artikel|beiträge)|lesen sie (?:auch|mehr)|zum weiterlesen|weiterführende? links?|"
            + "verwandte (?:artikel|beiträge)|über den autor|à lire aussi|lire aussi|sur le même sujet|"
            + "articles? (?:similaires|liés)|audios et vidéos sur le sujet|noticias relacionadas|te puede interesar|"
            + "lee también|leggi anche|articoli correlati|przeczytaj (?:też|także)|czytaj (?:też|także|więcej)|"
            + "lue (?:seuraavaksi|myös)|tags?|schlagwörter|schlagworte|kategorien?|categor(?:y|ies)|themen|filed under|"
            + "posted in|veröffentlicht in|"
            + "quellen(?:angaben)?|sources?|schon gelesen|veja também|neueste (?:artikel|beiträge|nachrichten)|"
            + "empfehlungen|meist(?:gelesen|diskutiert|kommentiert)e?(?: artikel)?|"
            // The page's furniture: whom to contact, where to share, the way back.
            + "(?:press |media )?contacts?|(?:presse)?kontakt|ansprechpartner(?:in)?|share(?: this)?|teilen|"
            + "artikel teilen|back to (?:top|overview)|zurück zur|zur übersicht)\\b");

    /**
     * Before the story's first paragraph, a short line with a date or a time in it ("04.05.2021", "2021-05-04",
     * "10:27", "4. Mai 2021", "May 4, 2021") is the page's dateline or "Updated: ...", which the page's metadata
     * reads, and one with a reading time ("Lesezeit: 4 Min.") sits beside it; the story does not start with either.
     * After it, a short line naming a publication or update with its date ("Aktualisiert am 05.05.2021", "Release
     * date:") is the page's stamp, not the story's last words.
     */
    private static List<Page.Block> withoutDateLines(List<Page.Block> blocks) {
        List<Page.Block> out = new ArrayList<>();
        boolean storyStarted = false;
        for (Page.Block b : blocks) {
            String t = b.text().strip();
            boolean dated = t.length() < 100 && DATE_LINE.matcher(t).find();
            if (!storyStarted && !b.heading() && dated) continue;
            if (storyStarted && t.length() < 80 && STAMP.matcher(t).find()) continue;
            storyStarted |= !b.heading() && t.length() >= 100;
            out.add(b);
        }
        return out.isEmpty() ? blocks : out;
    }

    /** A label, then its date or nothing: "Aktualisiert am 05.05.2021", "Published: May 4, 2021", "Release date:". */
    private static final Pattern STAMP = Pattern.compile("(?iU)^(?:zuletzt |last )?(?:updated|aktualisiert|"
            + "publiziert|veröffentlicht|published|release date|news date|stand|erstellt|posted|geändert|date)"
            + "\\s*(?::|am|on|at)?\\s*(?:$|\\d|\\p{L}{3,9}\\.?\\s+\\d)");

    private static final Pattern DATE_LINE = Pattern.compile(
            "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
            + "|\\b\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}\\b|\\b\\p{L}{3,}\\.?\\s+\\d{1,2},\\s+\\d{4}\\b"
            // The reading time the page shows beside its date: "Lesezeit: 4 Min.", "5 min read".
            + "|(?i)^(?:lesezeit|reading time|read time|temps de lecture|tiempo de lectura|czas czytania)\\b"
            + "|(?i)\\b\\d+\\s*(?:min(?:ute)?s?\\.?|minuten) (?:read|lesezeit|lectura|de lecture)\\b",
            // Digits of any script: a Bengali or an Arabic page dates itself in its own.
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A story ends in a sentence: headings and short lines left at its end ("Weitere Themen", "Related", "Tags",
     * "Kontakt:") introduce what the page shows after the story, and go.
     */
    private static List<Page.Block> withoutTrailingLabels(List<Page.Block> blocks) {
        int end = blocks.size();
        while (end > 1) {
            Page.Block last = blocks.get(end - 1);
            String t = last.text().strip();
            boolean label = t.length() <= TRAILING_LABEL_CHARS && t.endsWith(":");
            if (!last.heading() && !label) break;
            if (last.heading() && t.length() > 2 * TRAILING_LABEL_CHARS) break;
            end--;
        }
        return end == blocks.size() ? blocks : new ArrayList<>(blocks.subList(0, end));
    }

    private static final int TRAILING_LABEL_CHARS = 60;

    /**
     * A short line asking the reader for something, stating the publisher's rights or crediting a picture, inside
     * the story's own box: "Subscribe now ...", "Follow us on Twitter", "Download our app", "Sign up for the
     * newsletter", "Become a member", "All rights reserved", "Anzeige", "Foto: dpa".
     * In the languages news pages are most often in; longer blocks are the story even when they use these words.
     */
    private static final Pattern APPEAL = Pattern.compile("(?i)(?:\\bsubscribe (?:now|to|today|for)\\b|\\bsubscribers? "
            + "(?:only|also)\\b|jetzt abonnieren|abonnieren sie|suscr[ií]bete|abonnez-vous|"
            + "\\bfollow (?:us|\\S+(?: \\S+){0,2}) on (?:twitter|facebook|instagram|telegram)|folgen sie uns|s[ií]guenos|suivez-nous|\\bsign up (?:for|to)\\b|"
            // An invitation to the publisher's app, channel, newsletter or membership.
            + "\\bdownload (?:the|our) (?:\\S+ ){0,3}apps?\\b|"
            + "\\b(?:canal|channel|kanal) (?:de |on |auf )?(?:telegram|whatsapp|youtube)\\b|"
            + "\\bnewsletter\\b.{0,80}(?:abonnieren|anmelden|bestellen|sign up|subscribe|inscri|suscr)|"
            + "(?:abonnieren|anmelden|bestellen|sign up|subscribe|inscri|suscr).{0,80}\\bnewsletter\\b|"
            + "\\b(?:hazte|werden sie|become a) (?:miembro|mitglied|member)\\b|"
            + "all rights reserved|alle rechte vorbehalten|derechos reservados|tous droits réservés|copyrighted property|"
            + "^(?:©|\\(c\\)\\s|copyright\\b)|"
            + "\\bclick here\\b|klicken sie hier|hier klicken|^(?:anzeige|werbung|advertisement|publicidad|reklama)\\b|"
            + "\\bshare this (?:article|story|post)\\b|artikel teilen|"
            // A picture's credit or a source line: "Foto: dpa", "(Photo: Reuters)", "Quelle: Landesregierung".
            + "^\\(?(?:fotos?|photos?|bild|image|titelbild|quelle|source|fuente|crédits? photos?|credits?)\\s*:.{0,80}$|"
            // A caption that ends in its credit or opens with the photographer: "The pier at dusk. Photo: Ana Ostrova",
            // "... © AFP / Lena Marsh", "(Tom Reyes / iStock)", "Photograph by Marta Ruiz", "Abbildung 3: ...".
            + "(?:\\b(?:fotos?|photos?|bild|image|crédit)\\s*:\\s*[^.:]{2,60}|©\\s*[^.]{2,60}|\\((?:[^()]{0,40}/\\s*)?"
            + "(?:istock|getty images|shutterstock|dpa|afp|reuters|ap)\\b[^()]{0,40}\\))\\s*$|"
            + "^(?:photograph(?:ed)? by|photo by|fotos? von|bild von|beitragsbild|abbildung(?: \\d+)?)\\b)");

    private static List<Page.Block> withoutAppeals(List<Page.Block> blocks) {
        List<Page.Block> out = new ArrayList<>();
        for (Page.Block b : blocks) if (b.text().length() > 300 || !APPEAL.matcher(b.text()).find()) out.add(b);
        return out;
    }

    /**
     * Blocks under {@code e} named as a lead, of a sentence or more; under an article's own header, also a paragraph
     * of 100 characters with few links, whatever its name (a site's header holds taglines, an article's its
     * standfirst).
     */
    private static List<Element> leads(Element e) {
        List<Element> out = new ArrayList<>();
        boolean articleHeader = e.closest("article") != null;
        for (Element c : e.getAllElements()) {
            if (c == e || c.text().length() < 40 || out.stream().anyMatch(o -> c.parents().contains(o))) continue;
            boolean paragraph = c.normalName().equals("p") && c.text().length() >= 100 && linkDensity(c) < 0.3;
            if (BoxNames.lead(BoxNames.of(c)) || articleHeader && paragraph) out.add(c);
        }
        return out;
    }

    /**
     * The story's lead, when the page sets it apart from the body the container holds (a standfirst in the article
     * header): up to two blocks named as a lead, before the story, with few links, put first. Teasers of other
     * stories come after the story or are links.
     */
    private static List<Page.Block> withLead(Element body, Element best, List<Page.Block> container) {
        String have = best.text(), page = body.text();
        int storyAt = page.indexOf(have.substring(0, Math.min(60, have.length())));
        if (storyAt < 0) return container;
        List<Page.Block> lead = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (lead.size() == 2) break;
            if (e == body || e.className().isEmpty() && e.id().isEmpty()) continue;
            if (!BoxNames.lead(BoxNames.of(e))) continue;
            String t = e.text().strip();
            if (t.length() < 40 || linkDensity(e) > 0.3 || have.contains(t)) continue;
            int at = page.indexOf(t);
            if (at < 0 || at > storyAt) continue;
            boolean seen = false;
            for (Page.Block b : lead) seen |= b.text().contains(t) || t.contains(b.text());
            if (!seen) lead.add(new Page.Block(t, false));
        }
        if (lead.isEmpty()) return container;
        List<Page.Block> out = new ArrayList<>(lead);
        out.addAll(container);
        return out;
    }

    /** Whether the page calls itself an article: og:type "article" or a schema.org Article type. */
    static boolean declaresArticle(Document doc) {
        if (doc.select("meta[property=og:type]").attr("content").toLowerCase(Locale.ROOT).contains("article")) return true;
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            if (ARTICLE_TYPE.matcher(ld.data()).find()) return true;
        }
        return false;
    }

    private static final Pattern ARTICLE_TYPE =
            Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"(?:News|Blog|Report|Scholarly|Tech)?(?:Article|Posting)\"");

    /**
     * The container's blocks in page order, with the prose under {@code root} that the container left out: long
     * blocks written in sentences, told apart from teasers, menus and lists of names by their share of short words
     * (articles, prepositions, pronouns: jusText's stop-word density without a word list per language).
     */
    private static List<Page.Block> withProseOutside(Element root, List<Page.Block> container) {
        Set<String> chosen = new java.util.HashSet<>();
        for (Page.Block b : container) chosen.add(b.text());
        List<Page.Block> all = new ArrayList<>();
        emit(root, all);
        List<Page.Block> out = new ArrayList<>();
        int found = 0;
        for (Page.Block b : all) {
            if (chosen.contains(b.text())) {
                out.add(b);
                found++;
            } else if (isProse(b.text())) {
                out.add(b);
            }
        }
        // The container's blocks must all be there (a container rebuilt from siblings may split text otherwise).
        return found >= container.size() ? out : container;
    }

    static boolean isProse(String text) {
        return text.length() >= 150 && shortWordShare(text) >= 0.3;
    }

    /** The share of a text's words that are three letters or fewer (articles, prepositions, pronouns). */
    private static double shortWordShare(String text) {
        int words = 0, shortWords = 0;
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (w.length() <= 3) shortWords++;
        }
        return words == 0 ? 0 : (double) shortWords / words;
    }

    public static List<Page.Block> extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    private static void clean(Element root) {
        // Captions describe a picture, not the story (trafilatura and the Zyte ground truth leave them out too);
        // ruby annotations (<rt>, <rp>) are reading aids printed over the words, not words of the text.
        root.select("script, style, template, svg, canvas, figcaption, rt, rp").remove();
        // A noscript block is a pixel or "enable JavaScript", unless a lazy-loading page put its text there.
        for (Element n : root.select("noscript")) if (n.text().length() < 500) n.remove();
        int pageText = root.text().length();
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e == root || e.parent() == null) continue;
            String tag = e.normalName();
            if (NEVER_CONTENT.contains(tag) && !wrapsStory(e, pageText) || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden")) || e.attr("style").replace(" ", "").contains("display:none")) {
                e.remove();
                continue;
            }
            List<String> names = BoxNames.of(e);
            if (!e.attr("role").isBlank()) names.add(e.attr("role"));
            if (tag.equals("header") && !BoxNames.positive(names) && !wrapsStory(e, pageText)) {
                // A header goes, except the standfirst an article's header may hold.
                for (Element lead : leads(e)) e.before(lead);
                e.remove();
                continue;
            }
            // A box named like boilerplate ("Page-ad-margins") may still wrap the whole story: only small ones go.
            if (BoxNames.negative(names) && !BoxNames.positive(names) && !tag.equals("body")
                    && !tag.equals("article") && !tag.equals("main") && !wrapsStory(e, pageText)) {
                e.remove();
            }
        }
        // "Read more", "Mehr zum Thema", "Temas relacionados": a heading that introduces nothing but links.
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            Element next = h.nextElementSibling();
            if (next != null && next.select("a").size() >= 2 && linkDensity(next) > 0.5) h.remove();
        }
    }

    /**
     * Whether {@code e}, a box that would go by its tag or its name, wraps the story instead: it holds much of the
     * page's text (whole pages sit inside a {@code <form>} on some sites), or most of the text of the article or
     * main box it sits in (a "sharing-container" names the buttons it holds beside the story). Readers' comments
     * can outgrow a short post and never become the story.
     */
    private static boolean wrapsStory(Element e, int pageText) {
        int text = e.text().length();
        if (text >= 0.3 * pageText) return true;
        Element story = e.parent().closest("article, main");
        if (story == null || BoxNames.comments(BoxNames.of(e))) return false;
        int storyText = story.text().length();
        return storyText >= 500 && text >= 0.6 * storyText;
    }

    /** The element whose descendants hold the most paragraph-like text, Readability style. */
    private static Element bestContainer(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (!isParagraph(e)) continue;
            String text = e.text();
            if (text.length() < 25) continue;
            // Commas mark sentences in prose; in a list of names and places they mark nothing.
            int commas = text.length() >= 500 && shortWordShare(text) < 0.15 ? 0 : text.split("[,،、，]").length - 1;
            double score = 1 + commas + Math.min(3, text.length() / 100.0);
            score *= 1 - linkDensity(e);
            Element parent = e.parent();
            if (parent == null) continue;
            add(scores, parent, score);
            if (parent.parent() != null) add(scores, parent.parent(), score / 2);
            if (parent.parent() != null && parent.parent().parent() != null) add(scores, parent.parent().parent(), score / 3);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            Element e = s.getKey();
            double score = s.getValue() * (1 - linkDensity(e)) + classWeight(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) return null;
        // Siblings are looked for beside the outermost wrapper that holds nothing but the winner.
        Element outer = best;
        while (outer.parent() != null && outer.parent() != root && outer.parent().children().size() == 1) outer = outer.parent();
        // Siblings that read like the winner (an article split over several containers) join it.
        Element parent = outer.parent();
        if (parent != null && parent != root.parent()) {
            double threshold = Math.max(10, bestScore * 0.2);
            List<Element> keep = new ArrayList<>();
            for (Element sibling : parent.children()) {
                Double s = scores.get(sibling);
                // A story split into components of one kind (section after section of one class) is one story.
                boolean sameKind = sibling != outer && sibling.normalName().equals(outer.normalName())
                        && !outer.className().isBlank() && sibling.className().equals(outer.className())
                        && linkDensity(sibling) < 0.3;
                // Readability's rule, and a block of real paragraphs beside the winner (the story's first half).
                boolean similar = sibling == outer || sameKind || s != null && s + classWeight(sibling) >= threshold
                        || sibling.normalName().equals("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25
                        || classWeight(sibling) >= 0 && sibling.select("p").size() >= 2 && sibling.text().length() > 300
                        && linkDensity(sibling) < 0.2;
                if (similar) keep.add(sibling);
            }
            if (keep.size() > 1) {
                Element wrapper = new Element("div");
                for (Element k : keep) wrapper.appendChild(k.clone());
                return wrapper;
            }
        }
        return best;
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) return true;
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) return false;
        // A div holding text directly, not through block children, is a paragraph too.
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && t.text().strip().length() > 25) return true;
        }
        return false;
    }

    private static void add(Map<Element, Double> scores, Element e, double s) {
        scores.merge(e, s, Double::sum);
    }

    private static double classWeight(Element e) {
        List<String> names = BoxNames.of(e);
        double w = 0;
        if (BoxNames.positive(names)) w += 25;
        if (BoxNames.negative(names)) w -= 25;
        if (e.normalName().equals("article") || e.normalName().equals("main")) w += 25;
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / total);
    }

    /** Paragraphs and headings in document order; text outside any block becomes a paragraph of its own. */
    private static void emit(Element root, List<Page.Block> out) {
        StringBuilder loose = new StringBuilder();
        walk(root, out, loose);
        flush(loose, out);
    }

    private static void walk(Element e, List<Page.Block> out, StringBuilder loose) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.text());
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    loose.append('\n');
                } else if (BLOCKS.contains(tag) && !hasBlockChild(c)) {
                    flush(loose, out);
                    String text = c.text().strip();
                    boolean heading = tag.matches("h[1-6]");
                    boolean linky = linkDensity(c) > 0.5 && text.length() < 200;
                    if (!text.isEmpty() && !linky) out.add(new Page.Block(text, heading));
                } else if (isInline(tag)) {
                    loose.append(c.text());
                } else {
                    flush(loose, out);
                    walk(c, out, loose);
                    flush(loose, out);
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName()) || c.normalName().equals("div") || c.normalName().equals("ul")
                    || c.normalName().equals("ol") || c.normalName().equals("table")) return true;
        }
        return false;
    }

    private static boolean isInline(String tag) {
        return Set.of("a", "b", "i", "em", "strong", "span", "small", "sup", "sub", "abbr", "cite", "code", "mark",
                "q", "s", "u", "time", "font", "big", "ins", "del", "dfn", "kbd", "var", "wbr").contains(tag);
    }

    private static void flush(StringBuilder loose, List<Page.Block> out) {
        String text = loose.toString().replaceAll("[ \\t\\u00A0]+", " ").strip();
        loose.setLength(0);
        for (String line : text.split("\\s*\\n\\s*")) {
            if (line.length() >= 20 || line.matches(".*[.!?:]$")) out.add(new Page.Block(line, false));
        }
    }

    /** Whether {@code blocks} hold fewer than a third of the words of the cleaned page {@code body}. */
    private static boolean fewerThanAThird(List<Page.Block> blocks, Element body) {
        List<Page.Block> all = new ArrayList<>();
        emit(body, all);
        return 3 * words(blocks) <= words(all);
    }

    private static int words(List<Page.Block> blocks) {
        int n = 0;
        for (Page.Block b : blocks) n += b.text().split("\\s+").length;
        return n;
    }

    /** The same text twice in a row (a pull quote, a repeated teaser) is kept once. */
    private static List<Page.Block> dedupe(List<Page.Block> blocks) {
        List<Page.Block> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Page.Block b : blocks) {
            String key = b.text().toLowerCase(Locale.ROOT);
            if (seen.containsKey(key) && key.length() > 30) continue;
            seen.put(key, out.size());
            out.add(b);
        }
        return out;
    }

}
