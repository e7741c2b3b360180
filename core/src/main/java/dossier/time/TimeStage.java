package dossier.time;

import dossier.model.Article;
import dossier.model.Paragraph;
import dossier.model.Span;
import dossier.model.TimeExpression;
import dossier.model.TimeType;
import dossier.nlp.NlpStage;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time expressions with TIMEX3 values. The reference date is the publication date; without one, a full date
 * stated in the text (a dateline first, else the latest full date); without that, deictic expressions stay
 * unresolved. Event-relative expressions ("nine days later") count from the nearest date before them in the same
 * or the two preceding sentences, and name it as their anchor.
 */
public final class TimeStage implements Stage {
    public static final Key<List<TimeExpression>> TIMES = Key.of("times", List::of);

    /** How many sentences back an event-relative expression looks for the date it counts from. */
    static final int ANCHOR_SENTENCES = 2;

    @Override public String name() { return "time"; }

    @Override public Set<Key<?>> requires() { return Set.of(NlpStage.TOKENS); }

    @Override public Set<Key<?>> provides() { return Set.of(TIMES); }

    @Override
    public void process(Analysis analysis) {
        Article article = analysis.article();
        String text = article.text();
        Tokens tokens = analysis.get(NlpStage.TOKENS);
        List<TimeTagger.Found> found = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == Paragraph.Kind.BOILERPLATE) continue;
            if (p.span().start() >= NlpStage.MAX_ANALYSED_CHARS) break;
            for (TimeTagger.Found f : TimeTagger.find(text, p.span().start(), p.span().end())) {
                if (!article.isBoilerplate(new Span(f.start(), f.end()))) found.add(f);
            }
        }
        LocalDate ref = article.published();
        if (ref == null) {
            ref = dateFromText(article, found);
            if (ref != null) analysis.report("no publication date given; counting from " + ref + ", stated in the text");
            else analysis.report("no publication date given or stated; relative times are left unresolved");
        }
        List<TimeExpression> out = new ArrayList<>();
        for (TimeTagger.Found f : found) {
            TimeExpression anchor = f.kind() == TimeTagger.Kind.OFFSET ? anchorFor(f, out, tokens) : null;
            TimeNormalizer.Value v;
            try {
                v = TimeNormalizer.normalize(f, ref, tense(f, tokens, text), anchor == null ? null : anchor.value());
            } catch (RuntimeException e) {
                // "February 30": the words are a time expression even though the date does not exist.
                v = new TimeNormalizer.Value(TimeType.DATE, null, false);
            }
            Span span = new Span(f.start(), f.end());
            out.add(new TimeExpression("T" + (out.size() + 1), span, span.of(text), v.type(), v.value(),
                    v.usedAnchor() && anchor != null ? anchor.id() : null));
        }
        analysis.put(TIMES, out);
    }

    /** The nearest earlier date with a calendar value, in this sentence or the two before it. */
    private static TimeExpression anchorFor(TimeTagger.Found f, List<TimeExpression> earlier, Tokens tokens) {
        int sentence = tokens.sentenceAt(f.start());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            TimeExpression t = earlier.get(i);
            if (sentence - tokens.sentenceAt(t.span().start()) > ANCHOR_SENTENCES) break;
            if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
                    && Character.isDigit(t.value().charAt(0)) && !t.value().contains("W")) return t;
        }
        return null;
    }

    /**
     * The direction the words around an expression point: "since", "ago", "last" and a past verb in its own
     * clause point back; "next", "until", "will" point forward; otherwise UNKNOWN, and the normalizer takes the
     * date nearest the reference. Only the expression's own clause counts: in "X said Wednesday that he will ...",
     * "will" says nothing about Wednesday.
     */
    static TimeNormalizer.Tense tense(TimeTagger.Found f, Tokens tokens, String text) {
        String before = text.substring(Math.max(0, f.start() - 12), f.start()).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\b(since|ago|last|earlier|previous|past)\\s+$")) return TimeNormalizer.Tense.PAST;
        if (before.matches(".*\\b(next|until|till|coming|upcoming|by)\\s+$")) return TimeNormalizer.Tense.FUTURE;
        int s = tokens.sentenceAt(f.start());
        if (s < 0) return TimeNormalizer.Tense.UNKNOWN;
        Sentence sentence = tokens.sentences().get(s);
        int first = tokens.firstTokenStartingAtOrAfter(f.start());
        // Back to the start of the expression's clause, then the last finite verb or modal in it.
        for (int i = first - 1; i >= sentence.firstToken(); i--) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("which") || w.equals("when")) break;
            if (t.pos().equals("MD")) {
                return w.equals("will") || w.equals("'ll") || w.equals("shall")
                        ? TimeNormalizer.Tense.FUTURE : TimeNormalizer.Tense.UNKNOWN;
            }
            if (t.pos().equals("VBD")) return TimeNormalizer.Tense.PAST;
            // "has announced": a perfect reports the past (a bare participle says too little to count).
            if (t.pos().equals("VBN") && i > 0 && tokens.get(i - 1).lemma().equals("have")) return TimeNormalizer.Tense.PAST;
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                // "is to", "is expected", "is scheduled", "are due" point forward; a plain present says nothing.
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
                if (next.equals("to") || next.equals("expected") || next.equals("scheduled") || next.equals("due")
                        || next.equals("set") || next.equals("planned") || next.equals("going")) {
                    return TimeNormalizer.Tense.FUTURE;
                }
                return TimeNormalizer.Tense.UNKNOWN;
            }
        }
        return TimeNormalizer.Tense.UNKNOWN;
    }

    private static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
    }

    /** A full date given as a dateline (a short paragraph), else the latest full date in the text. */
    private static LocalDate dateFromText(Article article, List<TimeTagger.Found> found) {
        LocalDate latest = null;
        for (TimeTagger.Found f : found) {
            if (f.kind() != TimeTagger.Kind.FULL_DATE && f.kind() != TimeTagger.Kind.ISO_DATE) continue;
            LocalDate d;
            try {
                d = LocalDate.parse(TimeNormalizer.normalize(f, null, TimeNormalizer.Tense.PAST, null).value());
            } catch (RuntimeException e) {
                continue;
            }
            for (Paragraph p : article.paragraphs()) {
                if (p.span().contains(f.start()) && p.span().length() - (f.end() - f.start()) < 40) return d;
            }
            if (latest == null || d.isAfter(latest)) latest = d;
        }
        return latest;
    }
}
