package dossier.nlp;

import dossier.model.Span;

import java.util.Arrays;
import java.util.List;

/** The tokens and sentences of an article, with look-ups by character offset. */
public record Tokens(List<Token> tokens, List<Sentence> sentences) {
    public static final Tokens EMPTY = new Tokens(List.of(), List.of());

    public Tokens {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public Token get(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** The lower form ({@link Token#lower()}) of the token at {@code k}, or "" outside the text: for word lists. */
    public String lower(int k) { return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lower(); }

    public Sentence sentenceOf(Token t) { return sentences.get(t.sentence()); }

    /** Whether "54-year-old" (tokenized "54 - year - old") ends at token {@code old}. */
    public boolean endsAge(int old) {
        return old >= 4 && lower(old).equals("old") && lower(old - 1).equals("-")
                && (lower(old - 2).equals("year") || lower(old - 2).equals("years")) && lower(old - 3).equals("-")
                && get(old - 4).pos().equals("CD");
    }

    /** Index of the first token that ends after {@code offset}, or size() if none. */
    public int firstTokenEndingAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Index of the first token that starts at or after {@code offset}, or size() if none. */
    public int firstTokenStartingAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Tokens entirely inside {@code span}, as a [from, to) index range. */
    public int[] range(Span span) {
        int from = firstTokenStartingAtOrAfter(span.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= span.end()) to++;
        return new int[] {from, to};
    }

    /** The sentence containing {@code offset}, or the nearest one before it; -1 if none. */
    public int sentenceAt(int offset) {
        int[] starts = sentences.stream().mapToInt(s -> s.span().start()).toArray();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
