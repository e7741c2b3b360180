package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Record;
import dossier.model.TimeExpression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Analyses every TimeML document against its creation time and scores the times with {@link TempEval}. */
public final class TimeEvaluation {
    private TimeEvaluation() {}

    public static TempEval.Counts run(Dossier dossier, List<TimeMl.Document> docs, int threads, Path errors)
            throws Exception {
        List<Record> records = ParallelAnalysis.run(dossier,
                docs.stream().map(d -> Dossier.readText(d.name(), d.text(), d.dct())).toList(), threads);
        TempEval.Counts total = new TempEval.Counts();
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            TimeMl.Document d = docs.get(i);
            List<TempEval.Found> found = new ArrayList<>();
            for (TimeExpression t : records.get(i).times()) found.add(new TempEval.Found(t.span(), t.value()));
            total.add(TempEval.score(found, d.timexes()));
            if (errors != null) describe(d, found, log);
        }
        if (errors != null) Files.writeString(errors, log);
        return total;
    }

    private static void describe(TimeMl.Document d, List<TempEval.Found> found, StringBuilder log) {
        log.append("== ").append(d.name()).append(" dct=").append(d.dct()).append('\n');
        String text = d.text();
        for (TimeMl.Timex g : d.timexes()) {
            TempEval.Found match = found.stream().filter(s -> s.span().overlaps(g.span())).findFirst().orElse(null);
            if (match == null) {
                log.append("MISSED ").append(oneLine(g.span().of(text))).append(" = ").append(g.value()).append('\n');
            } else if (!match.span().equals(g.span()) || !String.valueOf(match.value()).equals(g.value())) {
                log.append("DIFFER ").append(oneLine(g.span().of(text))).append(" = ").append(g.value())
                        .append("   got ").append(oneLine(match.span().of(text))).append(" = ").append(match.value())
                        .append('\n');
            }
        }
        for (TempEval.Found s : found) {
            if (d.timexes().stream().noneMatch(g -> g.span().overlaps(s.span()))) {
                log.append("EXTRA  ").append(oneLine(s.span().of(text))).append(" = ").append(s.value()).append('\n');
            }
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

}
