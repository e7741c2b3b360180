package dossier.quotes;

import dossier.model.Paragraph;
import dossier.model.Span;
import dossier.text.Nicknames;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks into quoted spans. Every style counts (straight, curly, « », „ “), an opening mark may be
 * closed by a mark of another style, and a quote may cross paragraph breaks in the two ways news does it: each
 * continued paragraph reopens and only the last one closes, or the text simply runs on to a closing mark in the
 * next paragraph. A mark that finds no partner degrades locally: it is reported and dropped.
 */
final class QuoteFinder {
    /** A quote may run on across at most this many paragraph breaks. */
    static final int MAX_PARAGRAPHS = 4;

    enum Role { OPEN, CLOSE, EITHER }

    /** A quote mark: one character, or two for the typewriter style ('' and ``). */
    record Mark(int offset, int length, Role role, int paragraph) {
        int end() { return offset + length; }
    }

    /** A quoted span: where its opening and closing marks start, where the closing one ends, and the content. */
    record Raw(int open, int close, int closeEnd, Span content) {}

    record Result(List<Raw> quotes, List<String> problems) {}

    private QuoteFinder() {}

    static Result find(String text, List<Paragraph> paragraphs) {
        List<Mark> marks = new ArrayList<>();
        List<Raw> singles = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph par = paragraphs.get(p);
            if (par.kind() == Paragraph.Kind.BOILERPLATE) continue;
            if (par.span().start() >= dossier.nlp.NlpStage.MAX_ANALYSED_CHARS) break;
            int marksBefore = marks.size();
            for (int i = par.span().start(); i < par.span().end(); i++) {
                if (text.startsWith("''", i) || text.startsWith("``", i)) {
                    Role r = text.charAt(i) == '`' ? Role.OPEN : straight(text, i, i + 2);
                    if (r != null) marks.add(new Mark(i, 2, r, p));
                    i++;
                    continue;
                }
                Role r = role(text, i);
                if (r != null) marks.add(new Mark(i, 1, r, p));
            }
            if (marks.size() == marksBefore) singles.addAll(singleQuoted(text, par.span()));
        }
        List<Raw> quotes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Mark open = null;
        for (Mark m : marks) {
            if (open == null) {
                if (m.role() == Role.CLOSE) problems.add("closing quote mark with no opening one at offset " + m.offset());
                else open = m;
                continue;
            }
            boolean sameParagraph = m.paragraph() == open.paragraph();
            boolean startsParagraph = m.offset() == paragraphs.get(m.paragraph()).span().start();
            if (!sameParagraph && m.paragraph() - open.paragraph() > MAX_PARAGRAPHS) {
                problems.add("quote opened at offset " + open.offset() + " is never closed");
                open = m.role() == Role.CLOSE ? null : m;
                continue;
            }
            if (!sameParagraph && startsParagraph && m.role() != Role.CLOSE) {
                // News convention: a quote continued in a new paragraph reopens it, with the same mark; only the
                // last one closes. A mark of another style opens a quotation of its own.
                int length = Math.max(m.length(), open.length());
                boolean sameStyle = text.regionMatches(m.offset(), text, open.offset(), length);
                if (sameStyle && paragraphEndsSentence(text, paragraphs.get(m.paragraph() - 1))) continue;
                problems.add("quote opened at offset " + open.offset() + " is never closed");
                open = m;
                continue;
            }
            if (m.role() != Role.OPEN) {
                Span content = trim(text, open.end(), m.offset());
                if (content != null && !Nicknames.quotedAt(text, open.offset(), m.end())) {
                    quotes.add(new Raw(open.offset(), m.offset(), m.end(), content));
                }
                open = null;
            } else {
                problems.add("quote opened at offset " + open.offset() + " is never closed");
                open = m;
            }
        }
        if (open != null) problems.add("quote opened at offset " + open.offset() + " is never closed");
        quotes.addAll(singles);
        quotes.sort(java.util.Comparator.comparingInt(Raw::open));
        return new Result(quotes, problems);
    }

    /**
     * Quotations in single marks ('...', ‘...’), as headlines and British papers write them, in a paragraph with
     * no double marks (where they would be quotations inside quotations). The same mark is an apostrophe, so
     * only a clear opening ("‘" or "'" after a space and before a letter) starts one, and it closes at the
     * first closing mark after a punctuation mark or before one ("dockers’ union" closes only if nothing
     * better follows). An opening mark that finds no close is an apostrophe: nothing is reported.
     */
    private static List<Raw> singleQuoted(String text, Span paragraph) {
        List<Raw> out = new ArrayList<>();
        int i = paragraph.start();
        while (i < paragraph.end()) {
            if (!opensSingle(text, i, paragraph)) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 2; j < paragraph.end(); j++) {
                if (opensSingle(text, j, paragraph)) break;
                if (!closesSingle(text, j, paragraph)) continue;
                char before = text.charAt(j - 1);
                char after = j + 1 < paragraph.end() ? text.charAt(j + 1) : ' ';
                boolean clear = ".,;:!?".indexOf(before) >= 0 || !Character.isWhitespace(after);
                if (close < 0) close = j;
                if (clear) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            // "rock 'n' roll": one letter between marks is a contraction.
            Span content = trim(text, i + 1, close);
            if (content != null && content.end() - content.start() > 1 && !Nicknames.quotedAt(text, i, close + 1)) {
                out.add(new Raw(i, close, close + 1, content));
            }
            i = close + 1;
        }
        return out;
    }

    private static boolean opensSingle(String text, int i, Span paragraph) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') return false;
        char before = i == paragraph.start() ? ' ' : text.charAt(i - 1);
        char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0) && Character.isLetterOrDigit(after);
    }

    private static boolean closesSingle(String text, int i, Span paragraph) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'') return false;
        char before = text.charAt(i - 1);
        char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && (Character.isWhitespace(after) || ".,;:!?)]}—–-…".indexOf(after) >= 0);
    }

    private static boolean paragraphEndsSentence(String text, Paragraph p) {
        char c = text.charAt(p.span().end() - 1);
        return c == '.' || c == '!' || c == '?' || c == ',' || c == ':' || c == '…';
    }

    /** Whether the character at {@code i} is a quote mark, and which way it faces. */
    static Role role(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '„', '«' -> { return Role.OPEN; }
            case '“' -> {
                // English opens with “; German („...“) and some typesetting close with it.
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                char after = i + 1 >= text.length() ? ' ' : text.charAt(i + 1);
                boolean closes = !Character.isWhitespace(before)
                        && (Character.isWhitespace(after) || ".,;:!?)]}".indexOf(after) >= 0);
                return closes ? Role.EITHER : Role.OPEN;
            }
            case '”' -> {
                // Swedish and Finnish open with ” too, and so does a slip of the keyboard: "”Closed. We are not coming back.”".
                // Nothing closes at the start of a line either: "” … what I learned".
                char before = i == 0 ? '\n' : text.charAt(i - 1);
                char after = i + 1 >= text.length() ? ' ' : text.charAt(i + 1);
                boolean opens = Character.isWhitespace(before) && Character.isLetterOrDigit(after) || before == '\n';
                return opens ? Role.OPEN : Role.CLOSE;
            }
            case '»' -> { return Role.CLOSE; }
            case '"' -> { return straight(text, i, i + 1); }
            default -> { return null; }
        }
    }

    /** A mark that looks the same both ways faces the way its neighbours say. */
    private static Role straight(String text, int start, int end) {
        char before = start == 0 ? ' ' : text.charAt(start - 1);
        char after = end >= text.length() ? ' ' : text.charAt(end);
        boolean opens = Character.isWhitespace(before) || "([{—–-/:“‘'".indexOf(before) >= 0;
        boolean closes = Character.isWhitespace(after) || ".,;:!?)]}—–-…'’”".indexOf(after) >= 0;
        if (opens && !closes) return Role.OPEN;
        if (closes && !opens) return Role.CLOSE;
        // Inches (12") and marks inside words are not quotes.
        if (!opens && Character.isDigit(before)) return null;
        return Role.EITHER;
    }

    private static Span trim(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to > from ? new Span(from, to) : null;
    }
}
