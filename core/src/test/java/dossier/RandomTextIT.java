package dossier;

import dossier.model.Entity;
import dossier.model.Problem;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throws random and malformed text at every stage (after Lucene's random analysis tests): no stage may throw, and
 * every span must stay inside the text. The seed is printed so a failure can be replayed.
 */
@Tag("models")
class RandomTextIT {
    private static final String[] PIECES = {"\"", "“", "”", "„", "«", "»", "'", "’", "\n", "\n\n", " ", ",", ".", ":",
            "(", ")", "—", "said", "he added", "she", "according to", "The", "Mr.", "President", "Anna", "Petrov",
            "Petrova", "Moscow", "Monday", "last week", "three days later", "in April", "February 30", "2022",
            "ago", "\u0000", "\uFFFD", "\uD83D\uDE00", "Ж", "日本", "\t", "Follow us on", "archival", "x", "who", "which",
            "that", "and", "of", "in", "-", "?", "!", "'s", "Volvo", "EX90", "C", "390", "claim", "told", "called for",
            "percent", "Secretary of State", "‘", "Del.", "by", "saying", "appeared to", "has been", "you know",
            "many of whom", "for", "plan to", ";", "R-S.C.", "--", "Said", "both", "all", "/", "about 20",
            ",”", "long-standing", "added:", "ruled", "spoke out", "although", "has praised", "reads", "''", "Not",
            "most", "agreed with", "even", "newly", "which she said", "(R-Utah)", "told me on Friday", "when",
            "was reported by", "expects that", "made it clear", "made the case for", "is confident", "as did",
            "voiced concern about", "walked out", "One of", "put it", "Citing", "with", "showing", "pointed to",
            "yet", "those polled", "over the past", "painted", "as", "linked", "is a critic of", "a statement",
            "laid out", "And", "Nan", "Reis", "As", "noted", "responded to", "has been called", "met", "to discuss",
            "declared", "alleged", "the same", "as much", "call", "describe", "reported by", "first", "forced",
            "to admit", "then", "references", "each", "waving", "can be heard", "yelling", "report", "who opposed",
            "the mayor,", "&", "is wary", "urged", "members of", "Ms.", "like", "despite", "arguing", "briefed on",
            "familiar with", "neither", "nor", "was quoted", "quoted", "as saying", "on condition of", "speaking to",
            "said no", "aide", "vowed to", "guild", "records show", "claim that", "has been rejected", "In her words",
            "in the words of", "his", "him", "according to", "as reported by", "in favour of", "54-year-old", "the",
            "who retired", "asked not to be quoted", "but did not elaborate", "gave no", "Mr.", "Mrs.", "the fund",
            "selling", "citing", "disagreed", "she", "But", "Although", "After", "seen by", "<post by=\"", "\">",
            "</post>", "<br/>", "<", ">", "=", "Today", "under", "amid", "\u00a0", "earlier claim", "contradicting",
            "the third time", "time", "noted", "to discuss", "being", "released", "so many", "in detail", "how",
            "since", "Jan. 1,", "I spoke to", "(D)", "R-Va.,", "such as", "now", "Study", "shows", "dozens of",
            "ranging from", "two of", "Railing against", "D-Va.,", "N.J.", "tired of", "by praising",
            ", and", "In a letter", "posted", "shouting", "expects", "to win", "While", "put it", ",\u201d",
            "acknowledged", "badly, badly", "talks about bolstering"};

    @Test
    void noStageThrowsOnRandomText() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 150; i++) {
            String text = randomText(random, random.nextInt(80));
            String published = random.nextBoolean() ? "2020-02-29" : null;
            Record r = Analyses.analyze(text, published);
            for (Problem p : r.problems()) {
                assertTrue(!p.message().startsWith("stage failed"), () -> "seed " + seed + ": " + p + " on " + escape(text));
            }
            checkSpans(r, seed, r.article().text());
            assertEquals(text.length(), r.article().text().length(), "the reader keeps every character's offset");
        }
    }

    /** Cases random text (or the evaluation) has found, kept so that they run every time. */
    @Test
    void aTextOpeningWithACommaAParticipleOrASource() {
        for (String text : List.of(", the board said the fees would rise.", ",x who told claim 2022 that Anna said so",
                "saying x --toldreadslong-standing", "Reis said so.\n\n\" time\n\n the pier“ many more",
                "Railing against the toll, Reyes stays calm.", "Study shows the toll hurts ferries.",
                "D-Va., who backs it, said so.", ", D-Va., said so", "by praising the pier", "to win by praising",
                "In a letter posted", ", and she grew upset, shouting", "While she said so, he left",
                "\u201ca relic,\u201d as Reis put it.", ",\u201d she said.")) {
            Record r = Analyses.analyze(text, null);
            for (Problem p : r.problems()) assertTrue(!p.message().startsWith("stage failed"), p + " on " + text);
        }
    }

    private static void checkSpans(Record r, long seed, String text) {
        for (Entity e : r.entities()) {
            e.mentions().forEach(m -> inside(m.span(), text, seed));
            e.roles().forEach(x -> inside(x.span(), text, seed));
        }
        for (Quote q : r.quotes()) {
            inside(q.span(), text, seed);
            assertEquals(q.text(), q.span().of(text));
        }
        r.times().forEach(t -> inside(t.span(), text, seed));
        r.article().boilerplate().forEach(s -> inside(s, text, seed));
    }

    private static void inside(Span s, String text, long seed) {
        assertTrue(s.end() <= text.length(), () -> "seed " + seed + ": span " + s + " outside " + escape(text));
    }

    static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(10) == 0) {
                b.append((char) random.nextInt(0x3000));
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) b.append(' ');
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n");
    }
}
