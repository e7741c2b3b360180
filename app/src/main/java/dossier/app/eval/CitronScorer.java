package dossier.app.eval;

import dossier.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution metric of BBC's Citron (citron/metrics.py), on tokens:
 * <ul>
 * <li>cue exact: a predicted cue is right when a gold cue has exactly its tokens;</li>
 * <li>source / content exact: right when a gold attribution whose cue overlaps has exactly the same list of source
 * (content) spans; recall counts gold attributions the same way;</li>
 * <li>overlap: tokens shared between every predicted and every gold span of that part, over the predicted tokens
 * (precision) and over the gold tokens (recall).</li>
 * </ul>
 * Citron counts spaCy tokens; here a token is a run of letters and digits or one other non-space character, which
 * draws the same boundaries on words and punctuation.
 */
public final class CitronScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    public enum Part { CUE, SOURCE, CONTENT }

    /** Running counts for one part. */
    public static final class Counts {
        int tp, fp, fn;
        long overlap, predictedLength, goldLength;

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            overlap += o.overlap;
            predictedLength += o.predictedLength;
            goldLength += o.goldLength;
        }

        public Prf exact() { return Prf.of(tp, tp + fp, tp + fn); }

        public Prf overlap() {
            return Prf.ratio(overlap, predictedLength, goldLength);
        }
    }

    /** Precision, recall, F1. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(long tp, long predicted, long gold) {
            return ratio(tp, predicted, gold);
        }

        static Prf ratio(long hits, long predicted, long gold) {
            double p = predicted == 0 ? 0 : (double) hits / predicted;
            double r = gold == 0 ? 0 : (double) hits / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Counts of all three parts, summed over documents. */
    public static final class Totals {
        final Counts cue = new Counts(), source = new Counts(), content = new Counts();

        public Counts get(Part p) {
            return switch (p) {
                case CUE -> cue;
                case SOURCE -> source;
                case CONTENT -> content;
            };
        }

        void add(Totals o) {
            cue.add(o.cue);
            source.add(o.source);
            content.add(o.content);
        }
    }

    private CitronScorer() {}

    /** Scores one document's predicted attributions against its gold ones. */
    public static Totals score(String text, List<Attribution> predicted, List<Attribution> gold) {
        List<int[]> tokens = tokens(text);
        List<Tok> p = predicted.stream().map(a -> tok(a, tokens)).toList();
        List<Tok> g = gold.stream().map(a -> tok(a, tokens)).toList();
        Totals t = new Totals();
        for (Part part : Part.values()) {
            Counts c = t.get(part);
            for (Tok x : p) {
                boolean hit = false;
                for (Tok y : g) hit |= matches(part, x, y);
                if (hit) c.tp++; else c.fp++;
            }
            for (Tok y : g) {
                boolean hit = false;
                for (Tok x : p) hit |= matches(part, x, y);
                if (!hit) c.fn++;
            }
            for (Tok x : p) {
                c.predictedLength += length(x.part(part));
                for (Tok y : g) c.overlap += overlap(x.part(part), y.part(part));
            }
            for (Tok y : g) c.goldLength += length(y.part(part));
        }
        return t;
    }

    public static Totals sum(List<Totals> all) {
        Totals t = new Totals();
        all.forEach(t::add);
        return t;
    }

    /** A range of F1 values: the middle 95% of the resampled scores. */
    public record Interval(double low, double high) {}

    /**
     * How far an F1 could move on another set of articles of the same size, drawn the same way: the articles are
     * resampled with replacement (a bootstrap over articles, since attributions within one article are not
     * independent), each sample scored as a whole. The seed is fixed, so the same run prints the same range.
     */
    public static Interval interval(List<Totals> articles, Part part, boolean exact, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] f1 = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Totals sample = new Totals();
            for (int i = 0; i < articles.size(); i++) sample.add(articles.get(random.nextInt(articles.size())));
            Counts c = sample.get(part);
            f1[r] = (exact ? c.exact() : c.overlap()).f1();
        }
        Arrays.sort(f1);
        return new Interval(f1[(int) Math.floor(0.025 * (resamples - 1))], f1[(int) Math.ceil(0.975 * (resamples - 1))]);
    }

    private record Tok(List<int[]> cue, List<int[]> sources, List<int[]> contents) {
        List<int[]> part(Part p) {
            return switch (p) {
                case CUE -> cue;
                case SOURCE -> sources;
                case CONTENT -> contents;
            };
        }
    }

    private static boolean matches(Part part, Tok x, Tok y) {
        if (part == Part.CUE) return sameList(x.cue, y.cue);
        return overlapping(x.cue, y.cue) && sameList(x.part(part), y.part(part));
    }

    private static boolean sameList(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) return false;
        return true;
    }

    /** Citron's are_overlapping_spans: start1 <= end2 and end1 > start2 (so touching spans overlap). */
    private static boolean overlapping(List<int[]> a, List<int[]> b) {
        for (int[] x : a) for (int[] y : b) if (x[0] <= y[1] && x[1] > y[0]) return true;
        return false;
    }

    private static long overlap(List<int[]> a, List<int[]> b) {
        long n = 0;
        for (int[] x : a) {
            for (int[] y : b) {
                int start = Math.min(x[1], Math.max(x[0], y[0]));
                int end = Math.max(x[0], Math.min(x[1], y[1]));
                n += end - start;
            }
        }
        return n;
    }

    private static long length(List<int[]> spans) {
        long n = 0;
        for (int[] s : spans) n += s[1] - s[0];
        return n;
    }

    private static Tok tok(Attribution a, List<int[]> tokens) {
        return new Tok(toTokens(a.cue(), tokens), toTokens(a.sources(), tokens), toTokens(a.contents(), tokens));
    }

    /** Character spans to token ranges [first, end): every token the span touches. */
    static List<int[]> toTokens(List<Span> spans, List<int[]> tokens) {
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            int first = -1, end = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int[] t = tokens.get(i);
                if (t[1] > s.start() && t[0] < s.end()) {
                    if (first < 0) first = i;
                    end = i + 1;
                }
            }
            if (first >= 0) out.add(new int[] {first, end});
        }
        out.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        return out;
    }

    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }
}
