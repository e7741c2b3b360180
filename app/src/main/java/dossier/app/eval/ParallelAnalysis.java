package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Article;
import dossier.model.Record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Analyses an evaluation set's documents on several threads and returns the records in document order. */
final class ParallelAnalysis {
    private ParallelAnalysis() {}

    static List<Record> run(Dossier dossier, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Record>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> dossier.analyze(a)));
            List<Record> out = new ArrayList<>();
            for (Future<Record> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
