package dossier.app.eval;

import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer on hand-made attributions whose right numbers are worked out by hand. */
class CitronScorerTest {
    //                            0         1         2         3         4         5         6
    //                            0123456789012345678901234567890123456789012345678901234567890123
    static final String TEXT = "“Taxes will rise,” the minister said. Critics said it was wrong.";

    static Span span(String part) {
        int i = TEXT.indexOf(part);
        return new Span(i, i + part.length());
    }

    static Attribution a(String cue, String source, String content) {
        return new Attribution(List.of(span(cue)), source == null ? List.of() : List.of(span(source)),
                List.of(span(content)));
    }

    @Test
    void perfectPredictionScoresOne() {
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"),
                new Attribution(List.of(new Span(45, 49)), List.of(span("Critics")), List.of(span("it was wrong"))));
        CitronScorer.Totals t = CitronScorer.score(TEXT, gold, gold);
        for (CitronScorer.Part p : CitronScorer.Part.values()) {
            assertEquals(1.0, t.get(p).exact().f1(), 1e-9, p.name());
            assertEquals(1.0, t.get(p).overlap().f1(), 1e-9, p.name());
        }
    }

    @Test
    void partialSourceAndShortContent() {
        // Gold: source "the minister" (2 tokens), content with marks and comma (6 tokens: “ Taxes will rise , ”).
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"));
        // Predicted: source "minister" (1 token), content without the marks (4 tokens: Taxes will rise ,).
        List<Attribution> predicted = List.of(a("said", "minister", "Taxes will rise,"));
        CitronScorer.Totals t = CitronScorer.score(TEXT, predicted, gold);
        assertEquals(1.0, t.get(CitronScorer.Part.CUE).exact().f1(), 1e-9);
        assertEquals(0.0, t.get(CitronScorer.Part.SOURCE).exact().f1(), 1e-9);
        // Source overlap: 1 shared token; precision 1/1, recall 1/2, F1 2/3.
        CitronScorer.Prf so = t.get(CitronScorer.Part.SOURCE).overlap();
        assertEquals(1.0, so.precision(), 1e-9);
        assertEquals(0.5, so.recall(), 1e-9);
        assertEquals(2.0 / 3, so.f1(), 1e-9);
        // Content overlap: 4 shared; precision 4/4, recall 4/6.
        CitronScorer.Prf co = t.get(CitronScorer.Part.CONTENT).overlap();
        assertEquals(1.0, co.precision(), 1e-9);
        assertEquals(4.0 / 6, co.recall(), 1e-9);
    }

    @Test
    void aSourceCountsOnlyWithAnOverlappingCue() {
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"));
        // Right source, but hung on the wrong cue (the second "said" is at 45): no exact source match.
        List<Attribution> predicted = List.of(new Attribution(List.of(new Span(45, 49)), List.of(span("the minister")),
                List.of(span("“Taxes will rise,”"))));
        CitronScorer.Totals t = CitronScorer.score(TEXT, predicted, gold);
        CitronScorer.Counts source = t.get(CitronScorer.Part.SOURCE);
        assertEquals(0, source.tp);
        assertEquals(1, source.fp);
        assertEquals(1, source.fn);
    }

    @Test
    void missesAndFalseAlarms() {
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"));
        CitronScorer.Totals none = CitronScorer.score(TEXT, List.of(), gold);
        assertEquals(0.0, none.get(CitronScorer.Part.CUE).exact().recall(), 1e-9);
        assertEquals(1, none.get(CitronScorer.Part.CUE).fn);
        CitronScorer.Totals extra = CitronScorer.score(TEXT, gold, List.of());
        assertEquals(1, extra.get(CitronScorer.Part.CONTENT).fp);
    }

    @Test
    void articlesThatAllScoreAlikeGiveNoRange() {
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"));
        CitronScorer.Totals half = CitronScorer.score(TEXT, List.of(a("said", "minister", "Taxes will rise,")), gold);
        double f1 = half.get(CitronScorer.Part.SOURCE).overlap().f1();
        CitronScorer.Interval range = CitronScorer.interval(List.of(half, half, half), CitronScorer.Part.SOURCE, false,
                200, 7);
        assertEquals(f1, range.low(), 1e-9);
        assertEquals(f1, range.high(), 1e-9);
    }

    @Test
    void articlesThatDifferSpreadTheRangeAroundTheScore() {
        List<Attribution> gold = List.of(a("said", "the minister", "“Taxes will rise,”"));
        CitronScorer.Totals right = CitronScorer.score(TEXT, gold, gold);
        CitronScorer.Totals missed = CitronScorer.score(TEXT, List.of(), gold);
        List<CitronScorer.Totals> articles = List.of(right, right, missed, right, missed, right, right, missed);
        double f1 = CitronScorer.sum(articles).get(CitronScorer.Part.CUE).exact().f1();
        CitronScorer.Interval range = CitronScorer.interval(articles, CitronScorer.Part.CUE, true, 500, 7);
        assertTrue(range.low() < f1 && f1 < range.high(), range.toString());
        assertTrue(range.low() >= 0 && range.high() <= 1, range.toString());
        assertEquals(range, CitronScorer.interval(articles, CitronScorer.Part.CUE, true, 500, 7), "fixed seed");
    }
}
