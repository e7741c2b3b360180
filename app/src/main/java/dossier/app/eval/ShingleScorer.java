package dossier.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction-benchmark metric (its evaluate.py): 4-word shingles of {@code \w+} tokens counted
 * on both sides; per page TP, FP and FN normalised to sum to one; precision and recall averaged over the pages
 * where they are defined; F1 from the two averages.
 */
public final class ShingleScorer {
    /** Python's {@code \w} on str: letters and numbers of every script (isalnum) and the underscore; not marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    static final int N = 4;

    public record PageCounts(double tp, double fp, double fn) {}

    public record Result(double precision, double recall, double f1, int pages) {}

    private ShingleScorer() {}

    public static PageCounts page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth), p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new PageCounts(tp / s, fp / s, fn / s) : new PageCounts(0, 0, 0);
    }

    public static Result score(List<PageCounts> pages) {
        double p = 0, r = 0;
        int pn = 0, rn = 0;
        for (PageCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += precision(c);
                pn++;
            }
            if (c.tp() + c.fn() > 0) {
                r += recall(c);
                rn++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn, recall = rn == 0 ? 0 : r / rn;
        return new Result(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                pages.size());
    }

    private static double precision(PageCounts c) {
        if (c.fp() == 0 && c.fn() == 0) return 1;
        if (c.tp() == 0 && c.fp() == 0) return 0;
        return c.tp() / (c.tp() + c.fp());
    }

    private static double recall(PageCounts c) {
        if (c.fp() == 0 && c.fn() == 0) return 1;
        if (c.tp() == 0 && c.fn() == 0) return 0;
        return c.tp() / (c.tp() + c.fn());
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) out.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return out;
    }
}
