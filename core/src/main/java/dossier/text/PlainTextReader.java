package dossier.text;

import dossier.model.Article;
import dossier.model.Paragraph;
import dossier.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: paragraphs (blocks between blank lines, or lines when the text has no blank
 * lines), the headline and sub-headlines above the first body paragraph, and boilerplate (caption tags, promotional
 * footers, stray punctuation) as spans. Nothing is removed from the text: every span points into it unchanged.
 */
public final class PlainTextReader {
    /** A leading paragraph this short (in words) may be a headline or sub-headline. */
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int MAX_SUBHEADLINES = 3;
    /** A caption tag is a line of at most this many words, such as "archival" or "file photo". */
    private static final int CAPTION_MAX_WORDS = 3;

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern PROMO = Pattern.compile(
            "^(follow (us|our)|subscribe|sign up|click here|read more|read also|also read|share (this|on)|download our"
                    + "|join our|like us on|advertisement|all rights reserved|copyright|©)"
                    + "|\\bvia google news\\b|\\b(follow|find) us on\\b|\\ball rights reserved\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Punctuation standing alone after a sentence already ended, as in "in this regard. ." */
    private static final Pattern STRAY_PUNCT = Pattern.compile("(?<=[.!?…][\"”’»]?)\\s+([.,;:]+)(?=\\s|$)");

    private PlainTextReader() {}

    public static Article read(String id, String source, String text, LocalDate published) {
        List<Span> blocks = blocks(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Span> boilerplate = new ArrayList<>();
        boolean bodySeen = false;
        int leading = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Span block = blocks.get(i);
            String s = block.of(text);
            int words = countWords(s);
            Paragraph.Kind kind;
            if (words == 0 || isPromo(s, i, blocks.size()) || (i > 0 && isCaptionTag(s, words))) {
                kind = Paragraph.Kind.BOILERPLATE;
            } else if (!bodySeen && words <= HEADLINE_MAX_WORDS && leading <= MAX_SUBHEADLINES
                    && !s.contains("\n") && !startsWithQuote(s)) {
                kind = leading == 0 ? Paragraph.Kind.HEADLINE : Paragraph.Kind.SUBHEADLINE;
                leading++;
            } else {
                kind = Paragraph.Kind.BODY;
                bodySeen = true;
            }
            paragraphs.add(new Paragraph(block, kind));
            if (kind == Paragraph.Kind.BOILERPLATE) {
                boilerplate.add(block);
            } else {
                Matcher m = STRAY_PUNCT.matcher(s);
                while (m.find()) boilerplate.add(new Span(block.start() + m.start(1), block.start() + m.end(1)));
            }
        }
        // A lone short paragraph at the top of an article with no body is just text, not a headline.
        if (!bodySeen && paragraphs.size() == 1 && paragraphs.get(0).kind() == Paragraph.Kind.HEADLINE) {
            paragraphs.set(0, new Paragraph(paragraphs.get(0).span(), Paragraph.Kind.BODY));
        }
        String title = paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.HEADLINE).findFirst()
                .map(p -> p.span().of(text)).orElse(null);
        boilerplate.sort(null);
        return new Article(id, source, title, published, text, paragraphs, boilerplate);
    }

    /** Blocks between blank lines, trimmed; when the text has no blank line at all, each line is a block. */
    static List<Span> blocks(String text) {
        List<Span> raw = new ArrayList<>();
        if (BLANK_LINE.matcher(text).find()) {
            Matcher m = BLANK_LINE.matcher(text);
            int from = 0;
            while (m.find()) {
                raw.add(new Span(from, m.start()));
                from = m.end() - 1;
            }
            raw.add(new Span(from, text.length()));
        } else {
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    raw.add(new Span(from, i));
                    from = i + 1;
                }
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : raw) {
            int a = s.start(), b = s.end();
            while (a < b && isSpace(text.charAt(a))) a++;
            while (b > a && isSpace(text.charAt(b - 1))) b--;
            if (b > a) out.add(new Span(a, b));
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }

    static int countWords(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static boolean isPromo(String s, int index, int total) {
        // Promotional lines live at the edges of an article, and are short.
        boolean atEdge = index >= total - 3 || index < 2;
        return atEdge && countWords(s) <= 40 && PROMO.matcher(s.strip()).find();
    }

    /** A caption or photo tag: a few lower-case words on a line of their own, with no sentence punctuation. */
    private static boolean isCaptionTag(String s, int words) {
        if (words > CAPTION_MAX_WORDS) return false;
        String t = s.strip();
        if (t.matches(".*[.!?:;\"“”»«].*")) return false;
        return t.equals(t.toLowerCase(Locale.ROOT)) && Character.isLetter(t.charAt(0));
    }

    private static boolean startsWithQuote(String s) {
        return !s.isEmpty() && "\"“”„«»'‘".indexOf(s.charAt(0)) >= 0;
    }
}
