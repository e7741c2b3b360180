package dossier.app.eval;

import dossier.Dossier;
import dossier.app.TempDirs;
import dossier.events.Timeline;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SemEval-2015 Task 4, track A, as a user would build the timelines: each corpus's documents are analysed and
 * ingested into a fresh store, each target entity is looked up by name as {@code dossier entity} does, and its
 * timeline is every asserted event it takes part in (not states: {@link Timeline#isState}) and every statement it
 * makes, across documents, dated by the event's own time, or by its article's date where the text reports it as
 * happened ({@link Timeline#datedByReport}; statements too), the rest at position 0. The task's annotators gave most undated events their document's creation
 * time; {@code undatedAtPublication} does that for all of them, to compare. Scored by {@link TimelineScorer}.
 */
public final class TimelineEvaluation {
    public record Result(Map<String, TimelineScorer.Counts> corpora, TimelineScorer.Counts all, int documents,
                         int timelines, int found) {}

    private TimelineEvaluation() {}

    /** @param errors where to write each target's gold and system timelines side by side, or null */
    public static Result run(Dossier dossier, List<TimelineTask.Corpus> corpora, int threads, boolean undatedAtPublication,
                             Path errors) throws Exception {
        StringBuilder report = new StringBuilder();
        Map<String, TimelineScorer.Counts> byCorpus = new LinkedHashMap<>();
        TimelineScorer.Counts all = TimelineScorer.ZERO;
        int documents = 0, timelines = 0, found = 0;
        for (TimelineTask.Corpus corpus : corpora) {
            List<TimelineTask.Document> docs = corpus.documents();
            List<Record> records = ParallelAnalysis.run(dossier, docs.stream()
                    .map(d -> Dossier.readText(corpus.name() + "/" + d.id(), d.text(), d.dct())).toList(), threads);
            documents += docs.size();
            TimelineScorer.Counts counts = TimelineScorer.ZERO;
            Path dir = Files.createTempDirectory("dossier-eval-timeline");
            try (Store store = Store.open(dir.resolve("eval.db").toString())) {
                for (Record r : records) store.add(r);
                for (String target : corpus.targets()) {
                    List<Store.EntitySummary> matches = store.findEntities(target);
                    List<TimelineTask.Line> system = matches.isEmpty() ? List.of()
                            : timeline(store, matches.get(0).id(), docs, records, undatedAtPublication);
                    if (!matches.isEmpty()) found++;
                    List<TimelineTask.Line> gold = corpus.gold().getOrDefault(target, List.of());
                    TimelineScorer.Counts c = TimelineScorer.score(gold, system);
                    counts = counts.plus(c);
                    report.append(String.format(java.util.Locale.ROOT, "== %s (%s): P %.2f R %.2f F1 %.2f%n", target,
                            matches.isEmpty() ? "not found" : matches.get(0).name(), c.precision(), c.recall(), c.f1()));
                    write(report, "gold", gold);
                    write(report, "dossier", system);
                    timelines++;
                }
            } finally {
                TempDirs.delete(dir);
            }
            byCorpus.put(corpus.name(), counts);
            all = all.plus(counts);
        }
        if (errors != null) Files.writeString(errors, report);
        return new Result(byCorpus, all, documents, timelines, found);
    }

    /** A timeline in the task's own format, under a heading. */
    private static void write(StringBuilder report, String heading, List<TimelineTask.Line> lines) {
        report.append("-- ").append(heading).append('\n');
        for (TimelineTask.Line l : lines) {
            report.append(l.position()).append('\t').append(l.date()).append('\t')
                    .append(String.join(" ", l.events())).append('\n');
        }
    }

    /** The entity's events and statements in every document, as timeline lines in date order. */
    static List<TimelineTask.Line> timeline(Store store, long entity, List<TimelineTask.Document> docs, List<Record> records,
                                            boolean undatedAtPublication) {
        TreeMap<String, Set<String>> byDate = new TreeMap<>();
        Set<String> undated = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            TimelineTask.Document doc = docs.get(i);
            Set<String> locals = store.entityIds(r.article().id()).entrySet().stream()
                    .filter(e -> e.getValue() == entity).map(Map.Entry::getKey).collect(Collectors.toSet());
            if (locals.isEmpty()) continue;
            for (Event e : r.events()) {
                if (!isStep(e)) continue;
                if (e.participants().stream().noneMatch(p -> locals.contains(p.entity()))) continue;
                String name = doc.eventAt(e.trigger().start(), e.trigger().end());
                if (name == null) continue;
                String date = date(e.time());
                boolean byReport = undatedAtPublication ? e.time() == null : Timeline.datedByReport(e);
                if (date == null && byReport && doc.dct() != null) date = doc.dct().toString();
                (date == null ? undated : byDate.computeIfAbsent(date, k -> new TreeSet<>())).add(name);
            }
            for (Quote q : r.quotes()) {
                if (q.cue() == null || !locals.contains(q.speaker())) continue;
                int head = cueHead(q.cue(), r.events());
                // An attitude ("plans to", "believes") is no statement on a timeline, as states are no events.
                if (r.events().stream().anyMatch(e -> e.trigger().start() == head && Timeline.isState(e))) continue;
                String name = doc.eventAt(head);
                if (name == null) continue;
                // A statement is dated by its article.
                String date = doc.dct() == null ? null : doc.dct().toString();
                (date == null ? undated : byDate.computeIfAbsent(date, k -> new TreeSet<>())).add(name);
            }
        }
        List<TimelineTask.Line> out = new ArrayList<>();
        if (!undated.isEmpty()) out.add(new TimelineTask.Line(0, "XXXX-XX-XX", List.copyOf(undated)));
        int position = 0;
        // A month before the days in it, as the gold timelines order them: unknown parts sort as zeros.
        List<String> dates = new ArrayList<>(byDate.keySet());
        dates.sort((a, b) -> a.replace('X', '0').compareTo(b.replace('X', '0')));
        for (String d : dates) out.add(new TimelineTask.Line(++position, d, List.copyOf(byDate.get(d))));
        return out;
    }

    /**
     * Whether an event is a step of a timeline: anything but a state or what the text denies. A plan or a
     * possibility with a date of its own stands at that date ("will fly to Oslo on May 3"), as in {@code
     * dossier timeline}; without one it is unordered, since only a report of what happened dates an event by its
     * article.
     */
    static boolean isStep(Event e) {
        return e.modality() != Event.Modality.NEGATED && !Timeline.isState(e);
    }

    /**
     * The event a cue reports by: its first word that is an event ("has also said" is "said", "According to" is
     * "According"), as the task names a statement by its verb; else the cue's first word.
     */
    static int cueHead(dossier.model.TextSpan cue, List<Event> events) {
        Matcher word = WORD.matcher(cue.text());
        while (word.find()) {
            int at = cue.start() + word.start();
            if (events.stream().anyMatch(e -> e.trigger().start() == at)) return at;
        }
        return cue.start();
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** A TIMEX3 value as the task writes dates ({@code 2008-03-XX}), or null for no calendar date. */
    static String date(String timex) {
        if (timex == null) return null;
        Matcher m = CALENDAR.matcher(timex);
        if (!m.find()) return null;
        return m.group(1) + "-" + (m.group(2) == null ? "XX" : m.group(2)) + "-" + (m.group(3) == null ? "XX" : m.group(3));
    }
}
