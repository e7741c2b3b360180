package dossier.nlp;

import dossier.model.Paragraph;
import dossier.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Title-case headlines ("Velmont Will Recall Its Vans, Safety Board Says") read by a tagger trained on running
 * text come out as one long name. Before tagging, a title-case or all-capitals paragraph gets each word in the case
 * the same article writes it in its running text ("will", "vans", "says"; "Velmont" stays), the way a reader would
 * sentence-case it. Words the article never writes elsewhere keep their case, so no word list is needed and names
 * are never lowered on a guess. The result is exactly as long as the original, so every offset still holds.
 */
final class HeadlineCase {
    /** Per word, lower-cased: how often each spelling of it occurs inside a sentence of the running text. */
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

    private HeadlineCase() {}

    /** The spellings of the article's running text: every paragraph that is not itself title-case. */
    static HeadlineCase of(String text, List<Paragraph> paragraphs) {
        HeadlineCase c = new HeadlineCase();
        for (Paragraph p : paragraphs) {
            Span s = p.span();
            if (p.kind() == Paragraph.Kind.BOILERPLATE || isTitleCase(text, s.start(), s.end())) continue;
            for (int i = s.start(); i < s.end(); ) {
                int end = wordEnd(text, i, s.end());
                if (end == i) {
                    i++;
                    continue;
                }
                // A sentence's first word is capitalized whatever it is, so it says nothing about its case.
                if (!opensSentence(text, s.start(), i)) {
                    String word = text.substring(i, end);
                    c.spellings.computeIfAbsent(lower(word), k -> new HashMap<>()).merge(word, 1, Integer::sum);
                }
                i = end;
            }
        }
        return c;
    }

    /**
     * Words written with capitals in {@code [start, end)}, the first word and a word after a colon aside: a
     * paragraph of at least two such capitalized words ("Harbour Pilots Strike") and fewer than half as many
     * lower-case ones (title case leaves "to", "a", "of" small) is title-case.
     */
    static boolean isTitleCase(String text, int start, int end) {
        int upper = 0, lower = 0;
        for (int i = start; i < end; ) {
            int wEnd = wordEnd(text, i, end);
            if (wEnd == i) {
                i++;
                continue;
            }
            if (!opensSentence(text, start, i) && Character.isLetter(text.charAt(i))) {
                if (Character.isUpperCase(text.charAt(i))) upper++;
                else lower++;
            }
            i = wEnd;
        }
        return upper >= 2 && lower * 2 < upper;
    }

    /**
     * {@code text[start, end)} with each capitalized or all-capitals word of a title-case paragraph spelled as the
     * running text spells it most often; any other paragraph unchanged.
     */
    String apply(String text, int start, int end) {
        String paragraph = text.substring(start, end);
        if (spellings.isEmpty() || !isTitleCase(text, start, end)) return paragraph;
        StringBuilder out = new StringBuilder(paragraph);
        for (int i = start; i < end; ) {
            int wEnd = wordEnd(text, i, end);
            if (wEnd == i) {
                i++;
                continue;
            }
            String word = text.substring(i, wEnd);
            if (!opensSentence(text, start, i) && !beforeUnsettled(text, wEnd, end)) {
                String usual = mostFrequent(spellings.get(lower(word)));
                if (usual != null && usual.length() == word.length()) out.replace(i - start, wEnd - start, usual);
            }
            i = wEnd;
        }
        return out.toString();
    }

    /**
     * Whether the next word keeps its capital for want of evidence: then this one keeps its case too, so that the
     * tagger reads the pair as title case ("Vows To Eliminate"), not as "to" before a name ("to Eliminate").
     */
    private boolean beforeUnsettled(String text, int wordEnd, int end) {
        int next = wordEnd;
        while (next < end && text.charAt(next) == ' ') next++;
        int nextEnd = wordEnd(text, next, end);
        if (nextEnd == next || !Character.isUpperCase(text.charAt(next))) return false;
        String usual = mostFrequent(spellings.get(lower(text.substring(next, nextEnd))));
        return usual == null;
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        if (forms == null) return null;
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey().compareTo(best) > 0) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The end of the run of letters starting at {@code i}, or i when there is no letter there. */
    private static int wordEnd(String text, int i, int end) {
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) return i;
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) j++;
        return j;
    }

    /** Whether the word at {@code i} is the first of the paragraph or follows a sentence end, a colon or a quote. */
    private static boolean opensSentence(String text, int paragraphStart, int i) {
        int j = i - 1;
        while (j >= paragraphStart && "\"“‘'«([ \t\n".indexOf(text.charAt(j)) >= 0) j--;
        return j < paragraphStart || ".!?:;".indexOf(text.charAt(j)) >= 0;
    }

    /** Lower case one character at a time, so the length never changes ("İ" would otherwise grow). */
    private static String lower(String word) {
        char[] cs = word.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = Character.toLowerCase(cs[i]);
        return new String(cs);
    }
}
