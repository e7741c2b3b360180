package dossier.app;

import dossier.Dossier;
import dossier.model.Article;
import dossier.model.EntityType;
import dossier.model.Record;
import dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dossier.app.web.WebServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dossier bench-store PATH...}: the knowledge base's speed. Ingest rate on N articles (analysis on every
 * core, one writer) against the analysis alone on the same articles in the same run; then a store grown to M
 * articles by replaying the analysed records under new ids, and the latency of entity, quotes --by and search, then
 * of the web UI's pages over loopback HTTP.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Benchmark ingest and query latency of the store (see BENCHMARKS.md).")
final class BenchStoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, folders or JSONL to ingest (replayed to reach --articles).")
    List<Path> paths;

    @Option(names = "--articles", defaultValue = "2000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--store-size", defaultValue = "20000", description = "Articles in the store for latency (default: ${DEFAULT-VALUE}).")
    int storeSize;

    @Option(names = "--queries", defaultValue = "200", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--threads", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        List<Article> base = new ArrayList<>();
        for (Path f : Inputs.files(paths, i -> { })) {
            Inputs.read(f, LocalDate.of(2020, 1, 1), i -> {
                if (i.article() != null) base.add(i.article());
            });
        }
        if (base.isEmpty()) throw new IllegalArgumentException("no articles under " + paths);
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; corpus.size() < articles; i++) {
            Article a = base.get(i % base.size());
            int round = i / base.size();
            corpus.add(round == 0 ? a : replay(a, round));
        }
        Path dir = Files.createTempDirectory("dossier-bench-store");
        Dossier dossier = Dossier.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Warm-up, then the analysis alone on the first articles: the rate ingest should match.
            analyse(dossier, pool, corpus.subList(0, Math.min(100, corpus.size())));
            int sample = Math.min(400, corpus.size());
            long t0 = System.nanoTime();
            analyse(dossier, pool, corpus.subList(0, sample));
            double analysisRate = sample / ((System.nanoTime() - t0) / 1e9);

            List<Record> records;
            long t1 = System.nanoTime();
            try (Store store = Store.open(dir.resolve("bench.db").toString())) {
                records = ingest(dossier, pool, corpus, store);
            }
            double ingestRate = corpus.size() / ((System.nanoTime() - t1) / 1e9);
            System.out.printf(Locale.ROOT, "input: %d articles (%d distinct texts, replayed under new ids), %d threads%n",
                    corpus.size(), base.size(), threads);
            System.out.printf(Locale.ROOT, "analysis alone: %.1f articles/s; ingest into SQLite: %.1f articles/s; ratio %.2f%n",
                    analysisRate, ingestRate, ingestRate / analysisRate);

            try (Store store = Store.open(dir.resolve("bench.db").toString())) {
                long t2 = System.nanoTime();
                int n = store.stats().articles();
                for (int round = 1000; n < storeSize; round++) {
                    for (Record r : records) {
                        if (n >= storeSize) break;
                        Article a = replay(r.article(), round);
                        store.add(new Record(a, r.entities(), r.quotes(), r.times(), r.events(), r.problems()));
                        n++;
                    }
                }
                System.out.printf(Locale.ROOT, "store grown to %d articles by replaying records (%.0f s, %.0f articles/s written)%n",
                        store.stats().articles(), (System.nanoTime() - t2) / 1e9, (n - corpus.size()) / ((System.nanoTime() - t2) / 1e9));
                latency(store, records);
                pageLatency(store, records);
            }
        } finally {
            pool.shutdownNow();
            TempDirs.delete(dir);
        }
        return 0;
    }

    /** The same text under a new id: a marker line at the end, so nothing the analysis found moves. */
    private static Article replay(Article a, int round) {
        String text = a.text() + "\n\n(replay " + round + ")";
        return Dossier.readText(a.source() + "#" + round, text, a.published());
    }

    private static void analyse(Dossier d, ExecutorService pool, List<Article> articles) throws Exception {
        List<Future<Record>> f = new ArrayList<>();
        for (Article a : articles) f.add(pool.submit(() -> d.analyze(a)));
        for (Future<Record> x : f) x.get();
    }

    private static List<Record> ingest(Dossier d, ExecutorService pool, List<Article> articles, Store store) throws Exception {
        List<Record> out = new ArrayList<>();
        List<Future<Record>> window = new ArrayList<>();
        for (Article a : articles) window.add(pool.submit(() -> d.analyze(a)));
        for (Future<Record> f : window) {
            Record r = f.get();
            store.add(r);
            if (out.size() < 2000) out.add(r);
        }
        return out;
    }

    private void latency(Store store, List<Record> records) {
        Random random = new Random(7);
        List<String> names = personNames(records), words = new ArrayList<>();
        for (Record r : records) {
            for (String w : r.article().text().split("[^\\p{L}]+")) if (w.length() > 6) words.add(w);
        }
        report("entity", time(() -> {
            var found = store.findEntities(names.get(random.nextInt(names.size())));
            if (!found.isEmpty()) store.entity(found.get(0).id());
        }));
        report("quotes --by", time(() -> {
            var found = store.findEntities(names.get(random.nextInt(names.size())));
            if (!found.isEmpty()) store.quotes(new Store.QuoteQuery(found.get(0).id(), null, null, null, null, 100));
        }));
        report("search", time(() -> store.search(words.get(random.nextInt(words.size())) + " "
                + words.get(random.nextInt(words.size())), 20)));
    }

    /** The web UI's pages and one API call over real HTTP on loopback: what a user waits for, rendering included. */
    private void pageLatency(Store store, List<Record> records) throws Exception {
        Random random = new Random(11);
        List<String> names = personNames(records);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            report("page /entity", time(() -> {
                var found = store.findEntities(names.get(random.nextInt(names.size())));
                if (!found.isEmpty()) fetch(http, base + "/entity/" + found.get(0).id());
            }));
            report("page /article", time(() ->
                    fetch(http, base + "/article/" + records.get(random.nextInt(records.size())).article().id())));
            report("page /?q=", time(() -> fetch(http, base + "/?q="
                    + URLEncoder.encode(names.get(random.nextInt(names.size())), StandardCharsets.UTF_8))));
            report("api entity", time(() -> {
                var found = store.findEntities(names.get(random.nextInt(names.size())));
                if (!found.isEmpty()) fetch(http, base + "/api/entities/" + found.get(0).id());
            }));
        }
    }

    /** The people the records name, as the queries look them up (a name once per article it is in). */
    private static List<String> personNames(List<Record> records) {
        List<String> names = new ArrayList<>();
        for (Record r : records) {
            r.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> names.add(e.name()));
        }
        return names;
    }

    private static void fetch(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException(url + " -> HTTP " + r.statusCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private double[] time(Runnable query) {
        for (int i = 0; i < 20; i++) query.run();
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "%-14s p50 %7.2f ms   p95 %7.2f ms   (%d queries)%n", what, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms.length);
    }
}
