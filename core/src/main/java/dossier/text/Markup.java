package dossier.text;

import java.util.regex.Pattern;

/**
 * Markup tags a feed, an archive or a copy-paste left in an article's text ("<embed by=\"...\">", "</embed>",
 * "<br/>"). They are not prose: CoreNLP's tokenizer keeps a tag whole as one token and the tagger calls it a proper
 * noun, so a tag before "Reis said" became part of the speaker's name, attribute values and all, and the quote
 * marks of an attribute value read as a quotation. The text keeps them (offsets are the article's); what reads it
 * for words and quote marks sees spaces instead.
 */
public final class Markup {
    /**
     * A start, end or empty tag, each attribute with a value; a "<" that opens no tag ("a < b", "<3") is not one,
     * nor is "a<b and c>d", which attributes with no values would make one, nor "<<word>>", a stand-in for
     * guillemets.
     */
    private static final Pattern TAG = Pattern.compile("(?<!<)</?\\p{Alpha}[\\w:-]*"
            + "(?:\\s+[\\w:-]+\\s*=\\s*(?:\"[^\"<>]{0,2000}\"|'[^'<>]{0,2000}'|[^\\s\"'<>]+))*\\s*/?>(?!>)");

    private Markup() {}

    /** {@code text} with every tag made spaces, one for each character, so that every offset holds. */
    public static String blanked(String text) {
        if (text.indexOf('<') < 0) return text;
        return TAG.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }
}
