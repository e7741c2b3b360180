package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Record;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Analyses every PolNeAR article and scores the attributions with {@link CitronScorer}. */
public final class QuoteEvaluation {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "his", "hers", "their", "its", "who", "which");

    /**
     * Scores per category ("direct", "indirect", "all") and article, the pronoun-source accuracy, and the article
     * count.
     */
    public record Result(Map<String, List<CitronScorer.Totals>> perArticle, double pronounSourceAccuracy,
                         int pronounSources, int articles) {
        /** Each category's counts summed over the articles. */
        public Map<String, CitronScorer.Totals> byCategory() {
            Map<String, CitronScorer.Totals> sums = new LinkedHashMap<>();
            perArticle.forEach((k, v) -> sums.put(k, CitronScorer.sum(v)));
            return sums;
        }
    }

    private QuoteEvaluation() {}

    public static Result run(Dossier dossier, List<Polnear.Document> docs, int threads, java.nio.file.Path errors)
            throws Exception {
        List<Record> done = ParallelAnalysis.run(dossier,
                docs.stream().map(d -> Dossier.readText(d.name(), d.text(), d.published())).toList(), threads);
        if (errors != null) writeErrors(docs, done, errors);
        return score(docs, done);
    }

    static Result score(List<Polnear.Document> docs, List<Record> records) {
        Map<String, List<CitronScorer.Totals>> parts = new LinkedHashMap<>();
        int pronouns = 0, pronounsRight = 0;
        for (int i = 0; i < docs.size(); i++) {
            Polnear.Document d = docs.get(i);
            List<Attribution> predicted = RecordAttributions.of(records.get(i));
            String text = d.text();
            add(parts, "direct", text, predicted, d.gold(), a -> a.isDirect(text));
            add(parts, "indirect", text, predicted, d.gold(), a -> !a.isDirect(text));
            add(parts, "all", text, predicted, d.gold(), a -> true);
            for (Attribution g : d.gold()) {
                if (g.sources().size() != 1 || !PRONOUNS.contains(g.sources().get(0).of(text).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                pronouns++;
                for (Attribution p : predicted) {
                    if (overlaps(p.cue(), g.cue()) && p.sources().equals(g.sources())) {
                        pronounsRight++;
                        break;
                    }
                }
            }
        }
        return new Result(parts, pronouns == 0 ? 0 : (double) pronounsRight / pronouns, pronouns, docs.size());
    }

    private static void add(Map<String, List<CitronScorer.Totals>> parts, String category, String text,
                            List<Attribution> predicted, List<Attribution> gold, Predicate<Attribution> in) {
        parts.computeIfAbsent(category, k -> new ArrayList<>())
                .add(CitronScorer.score(text, predicted.stream().filter(in).toList(), gold.stream().filter(in).toList()));
    }

    /** For error analysis: gold attributions whose source was not matched exactly, and predictions matching none. */
    private static void writeErrors(List<Polnear.Document> docs, List<Record> records, java.nio.file.Path file)
            throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            Polnear.Document d = docs.get(i);
            String text = d.text();
            List<Attribution> predicted = RecordAttributions.of(records.get(i));
            b.append("== ").append(d.name()).append('\n');
            for (Attribution g : d.gold()) {
                Attribution match = null;
                for (Attribution p : predicted) if (overlaps(p.cue(), g.cue())) match = p;
                if (match != null && match.sources().equals(g.sources()) && match.contents().equals(g.contents())) continue;
                b.append(match == null ? "MISSED " : "WRONG  ").append(g.isDirect(text) ? "direct   " : "indirect ")
                        .append(describe(text, g));
                if (match != null) b.append("   got ").append(describe(text, match));
            }
            for (Attribution p : predicted) {
                boolean any = false;
                for (Attribution g : d.gold()) any |= overlaps(p.cue(), g.cue());
                if (!any) b.append("EXTRA  ").append(p.isDirect(text) ? "direct   " : "indirect ").append(describe(text, p));
            }
        }
        java.nio.file.Files.writeString(file, b);
    }

    private static String describe(String text, Attribution a) {
        StringBuilder b = new StringBuilder();
        b.append("cue=").append(join(text, a.cue())).append(" | source=").append(join(text, a.sources()))
                .append(" | content=").append(join(text, a.contents()).replace('\n', ' ')).append('\n');
        return b.toString();
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder("[");
        for (Span s : spans) {
            if (b.length() > 1) b.append(" ; ");
            String t = s.of(text);
            b.append(t.length() > 120 ? t.substring(0, 60) + " … " + t.substring(t.length() - 50) : t);
        }
        return b.append(']').toString();
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a) for (Span y : b) if (x.overlaps(y)) return true;
        return false;
    }
}
