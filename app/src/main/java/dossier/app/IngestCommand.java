package dossier.app;

import dossier.Dossier;
import dossier.model.Record;
import dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code dossier ingest PATH...}: analysis on every core, one writer. An article already in the store (same text)
 * is not analysed again; each article is one transaction, so an interrupted ingest re-run loses and duplicates
 * nothing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse text files, folders and JSONL into the store.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursively) or .jsonl files.")
    List<Path> paths;

    @Option(names = "--published", description = "Publication date for inputs that give none.")
    LocalDate published;

    @Option(names = "--threads", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private record Done(Inputs.Item item, Record record, String problem) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Map<String, Integer> skipped = new TreeMap<>();
        int[] counts = new int[2];  // ingested, unchanged
        try (Store s = store.open()) {
            List<Path> files = Inputs.files(paths, item -> skip(err, skipped, item.where(), item.problem()));
            long total = Inputs.count(files);
            Progress progress = new Progress(err, total);
            BlockingQueue<Future<Done>> pending = new ArrayBlockingQueue<>(threads * 4);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Dossier[] dossier = new Dossier[1];
            Thread reader = new Thread(() -> {
                for (Path f : files) {
                    Inputs.read(f, published, item -> {
                        try {
                            pending.put(pool.submit(() -> analyse(item, s, dossier)));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
                try {
                    pending.put(pool.submit(() -> (Done) null));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "dossier-reader");
            reader.start();
            try {
                while (true) {
                    Done d = pending.take().get();
                    if (d == null) break;
                    if (d.problem() != null) {
                        skip(err, skipped, d.item().where(), d.problem());
                    } else if (d.record() == null) {
                        counts[1]++;
                    } else if (s.add(d.record()) == Store.Added.INGESTED) {
                        counts[0]++;
                    } else {
                        counts[1]++;
                    }
                    progress.step();
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
            progress.finish();
            int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
            out.printf(Locale.ROOT, "ingested %d, unchanged %d, skipped %d%n", counts[0], counts[1], skippedTotal);
            skipped.forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %d: %s%n", n, reason));
            Store.Stats st = s.stats();
            out.printf(Locale.ROOT, "store %s: %d articles, %d entities, %d quotes, %d events%n", store.db, st.articles(),
                    st.entities(), st.quotes(), st.events());
            out.flush();
        }
        return skipped.isEmpty() ? 0 : 1;
    }

    private static Done analyse(Inputs.Item item, Store s, Dossier[] holder) {
        if (item.problem() != null) return new Done(item, null, item.problem());
        if (s.hasArticle(item.article().id())) return new Done(item, null, null);
        Dossier d;
        synchronized (holder) {
            if (holder[0] == null) holder[0] = Dossier.standard();
            d = holder[0];
        }
        try {
            return new Done(item, d.analyze(item.article()), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Done(item, null, "analysis failed (" + e + ")");
        }
    }

    private static void skip(PrintWriter err, Map<String, Integer> skipped, String where, String reason) {
        err.println("\rdossier: skipped " + where + ": " + reason);
        skipped.merge(reason.replaceAll("\\(.*\\)", "").strip(), 1, Integer::sum);
    }

    /** A one-line progress bar on stderr: articles done, rate, time left; redrawn at most five times a second. */
    static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final long start = System.nanoTime();
        private long done, lastDraw;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = Math.max(total, 1);
        }

        void step() {
            done++;
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L && done < total) return;
            lastDraw = now;
            double seconds = (now - start) / 1e9, rate = done / Math.max(seconds, 1e-9);
            long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
            int width = 30, filled = (int) (width * Math.min(done, total) / total);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f/s  ETA %dm%02ds ", "#".repeat(filled),
                    ".".repeat(width - filled), done, total, rate, eta / 60, eta % 60);
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }
    }

}
