package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Article;
import dossier.model.Record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Analyses (or reads) an evaluation set's documents on several threads and returns the results in document order. */
final class ParallelAnalysis {
    private ParallelAnalysis() {}

    static List<Record> run(Dossier dossier, List<Article> articles, int threads) throws Exception {
        return map(articles, dossier::analyze, threads);
    }

    /** {@code work} applied to every item on {@code threads} threads; the results in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
