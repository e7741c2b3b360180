package dossier.app.eval;

import dossier.Dossier;
import dossier.app.TempDirs;
import dossier.model.Entity;
import dossier.model.Mention;
import dossier.model.Record;
import dossier.model.Span;
import dossier.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document entity clusters against MEANTIME: every document is ingested into a fresh store (so entities are
 * resolved across documents exactly as {@code dossier ingest} does), dossier's mentions in the annotated sentences
 * are aligned to gold mentions they overlap, and the clusters are scored with MUC, B3 and CEAF-e.
 */
public final class EntityEvaluation {
    public record Result(Coreference.Result scores, int documents, int goldMentions, int systemMentions, int aligned) {}

    private EntityEvaluation() {}

    public static Result run(Dossier dossier, List<StandoffCorpus.Document> docs, int threads) throws Exception {
        Path dir = Files.createTempDirectory("dossier-eval-entities");
        Path db = dir.resolve("eval.db");
        Map<String, Set<String>> key = new LinkedHashMap<>(), response = new LinkedHashMap<>();
        int gold = 0, system = 0, aligned = 0;
        List<Record> records = ParallelAnalysis.run(dossier,
                docs.stream().map(d -> Dossier.readText(d.name(), d.text(), d.dct())).toList(), threads);
        try (Store store = Store.open(db.toString())) {
            for (int i = 0; i < docs.size(); i++) {
                StandoffCorpus.Document d = docs.get(i);
                Record r = records.get(i);
                store.add(r);
                Map<String, Long> global = store.entityIds(r.article().id());
                for (StandoffCorpus.GoldMention g : d.mentions()) {
                    key.computeIfAbsent(g.entity(), k -> new HashSet<>()).add(d.name() + "@" + g.span().start());
                    gold++;
                }
                Set<Span> used = new HashSet<>();
                for (Entity e : r.entities()) {
                    Long id = global.get(e.id());
                    if (id == null) continue;
                    for (Mention m : e.mentions()) {
                        if (!d.isAnnotated(m.span())) continue;
                        system++;
                        String mentionId = d.name() + "@sys" + m.start();
                        for (StandoffCorpus.GoldMention g : d.mentions()) {
                            if (g.span().overlaps(m.span()) && used.add(g.span())) {
                                mentionId = d.name() + "@" + g.span().start();
                                aligned++;
                                break;
                            }
                        }
                        response.computeIfAbsent("E" + id, k -> new HashSet<>()).add(mentionId);
                    }
                }
            }
        } finally {
            TempDirs.delete(dir);
        }
        return new Result(Coreference.score(key.values(), response.values()), docs.size(), gold, system, aligned);
    }

}
