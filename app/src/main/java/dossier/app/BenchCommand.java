package dossier.app;

import dossier.Dossier;
import dossier.model.Article;
import dossier.nlp.CoreNlpBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * {@code dossier bench FILE...}: throughput of the whole analysis on N threads in steady state, and in the same
 * run CoreNLP's own full pipeline on the same input, reported as a ratio (this machine is shared and noisy, so
 * only ratios measured together mean anything).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the analysis against CoreNLP's full pipeline on the same articles.")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text articles.")
    List<Path> files;

    @Option(names = "--published", description = "Publication date for every file.")
    LocalDate published;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of the measured dossier run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--baseline-articles", defaultValue = "4",
            description = "Articles for the CoreNLP baseline after one warm-up (default: ${DEFAULT-VALUE}; 0 skips it).")
    int baselineArticles;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Path f : files) articles.add(ArticleFiles.read(f, published));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        Dossier dossier = Dossier.standard();
        dossier.analyze(articles.get(0));
        double firstRecord = (System.currentTimeMillis() - jvmStart) / 1000.0;

        CoreNlpBaseline tokenizer = CoreNlpBaseline.tokenizer();
        int[] tokens = articles.stream().mapToInt(a -> tokenizer.annotate(a.text())).toArray();
        System.out.printf(Locale.ROOT, "input: %d articles, %d tokens on average; %d threads; %d cores%n",
                articles.size(), (int) java.util.Arrays.stream(tokens).average().orElse(0), threads,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "first record %.1f s after JVM start (models loaded on first use)%n", firstRecord);

        // Warm-up: let the JIT settle before measuring.
        run(articles, tokens, a -> { dossier.analyze(a); return 0; }, threads, 10_000_000_000L, 0);
        Throughput ours = run(articles, tokens, a -> { dossier.analyze(a); return 0; }, threads, seconds * 1_000_000_000L, 0);
        System.out.printf(Locale.ROOT, "dossier analyze:  %8.2f articles/s  %9.0f tokens/s%n", ours.articlesPerSecond(),
                ours.tokensPerSecond());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap: %.0f MB live after a full GC, %.0f MB peak in use (max heap %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0), peakHeapMb(), rt.maxMemory() / (1024 * 1024));

        if (baselineArticles > 0) {
            long loadStart = System.nanoTime();
            CoreNlpBaseline full = CoreNlpBaseline.full();
            full.annotate(articles.get(0).text());
            System.out.printf(Locale.ROOT, "CoreNLP full pipeline loaded and warmed up in %.0f s%n",
                    (System.nanoTime() - loadStart) / 1e9);
            Throughput base = run(articles, tokens, a -> full.annotate(a.text()), threads, Long.MAX_VALUE, baselineArticles);
            System.out.printf(Locale.ROOT, "CoreNLP full:     %8.3f articles/s  %9.0f tokens/s%n",
                    base.articlesPerSecond(), base.tokensPerSecond());
            System.out.printf(Locale.ROOT, "ratio: dossier is %.0fx CoreNLP's full pipeline (articles/s)%n",
                    ours.articlesPerSecond() / base.articlesPerSecond());
        }
        return 0;
    }

    record Throughput(int articles, long tokens, double seconds) {
        double articlesPerSecond() { return articles / seconds; }

        double tokensPerSecond() { return tokens / seconds; }
    }

    /** Runs {@code work} over the articles round-robin on {@code threads} threads until time or count runs out. */
    private static Throughput run(List<Article> articles, int[] tokens, ToIntFunction<Article> work, int threads,
                                  long nanos, int maxArticles) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong tokenCount = new AtomicLong();
        long start = System.nanoTime(), deadline = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int i = next.getAndIncrement();
                        if (maxArticles > 0 && i >= maxArticles) break;
                        int k = i % articles.size();
                        work.applyAsInt(articles.get(k));
                        done.incrementAndGet();
                        tokenCount.addAndGet(tokens[k]);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        return new Throughput(done.get(), tokenCount.get(), (System.nanoTime() - start) / 1e9);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }
}
