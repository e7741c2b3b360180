package dossier.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SemEval-2015 Task 4's measure of a timeline: temporal awareness (UzZaman and Allen 2011, as in TempEval-3) over
 * the graph of temporal relations a timeline states. Ordered events (position 1 and up) are nodes; events at the
 * same position are SIMULTANEOUS, each is BEFORE every event at a later position, and a date anchor (one not all X)
 * INCLUDES its events. The closure G+ holds every such relation; the reduced graph G- only what cannot be inferred:
 * a chain of SIMULTANEOUS links inside each position, one BEFORE link from each position to the next, one INCLUDES
 * link per position. Then precision = |Sys- in Ref+| / |Sys-| and recall = |Ref- in Sys+| / |Ref-|, summed over
 * every target entity's timeline (micro-average). Events at position 0 are not ordered and state no relation.
 *
 * <p>The task's own scorer converted timelines to TimeML and ran the TempEval-3 tool on them; it is not part of the
 * data here, so this is that definition written out, not a port of the tool.
 */
public final class TimelineScorer {
    /** Counts that sum over timelines: relations of the reduced graphs, and how many of them the other graph holds. */
    public record Counts(int systemReduced, int systemReducedCorrect, int goldReduced, int goldReducedFound) {
        public Counts plus(Counts o) {
            return new Counts(systemReduced + o.systemReduced, systemReducedCorrect + o.systemReducedCorrect,
                    goldReduced + o.goldReduced, goldReducedFound + o.goldReducedFound);
        }

        public double precision() {
            return systemReduced == 0 ? 0 : (double) systemReducedCorrect / systemReduced;
        }

        public double recall() {
            return goldReduced == 0 ? 0 : (double) goldReducedFound / goldReduced;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    private TimelineScorer() {}

    public static Counts score(List<TimelineTask.Line> gold, List<TimelineTask.Line> system) {
        Set<String> goldClosure = closure(gold), systemClosure = closure(system);
        List<String> goldReduced = reduced(gold), systemReduced = reduced(system);
        int correct = (int) systemReduced.stream().filter(goldClosure::contains).count();
        int found = (int) goldReduced.stream().filter(systemClosure::contains).count();
        return new Counts(systemReduced.size(), correct, goldReduced.size(), found);
    }

    /** Positions 1 and up, in order, each with its events (sorted, once) and its date. */
    private static TreeMap<Integer, TreeSet<String>> groups(List<TimelineTask.Line> lines, TreeMap<Integer, String> dates) {
        TreeMap<Integer, TreeSet<String>> out = new TreeMap<>();
        for (TimelineTask.Line l : lines) {
            if (l.position() <= 0) continue;
            out.computeIfAbsent(l.position(), k -> new TreeSet<>()).addAll(l.events());
            if (!l.date().matches("[X-]*")) dates.putIfAbsent(l.position(), l.date());
        }
        return out;
    }

    static Set<String> closure(List<TimelineTask.Line> lines) {
        TreeMap<Integer, String> dates = new TreeMap<>();
        TreeMap<Integer, TreeSet<String>> groups = groups(lines, dates);
        Set<String> out = new HashSet<>();
        List<Integer> positions = new ArrayList<>(groups.keySet());
        for (int i = 0; i < positions.size(); i++) {
            TreeSet<String> here = groups.get(positions.get(i));
            for (String a : here) {
                for (String b : here) if (a.compareTo(b) < 0) out.add(simultaneous(a, b));
                for (int j = i + 1; j < positions.size(); j++) {
                    for (String b : groups.get(positions.get(j))) out.add(before(a, b));
                }
                String date = dates.get(positions.get(i));
                if (date != null) out.add(includes(date, a));
            }
        }
        return out;
    }

    static List<String> reduced(List<TimelineTask.Line> lines) {
        TreeMap<Integer, String> dates = new TreeMap<>();
        TreeMap<Integer, TreeSet<String>> groups = groups(lines, dates);
        List<String> out = new ArrayList<>();
        String previous = null;
        for (var g : groups.entrySet()) {
            List<String> events = new ArrayList<>(g.getValue());
            for (int i = 1; i < events.size(); i++) out.add(simultaneous(events.get(i - 1), events.get(i)));
            String first = events.get(0);
            if (previous != null) out.add(before(previous, first));
            String date = dates.get(g.getKey());
            if (date != null) out.add(includes(date, first));
            previous = first;
        }
        return out;
    }

    private static String simultaneous(String a, String b) {
        return a.compareTo(b) < 0 ? a + " SIMULTANEOUS " + b : b + " SIMULTANEOUS " + a;
    }

    private static String before(String a, String b) {
        return a + " BEFORE " + b;
    }

    private static String includes(String date, String event) {
        return date + " INCLUDES " + event;
    }
}
