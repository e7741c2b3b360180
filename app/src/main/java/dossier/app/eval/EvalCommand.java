package dossier.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dossier eval ...}: dossier's quality measured on human-annotated data, beside published numbers. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on annotated data.",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Time.class, EvalCommand.Events.class,
                EvalCommand.Entities.class, EvalCommand.Timeline.class, EvalCommand.Extraction.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { text, json }

    /** Every evaluation's {@code --format json} output, indented. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What every evaluation takes: its output format and how many threads analyse. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json.")
        Format format;

        @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
        int threads;

        private long started;

        /** Runs the evaluation and prints its report in the chosen format. */
        abstract void run(PrintWriter out) throws Exception;

        /** Seconds since the evaluation started (reading the data included). */
        double elapsed() {
            return (System.nanoTime() - started) / 1e9;
        }

        @Override
        public final Integer call() throws Exception {
            started = System.nanoTime();
            PrintWriter out = spec.commandLine().getOut();
            run(out);
            out.flush();
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Quote attribution on PolNeAR (brat standoff), scored as BBC's Citron scores PARC 3.0.")
    static final class Quotes extends Base {
        @Option(names = "--data", required = true, description = "PolNeAR folder (e.g. ../shared/data/polnear-dev).")
        Path data;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Write every missed and every wrong attribution, with its text, to FILE.")
        Path errors;

        @Override
        void run(PrintWriter out) throws Exception {
            List<Polnear.Document> docs = Polnear.read(data);
            QuoteEvaluation.Result r = QuoteEvaluation.run(Dossier.standard(), docs, threads, errors);
            double seconds = elapsed();
            if (format == Format.json) {
                out.println(json(r));
            } else {
                out.print(text(r, seconds));
            }
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = "Time expressions on TimeML (TimeBank, AQUAINT), scored with the TempEval-3 measures.")
    static final class Time extends Base {
        @Option(names = "--data", required = true, description = "Folder of .tml files (searched recursively).")
        Path data;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write every missed, wrong and extra time to FILE.")
        Path errors;

        @Override
        void run(PrintWriter out) throws Exception {
            List<TimeMl.Document> docs = TimeMl.read(data);
            TempEval.Counts c = TimeEvaluation.run(Dossier.standard(), docs, threads, errors);
            double seconds = elapsed();
            if (format == Format.json) {
                ObjectNode root = JSON.createObjectNode();
                prf(root.putObject("relaxed"), c.relaxed());
                prf(root.putObject("strict"), c.strict());
                root.putObject("value").put("f1", round(c.valueF1())).put("accuracy", round(c.valueAccuracy()));
                root.put("documents", docs.size());
                out.println(JSON.writeValueAsString(root));
            } else {
                out.printf(Locale.ROOT, "Time expressions in %d documents (%.0f s): %d gold, %d found%n%n", docs.size(),
                        seconds, c.gold, c.system);
                out.printf(Locale.ROOT, "%-8s %6s %6s %6s%n", "span", "P", "R", "F1");
                for (String kind : List.of("strict", "relaxed")) {
                    CitronScorer.Prf s = kind.equals("strict") ? c.strict() : c.relaxed();
                    out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", kind, s.precision(), s.recall(), s.f1());
                }
                out.printf(Locale.ROOT, "%nvalue accuracy %.3f, value F1 %.3f%n", c.valueAccuracy(), c.valueF1());
                out.print("""

                        Published anchors (TempEval-3 test set, value F1): HeidelTime 0.776, SUTime 0.674
                        """);
            }
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Event mentions, time anchors and participants on MEANTIME and ECB+ (stand-off XML).")
    static final class Events extends Base {
        @Option(names = "--data", required = true, arity = "1..*",
                description = "MEANTIME and/or ECB+ folders (searched recursively).")
        List<Path> data;

        @Override
        void run(PrintWriter out) throws Exception {
            List<StandoffCorpus.Document> docs = new java.util.ArrayList<>();
            for (Path p : data) docs.addAll(StandoffCorpus.read(p));
            Map<String, EventEvaluation.Counts> r = EventEvaluation.run(Dossier.standard(), docs, threads);
            double seconds = elapsed();
            ObjectNode root = JSON.createObjectNode();
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Event mentions (%.0f s)%n", seconds));
            for (Map.Entry<String, EventEvaluation.Counts> e : r.entrySet()) {
                EventEvaluation.Counts c = e.getValue();
                ObjectNode n = root.putObject(e.getKey());
                prf(n.putObject("exact"), c.exact());
                prf(n.putObject("overlap"), c.overlap());
                n.put("time_anchor_accuracy", round(c.anchorAccuracy())).put("anchored_matched", c.anchoredMatched)
                        .put("anchored", c.anchored)
                        .put("stated_time_anchor_accuracy", round(c.statedMatched == 0 ? 0 : (double) c.statedRight / c.statedMatched));
                n.put("participant_accuracy", round(c.participantAccuracy())).put("participant_links", c.participantLinks)
                        .put("participant_precision", round(c.participantPrecision()))
                        .put("system_participant_links", c.systemParticipantLinks);
                n.put("documents", c.documents);
                b.append(String.format(Locale.ROOT, "%n%s: %d documents, %d gold mentions, %d found%n", e.getKey(),
                        c.documents, c.gold, c.system));
                for (String kind : List.of("exact", "overlap")) {
                    CitronScorer.Prf s = kind.equals("exact") ? c.exact() : c.overlap();
                    b.append(String.format(Locale.ROOT, "  %-8s P %.3f  R %.3f  F1 %.3f%n", kind, s.precision(),
                            s.recall(), s.f1()));
                }
                b.append(String.format(Locale.ROOT, "  time anchors right: %.3f of %d matched anchored events (%d anchored)%n",
                        c.anchorAccuracy(), c.anchoredMatched, c.anchored));
                b.append(String.format(Locale.ROOT, "  of which anchored to a time the text states: %.3f of %d%n",
                        c.statedMatched == 0 ? 0 : (double) c.statedRight / c.statedMatched, c.statedMatched));
                b.append(String.format(Locale.ROOT, "  participants found: %.3f of %d gold links of matched events;"
                        + " right: %.3f of dossier's %d links there%n", c.participantAccuracy(), c.participantLinks,
                        c.participantPrecision(), c.systemParticipantLinks));
            }
            out.print(format == Format.json ? JSON.writeValueAsString(root) + "\n" : b.toString());
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Cross-document entity clusters on MEANTIME: MUC, B3, CEAF-e and the CoNLL mean.")
    static final class Entities extends Base {
        @Option(names = "--data", required = true, description = "MEANTIME folder with cross-document annotation.")
        Path data;

        @Override
        void run(PrintWriter out) throws Exception {
            List<StandoffCorpus.Document> docs = StandoffCorpus.read(data);
            EntityEvaluation.Result r = EntityEvaluation.run(Dossier.standard(), docs, threads);
            double seconds = elapsed();
            Coreference.Result c = r.scores();
            if (format == Format.json) {
                ObjectNode root = JSON.createObjectNode();
                for (var e : List.of(Map.entry("muc", c.muc()), Map.entry("b3", c.b3()), Map.entry("ceafe", c.ceafe()))) {
                    prf(root.putObject(e.getKey()), e.getValue().precision(), e.getValue().recall(), e.getValue().f1());
                }
                root.put("conll", round(c.conll())).put("documents", r.documents()).put("gold_mentions", r.goldMentions())
                        .put("system_mentions", r.systemMentions()).put("aligned_mentions", r.aligned());
                out.println(JSON.writeValueAsString(root));
            } else {
                out.printf(Locale.ROOT, "Entities across %d documents (%.0f s): %d gold mentions, %d of dossier's, %d aligned%n%n",
                        r.documents(), seconds, r.goldMentions(), r.systemMentions(), r.aligned());
                for (var e : List.of(Map.entry("MUC", c.muc()), Map.entry("B3", c.b3()), Map.entry("CEAF-e", c.ceafe()))) {
                    out.printf(Locale.ROOT, "%-7s P %.3f  R %.3f  F1 %.3f%n", e.getKey(), e.getValue().precision(),
                            e.getValue().recall(), e.getValue().f1());
                }
                out.printf(Locale.ROOT, "CoNLL   F1 %.3f%n", c.conll());
            }
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "Per-entity timelines across documents on SemEval-2015 Task 4, track A (temporal awareness F1).")
    static final class Timeline extends Base {
        @Option(names = "--data", required = true,
                description = "The task's folder (corpus_1, corpus_2...) or one corpus folder.")
        Path data;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write each target's gold and dossier's timeline to FILE.")
        Path errors;

        @Option(names = "--undated-at-publication",
                description = "Date every event that has no time of its own by its article's date (not only those the"
                        + " text reports as happened), to compare with the annotators' convention.")
        boolean undatedAtPublication;

        @Override
        void run(PrintWriter out) throws Exception {
            List<TimelineTask.Corpus> corpora = TimelineTask.read(data);
            TimelineEvaluation.Result r = TimelineEvaluation.run(Dossier.standard(), corpora, threads, undatedAtPublication, errors);
            double seconds = elapsed();
            if (format == Format.json) {
                ObjectNode root = JSON.createObjectNode();
                put(root.putObject("all"), r.all());
                ObjectNode each = root.putObject("corpora");
                r.corpora().forEach((name, c) -> put(each.putObject(name), c));
                root.put("documents", r.documents()).put("timelines", r.timelines()).put("entities_found", r.found());
                out.println(JSON.writeValueAsString(root));
            } else {
                out.printf(Locale.ROOT, "Timelines for %d target entities over %d documents (%.0f s); %d entities found by name;"
                        + " undated events %s%n%n", r.timelines(), r.documents(), seconds, r.found(),
                        undatedAtPublication ? "all at their article's date"
                                : "reported as happened at their article's date, the rest unordered (position 0)");
                out.printf(Locale.ROOT, "%-10s %7s %7s %7s%n", "", "P", "R", "F1");
                for (var e : r.corpora().entrySet()) line(out, e.getKey(), e.getValue());
                line(out, "all", r.all());
                out.printf(Locale.ROOT, "%nAnchors (track A, raw text, F1 x 100): best system of 2015 7.85 (GPLSIUA); issue target 25%n");
            }
        }

        /** The task reports its scores times 100. */
        private static void put(ObjectNode n, TimelineScorer.Counts c) {
            prf(n, c.precision() * 100, c.recall() * 100, c.f1() * 100);
        }

        private static void line(PrintWriter out, String name, TimelineScorer.Counts c) {
            out.printf(Locale.ROOT, "%-10s %7.2f %7.2f %7.2f%n", name, c.precision() * 100, c.recall() * 100, c.f1() * 100);
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Extraction on the Zyte benchmark, the trafilatura set or the htmldate set, each with its own metric.")
    static final class Extraction extends Base {
        @Option(names = "--data", required = true,
                description = "An extraction set: ../shared/data/extraction/zyte, .../trafilatura-eval or .../htmldate-mediacloud.")
        Path data;

        @Option(names = "--system", paramLabel = "FILE",
                description = "Score a published output (output/NAME.json) instead of dossier: checks the scorer.")
        Path system;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write every page's scores and texts, worst first.")
        Path errors;

        @Override
        void run(PrintWriter out) throws Exception {
            ExtractionEvaluation.Result r = ExtractionEvaluation.run(data, system, errors, threads);
            double seconds = elapsed();
            if (format == Format.json) {
                ObjectNode root = JSON.createObjectNode();
                if (r.body() != null) prf(root.putObject("body"), r.body());
                if (r.title() != null) root.put("title", round(r.title()));
                if (r.author() != null) root.put("author", round(r.author()));
                if (r.date() != null) root.put("date", round(r.date()));
                root.put("pages", r.pages());
                out.println(JSON.writeValueAsString(root));
            } else {
                out.printf(Locale.ROOT, "%s on %d pages (%.0f s, %.0f pages/s)%n", system == null ? "dossier" : system.getFileName(),
                        r.pages(), seconds, r.pages() / seconds);
                if (r.body() != null) {
                    out.printf(Locale.ROOT, "  body   precision %.3f  recall %.3f  F1 %.3f%n", r.body().precision(),
                            r.body().recall(), r.body().f1());
                }
                if (r.title() != null) out.printf(Locale.ROOT, "  title  %.3f%n", r.title());
                if (r.author() != null) out.printf(Locale.ROOT, "  author %.3f%n", r.author());
                if (r.date() != null) out.printf(Locale.ROOT, "  date   %.3f (exact day)%n", r.date());
                out.println("Published: Zyte body F1 trafilatura 2.0 0.958, newspaper4k 0.949, Readability.js 0.947,"
                        + " Readability4J 0.938, boilerpipe 0.860-0.877; trafilatura set F1 trafilatura 0.924, jusText 0.862;"
                        + " publication day htmldate 0.86-0.95, newspaper4k 0.81");
            }
        }
    }

    static String json(QuoteEvaluation.Result r) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        for (Map.Entry<String, CitronScorer.Totals> e : r.byCategory().entrySet()) {
            ObjectNode cat = root.putObject(e.getKey());
            for (CitronScorer.Part part : CitronScorer.Part.values()) {
                ObjectNode p = cat.putObject(part.name().toLowerCase(Locale.ROOT));
                prf(p.putObject("exact"), e.getValue().get(part).exact());
                prf(p.putObject("overlap"), e.getValue().get(part).overlap());
            }
        }
        root.put("pronoun_source_accuracy", r.pronounSourceAccuracy());
        root.put("articles", r.articles());
        return JSON.writeValueAsString(root);
    }

    private static void prf(ObjectNode n, CitronScorer.Prf s) {
        prf(n, s.precision(), s.recall(), s.f1());
    }

    private static void prf(ObjectNode n, double precision, double recall, double f1) {
        n.put("precision", round(precision)).put("recall", round(recall)).put("f1", round(f1));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static final int RESAMPLES = 1000;

    static String text(QuoteEvaluation.Result r, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Quote attribution on %d articles (%.0f s)%n%n", r.articles(), seconds));
        b.append(String.format(Locale.ROOT, "%-9s %-8s %-8s %6s %6s %6s  %s%n", "category", "part", "match", "P", "R", "F1",
                "F1 range*"));
        Map<String, CitronScorer.Totals> sums = r.byCategory();
        for (Map.Entry<String, CitronScorer.Totals> e : sums.entrySet()) {
            for (CitronScorer.Part part : CitronScorer.Part.values()) {
                for (boolean exact : new boolean[] {true, false}) {
                    CitronScorer.Counts c = e.getValue().get(part);
                    CitronScorer.Prf s = exact ? c.exact() : c.overlap();
                    CitronScorer.Interval range = CitronScorer.interval(r.perArticle().get(e.getKey()), part, exact,
                            RESAMPLES, 1);
                    b.append(String.format(Locale.ROOT, "%-9s %-8s %-8s %6.3f %6.3f %6.3f  %.3f-%.3f%n", e.getKey(),
                            part.name().toLowerCase(Locale.ROOT), exact ? "exact" : "overlap", s.precision(),
                            s.recall(), s.f1(), range.low(), range.high()));
                }
            }
        }
        b.append(String.format(Locale.ROOT, "%n* the middle 95%% of F1 over %d resamples of the articles: where "
                + "another set of this many articles like these could land%n", RESAMPLES));
        b.append(String.format(Locale.ROOT, "%npronoun sources (he said, she added): %.3f of %d right%n",
                r.pronounSourceAccuracy(), r.pronounSources()));
        b.append("""

                Published anchors (other data, for scale):
                  BBC Citron on PARC 3.0: source F1 0.820 exact; content F1 0.593 exact, 0.833 overlap
                  spaCy rule system on Canadian news: speaker accuracy 0.865 at 0.3 overlap
                  CoreNLP's quote attributor: 2 of 18 speakers right on the example article (dossier: 18 of 18)
                """);
        return b.toString();
    }
}
