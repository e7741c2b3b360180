package dossier.app.eval;

import dossier.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * The TempEval-3 measures for time expressions: strict (same span) and relaxed (overlapping span) precision,
 * recall and F1, and value F1 = relaxed F1 times the share of relaxed matches whose value is right.
 */
public final class TempEval {
    /** Counts summed over documents. */
    public static final class Counts {
        int system, gold, strictSystem, strictGold, relaxedSystem, relaxedGold, relaxedPairs, valueRight;

        public void add(Counts o) {
            system += o.system;
            gold += o.gold;
            strictSystem += o.strictSystem;
            strictGold += o.strictGold;
            relaxedSystem += o.relaxedSystem;
            relaxedGold += o.relaxedGold;
            relaxedPairs += o.relaxedPairs;
            valueRight += o.valueRight;
        }

        public CitronScorer.Prf strict() { return prf(strictSystem, strictGold); }

        public CitronScorer.Prf relaxed() { return prf(relaxedSystem, relaxedGold); }

        public double valueAccuracy() { return relaxedPairs == 0 ? 0 : (double) valueRight / relaxedPairs; }

        public double valueF1() { return relaxed().f1() * valueAccuracy(); }

        private CitronScorer.Prf prf(int systemMatched, int goldMatched) {
            double p = system == 0 ? 0 : (double) systemMatched / system;
            double r = gold == 0 ? 0 : (double) goldMatched / gold;
            return new CitronScorer.Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** A system expression: its span and value. */
    public record Found(Span span, String value) {}

    private TempEval() {}

    public static Counts score(List<Found> system, List<TimeMl.Timex> gold) {
        Counts c = new Counts();
        c.system = system.size();
        c.gold = gold.size();
        for (Found s : system) {
            if (gold.stream().anyMatch(g -> g.span().equals(s.span()))) c.strictSystem++;
            if (gold.stream().anyMatch(g -> g.span().overlaps(s.span()))) c.relaxedSystem++;
        }
        for (TimeMl.Timex g : gold) {
            if (system.stream().anyMatch(s -> s.span().equals(g.span()))) c.strictGold++;
            Found match = system.stream().filter(s -> s.span().overlaps(g.span())).findFirst().orElse(null);
            if (match != null) {
                c.relaxedGold++;
                c.relaxedPairs++;
                if (Objects.equals(match.value(), g.value())) c.valueRight++;
            }
        }
        return c;
    }
}
