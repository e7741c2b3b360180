package dossier.app.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CoNLL coreference measures over mention clusters: MUC (links), B3 (mentions) and CEAF-e (entities, aligned
 * with the Kuhn-Munkres algorithm), and their mean. Mentions are ids; a mention only one side has ("twinless")
 * counts against that side, as in the reference scorer.
 */
public final class Coreference {
    public record Score(double precision, double recall, double f1) {
        static Score of(double p, double r) {
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public record Result(Score muc, Score b3, Score ceafe) {
        public double conll() { return (muc.f1() + b3.f1() + ceafe.f1()) / 3; }
    }

    private Coreference() {}

    public static Result score(Collection<Set<String>> key, Collection<Set<String>> response) {
        return new Result(muc(key, response), b3(key, response), ceafe(key, response));
    }

    static Score muc(Collection<Set<String>> key, Collection<Set<String>> response) {
        return Score.of(mucRecall(response, key), mucRecall(key, response));
    }

    /** MUC recall of {@code key} against {@code response} (precision is the same with the roles swapped). */
    private static double mucRecall(Collection<Set<String>> key, Collection<Set<String>> response) {
        Map<String, Integer> clusterOf = index(response);
        double num = 0, den = 0;
        for (Set<String> k : key) {
            if (k.size() < 2) continue;
            Set<Integer> parts = new HashSet<>();
            int unaligned = 0;
            for (String m : k) {
                Integer c = clusterOf.get(m);
                if (c == null) unaligned++; else parts.add(c);
            }
            num += k.size() - (parts.size() + unaligned);
            den += k.size() - 1;
        }
        return den == 0 ? 0 : num / den;
    }

    static Score b3(Collection<Set<String>> key, Collection<Set<String>> response) {
        return Score.of(b3Recall(response, key), b3Recall(key, response));
    }

    private static double b3Recall(Collection<Set<String>> key, Collection<Set<String>> response) {
        Map<String, Set<String>> clusterOf = new HashMap<>();
        for (Set<String> r : response) for (String m : r) clusterOf.put(m, r);
        double num = 0, den = 0;
        for (Set<String> k : key) {
            for (String m : k) {
                den++;
                Set<String> r = clusterOf.get(m);
                if (r == null) continue;
                int common = 0;
                for (String x : k) if (r.contains(x)) common++;
                num += (double) common / k.size();
            }
        }
        return den == 0 ? 0 : num / den;
    }

    static Score ceafe(Collection<Set<String>> key, Collection<Set<String>> response) {
        List<Set<String>> k = new ArrayList<>(key), r = new ArrayList<>(response);
        if (k.isEmpty() || r.isEmpty()) return Score.of(0, 0);
        double[][] sim = new double[k.size()][r.size()];
        for (int i = 0; i < k.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                int common = 0;
                for (String m : k.get(i)) if (r.get(j).contains(m)) common++;
                sim[i][j] = 2.0 * common / (k.get(i).size() + r.get(j).size());
            }
        }
        double best = Hungarian.maximum(sim);
        return Score.of(best / r.size(), best / k.size());
    }

    private static Map<String, Integer> index(Collection<Set<String>> clusters) {
        Map<String, Integer> out = new HashMap<>();
        int i = 0;
        for (Set<String> c : clusters) {
            for (String m : c) out.put(m, i);
            i++;
        }
        return out;
    }

    /** Maximum-weight bipartite matching (Kuhn-Munkres on the cost matrix of a square padding). */
    static final class Hungarian {
        private Hungarian() {}

        static double maximum(double[][] w) {
            int n = Math.max(w.length, w[0].length);
            double max = 0;
            for (double[] row : w) for (double v : row) max = Math.max(max, v);
            double[][] cost = new double[n + 1][n + 1];
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= n; j++) {
                    double v = i <= w.length && j <= w[0].length ? w[i - 1][j - 1] : 0;
                    cost[i][j] = max - v;
                }
            }
            double[] u = new double[n + 1], v = new double[n + 1];
            int[] p = new int[n + 1], way = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[n + 1];
                boolean[] used = new boolean[n + 1];
                java.util.Arrays.fill(minv, Double.MAX_VALUE);
                do {
                    used[j0] = true;
                    int i0 = p[j0], j1 = 0;
                    double delta = Double.MAX_VALUE;
                    for (int j = 1; j <= n; j++) {
                        if (used[j]) continue;
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                    for (int j = 0; j <= n; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            double total = 0;
            for (int j = 1; j <= n; j++) {
                int i = p[j];
                if (i >= 1 && i <= w.length && j <= w[0].length) total += w[i - 1][j - 1];
            }
            return total;
        }
    }
}
