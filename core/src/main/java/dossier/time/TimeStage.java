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
                if (!article.isBoilerplate(new Span(f.start(), f.end())) && !insideName(f, text, tokens)) found.add(f);
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
            TimeExpression anchor = f.kind() == TimeTagger.Kind.OFFSET ? anchorFor(f, out, tokens)
                    : f.kind() == TimeTagger.Kind.AGO ? comparedQuarter(f, out, tokens) : null;
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

    /**
     * "a reporter for Velmont Today", "Velmont Today reported": a day word capitalised inside a sentence, right after a
     * capitalised word that names no person, is the end of a paper's or a programme's name, no time of the story.
     * Weekdays are capitalised anyway ("The board Tuesday said"), and after a person's name the capital is more
     * likely a slip ("Reis Today said").
     */
    private static boolean insideName(TimeTagger.Found f, String text, Tokens tokens) {
        if (f.kind() != TimeTagger.Kind.DAY_WORD || !Character.isUpperCase(text.charAt(f.start()))) return false;
        int first = tokens.firstTokenStartingAtOrAfter(f.start());
        if (first <= 0 || first >= tokens.size()) return false;
        Token before = tokens.get(first - 1);
        return before.sentence() == tokens.get(first).sentence() && before.isProperNoun() && before.isCapitalized()
                && !before.ner().equals("PERSON");
    }

    /**
     * "Profit rose in the third quarter from a year ago": "a year ago" is the same quarter a year before, when a
     * quarter is named earlier in its sentence or the two before. Otherwise it counts from the publication date.
     */
    private static TimeExpression comparedQuarter(TimeTagger.Found f, List<TimeExpression> earlier, Tokens tokens) {
        int sentence = tokens.sentenceAt(f.start());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            TimeExpression t = earlier.get(i);
            if (sentence - tokens.sentenceAt(t.span().start()) > ANCHOR_SENTENCES) break;
            // A quarter that is itself a comparison ("a year earlier" = 1988-Q3) is not the period reported on.
            if (t.value() != null && t.anchor() == null && TimeNormalizer.QUARTER_VALUE.matcher(t.value()).matches()) return t;
        }
        return null;
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
     * clause point back; "next", "as soon as", "will" and a verb of planning point forward; otherwise UNKNOWN, and
     * the normalizer takes the date nearest the reference. Only the expression's own clause counts: in "X said
     * Wednesday that he will ...", "will" says nothing about Wednesday. An expression that opens its sentence
     * ("On Tuesday, the league plans ...", "Until Thursday, they had ...") takes the verb that follows it.
     */
    static TimeNormalizer.Tense tense(TimeTagger.Found f, Tokens tokens, String text) {
        String before = text.substring(Math.max(0, f.start() - 12), f.start()).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\b(since|ago|last|earlier|previous|past)\\s+$")) return TimeNormalizer.Tense.PAST;
        if (before.matches(".*\\b(next|coming|upcoming|as soon as|as early as)\\s+$")) return TimeNormalizer.Tense.FUTURE;
        // "until Thursday", "by Friday" set a bound ahead, even from a past verb ("extended the deadline until
        // Tuesday"); only opening a sentence in the past ("Until Thursday, they had ...") do they look back.
        boolean bound = before.matches(".*\\b(until|till|by)\\s+$");
        TimeNormalizer.Tense back = tenseBefore(f, tokens);
        if (back != null) return bound ? TimeNormalizer.Tense.FUTURE : back;
        TimeNormalizer.Tense ahead = tenseAfter(f, tokens);
        return bound && ahead != TimeNormalizer.Tense.PAST ? TimeNormalizer.Tense.FUTURE : ahead;
    }

    /** The last finite verb or modal between the clause start and the expression; null if it opens its sentence. */
    private static TimeNormalizer.Tense tenseBefore(TimeTagger.Found f, Tokens tokens) {
        int s = tokens.sentenceAt(f.start());
        if (s < 0) return TimeNormalizer.Tense.UNKNOWN;
        Sentence sentence = tokens.sentences().get(s);
        for (int i = tokens.firstTokenStartingAtOrAfter(f.start()) - 1; i >= sentence.firstToken(); i--) {
            String w = tokens.get(i).lower();
            if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("which") || w.equals("when")) {
                return TimeNormalizer.Tense.UNKNOWN;
            }
            TimeNormalizer.Tense t = verbTense(tokens, i);
            if (t != null) return t;
        }
        return null;
    }

    /** The first finite verb or modal after the expression in its sentence. */
    private static TimeNormalizer.Tense tenseAfter(TimeTagger.Found f, Tokens tokens) {
        int s = tokens.sentenceAt(f.start());
        if (s < 0) return TimeNormalizer.Tense.UNKNOWN;
        for (int j = tokens.firstTokenStartingAtOrAfter(f.end()); j < tokens.sentences().get(s).endToken(); j++) {
            if (tokens.get(j).text().equals(";")) break;
            TimeNormalizer.Tense t = verbTense(tokens, j);
            if (t != null) return t;
        }
        return TimeNormalizer.Tense.UNKNOWN;
    }

    /** The tense token {@code i} gives its clause, or null when it is not a finite verb or modal. */
    private static TimeNormalizer.Tense verbTense(Tokens tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        String next = tokens.lower(i + 1);
        // "planned to leave on Thursday", "has scheduled a news conference Thursday", "set to resume Monday".
        boolean plan = PLAN_VERBS.contains(t.lemma()) || (t.lemma().equals("set") && next.equals("to"));
        if (t.pos().equals("MD")) {
            // "would be traveling Thursday", "may resume Monday" look ahead; a modal perfect ("might have met")
            // looks back; "could" and "might" alone say nothing.
            if (next.equals("have")) return TimeNormalizer.Tense.PAST;
            return FORWARD_MODALS.contains(w) ? TimeNormalizer.Tense.FUTURE : TimeNormalizer.Tense.UNKNOWN;
        }
        String previous = tokens.lower(i - 1);
        // "were planning to drive to the airport on Monday", "did not plan to move him Thursday", "has been
        // scheduled to close Friday"; "had been scheduled to close Friday" was a plan in the past.
        boolean pastPerfect = previous.equals("had")
                || previous.equals("been") && i > 1 && tokens.get(i - 2).text().equalsIgnoreCase("had");
        if (plan && (next.equals("to") || next.equals("for")) && !pastPerfect) return TimeNormalizer.Tense.FUTURE;
        if (t.pos().equals("VBD")) return plan ? TimeNormalizer.Tense.FUTURE : TimeNormalizer.Tense.PAST;
        // "has announced": a perfect reports the past (a bare participle says too little to count).
        if (t.pos().equals("VBN") && i > 0 && tokens.get(i - 1).lemma().equals("have")) {
            // "has scheduled" points forward; "had scheduled" was a plan in the past.
            return plan && !previous.equals("had") ? TimeNormalizer.Tense.FUTURE : TimeNormalizer.Tense.PAST;
        }
        if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
            // "is to", "is expected", "is scheduled", "are due", "plans" point forward; a plain present says nothing.
            if (plan || next.equals("to") || next.equals("expected") || next.equals("scheduled") || next.equals("due")
                    || next.equals("set") || next.equals("planned") || next.equals("going")) {
                return TimeNormalizer.Tense.FUTURE;
            }
            return TimeNormalizer.Tense.UNKNOWN;
        }
        return null;
    }

    private static final Set<String> PLAN_VERBS = Set.of("plan", "schedule", "intend");

    private static final Set<String> FORWARD_MODALS = Set.of("will", "'ll", "shall", "would", "'d", "can", "may", "should", "must");

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
