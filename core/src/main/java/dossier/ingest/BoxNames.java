package dossier.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a box's class names and id say it holds: boilerplate ("related", "comments", "share"), content ("article",
 * "entry-content"), a story's lead ("standfirst", "teaser"), or nothing (layout and state: "has-sidebar",
 * "hidden-xs"). {@link HtmlExtractor} asks these questions; the word lists are here.
 */
final class BoxNames {
    /**
     * Words naming boilerplate. Each must start a word of the name ("live-comments", "relatedLinks"), not sit inside
     * one ("pread-1", "mmenu-page" are none of these).
     */
    private static final Pattern NEGATIVE = Pattern.compile("(?-i:(?<![a-z]))(?:comment|share|sharing|social|related|"
            + "promo|advert|\\bads?\\b|ad-|sponsor|banner|newsletter|subscri|cookie|popup|modal|sidebar|footer|\\bnav|menu|"
            + "breadcrumb|\\btags?\\b|recommend|trending|more-stories|outbrain|taboola|widget|toolbar|masthead|byline|"
            + "author-?(?:bio|box|info|description|card)|about-?the-?author|(?:entry|post)[-_]?meta|postmetadata|"
            + "likes?(?![a-z])|wp-embed|affiliate|signup|paywall|disclaimer|caption|skip|print|rating|hidden|pagination|"
            + "pager|most-popular|also-read|read-more|next-article)", Pattern.CASE_INSENSITIVE);
    /**
     * Class names that describe a state or a layout rather than what a box is ("has-sidebar", "no-print",
     * "hidden-xs", "overflow-hidden", "non-paywall", WordPress's "tag-..." terms, a page builder's "elementor-widget",
     * Drupal's "field-label-hidden" for a field shown without its label): they say nothing about the box's content.
     */
    private static final Pattern MODIFIER = Pattern.compile("(?:no|non|has|with|is|show|tag|category|elementor)[-_].*"
            + "|.*-(?:xs|sm|md|lg|xl|mobile|desktop|tablet)|.*(?:hidden|visible)-(?:s|m|l)|.*overflow.*|.*label-hidden",
            Pattern.CASE_INSENSITIVE);
    /** Words naming content; "text" only as a whole name ("block-text-normal" is a style). */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|content|story|body|post|entry|main|^text$|blog|news|prose|paragraph", Pattern.CASE_INSENSITIVE);
    /** A story's lead: standfirst, intro, teaser, excerpt, dek ("bajada", "chapo" in Spanish and French). */
    private static final Pattern LEAD = Pattern.compile(
            "(?-i:(?<![a-z]))(?:lead|intro|teaser|standfirst|excerpt|summary|abstract|subtitle|sub-?headline|dek|preface|"
                    + "bajada|epigraph|chapo)",
            Pattern.CASE_INSENSITIVE);

    private BoxNames() {}

    /** An element's class names and id, without the ones that only state a modifier or a layout. */
    static List<String> of(Element e) {
        List<String> out = new ArrayList<>();
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            // BEM: "block__element--modifier" is a block__element whatever its modifier.
            String base = name.contains("--") ? name.substring(0, name.indexOf("--")) : name;
            if (!base.isEmpty() && !MODIFIER.matcher(base).matches()) out.add(base);
        }
        return out;
    }

    static boolean negative(List<String> names) {
        for (String n : names) if (saysBoilerplate(n)) return true;
        return false;
    }

    /**
     * Whether a boilerplate word is in {@code name} as a word of its own: in camelCase a match across a word break
     * is two words ("APageRoot" holds no "pager").
     */
    private static boolean saysBoilerplate(String name) {
        Matcher m = NEGATIVE.matcher(name);
        while (m.find()) {
            boolean acrossWords = false;
            for (int i = m.start() + 1; i < m.end(); i++) {
                acrossWords |= Character.isLowerCase(name.charAt(i - 1)) && Character.isUpperCase(name.charAt(i));
            }
            if (!acrossWords) return true;
        }
        return false;
    }

    /** A name that says content, unless the same name also says boilerplate ("jp-relatedposts", "post-ratings"). */
    static boolean positive(List<String> names) {
        for (String n : names) if (POSITIVE.matcher(n).find() && !saysBoilerplate(n)) return true;
        return false;
    }

    /** A name that says readers' comments ("comments", "commentlist", "wp-comment-area"). */
    static boolean comments(List<String> names) {
        for (String n : names) if (COMMENTS.matcher(n).find()) return true;
        return false;
    }

    private static final Pattern COMMENTS = Pattern.compile("(?-i:(?<![a-z]))comment", Pattern.CASE_INSENSITIVE);

    /** A name that says lead ("article-intro", "standfirst"), unless it also says boilerplate. */
    static boolean lead(List<String> names) {
        for (String n : names) if (LEAD.matcher(n).find() && !saysBoilerplate(n)) return true;
        return false;
    }
}
