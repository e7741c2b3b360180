package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Event;
import dossier.model.Record;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Event mentions against MEANTIME and ECB+: precision, recall and F1 of trigger spans (exact and overlapping), the
 * share of gold time anchors reproduced by matched events, the share of gold participant links found and the share
 * of dossier's participant links (on events the annotators gave participants) that are gold's.
 */
public final class EventEvaluation {
    /** Counts for one corpus. */
    public static final class Counts {
        public int system, gold, exactSystem, exactGold, overlapSystem, overlapGold;
        public int anchored, anchoredMatched, anchorRight, participantLinks, participantRight;
        /** dossier's participant links on events that match a gold event with participants, and those that are gold's. */
        public int systemParticipantLinks, systemParticipantRight;
        /** Matched events anchored to a time the text states (not the document's creation time), and right ones. */
        public int statedMatched, statedRight;
        public int documents;

        public CitronScorer.Prf exact() { return prf(exactSystem, exactGold); }

        public CitronScorer.Prf overlap() { return prf(overlapSystem, overlapGold); }

        /** Right anchors over gold anchored events that a system event matched. */
        public double anchorAccuracy() { return anchoredMatched == 0 ? 0 : (double) anchorRight / anchoredMatched; }

        public double participantAccuracy() {
            return participantLinks == 0 ? 0 : (double) participantRight / participantLinks;
        }

        public double participantPrecision() {
            return systemParticipantLinks == 0 ? 0 : (double) systemParticipantRight / systemParticipantLinks;
        }

        private CitronScorer.Prf prf(int s, int g) {
            double p = system == 0 ? 0 : (double) s / system, r = gold == 0 ? 0 : (double) g / gold;
            return new CitronScorer.Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private EventEvaluation() {}

    public static Map<String, Counts> run(Dossier dossier, List<StandoffCorpus.Document> docs, int threads)
            throws Exception {
        List<Record> records = ParallelAnalysis.run(dossier,
                docs.stream().map(d -> Dossier.readText(d.name(), d.text(), d.dct())).toList(), threads);
        Map<String, Counts> out = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            StandoffCorpus.Document d = docs.get(i);
            score(records.get(i).events(), d, out.computeIfAbsent(d.corpus(), k -> new Counts()));
        }
        return out;
    }

    static void score(List<Event> all, StandoffCorpus.Document d, Counts c) {
        List<Event> system = all.stream().filter(e -> d.isAnnotated(e.trigger().span())).toList();
        c.documents++;
        c.system += system.size();
        c.gold += d.events().size();
        for (Event e : system) {
            Span t = e.trigger().span();
            if (d.events().stream().anyMatch(g -> g.span().equals(t))) c.exactSystem++;
            if (d.events().stream().anyMatch(g -> g.span().overlaps(t))) c.overlapSystem++;
        }
        for (StandoffCorpus.GoldEvent g : d.events()) {
            if (system.stream().anyMatch(e -> e.trigger().span().equals(g.span()))) c.exactGold++;
            Event match = system.stream().filter(e -> e.trigger().span().overlaps(g.span())).findFirst().orElse(null);
            if (match != null) c.overlapGold++;
            if (g.anchor() != null) {
                c.anchored++;
                if (match != null) {
                    c.anchoredMatched++;
                    boolean right = Objects.equals(g.anchor(), match.time());
                    if (right) c.anchorRight++;
                    if (d.dct() == null || !g.anchor().equals(d.dct().toString())) {
                        c.statedMatched++;
                        if (right) c.statedRight++;
                    }
                }
            }
            if (match != null) {
                for (Span p : g.participants()) {
                    c.participantLinks++;
                    if (match.participants().stream().anyMatch(x -> x.mention().span().overlaps(p))) c.participantRight++;
                }
                if (!g.participants().isEmpty()) {
                    for (Event.Participant x : match.participants()) {
                        c.systemParticipantLinks++;
                        if (g.participants().stream().anyMatch(p -> x.mention().span().overlaps(p))) c.systemParticipantRight++;
                    }
                }
            }
        }
    }
}
