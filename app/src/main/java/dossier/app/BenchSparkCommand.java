package dossier.app;

import dossier.spark.AnalyzeJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code dossier bench-spark INPUT...}: the Spark job's throughput with one core and with two on the same input in
 * the same JVM (local[1] is the baseline of the ratio), after a warm-up run, and the peak heap of the JVM that
 * ran them (in local mode the driver is the executor). The two alternate for several rounds, and each round gives
 * its own ratio: on a shared machine a slow spell then hits one round's pair, not one side of every comparison.
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = "Benchmark the Spark job: local[1] against local[2] on the same input (see BENCHMARKS.md).")
final class BenchSparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files and text files or folders.")
    List<String> inputs;

    @Option(names = "--published", defaultValue = "2020-01-01", description = "Publication date for articles that give none.")
    LocalDate published;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of local[1] then local[2] (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Path out = Files.createTempDirectory("dossier-bench-spark");
        try {
            run("local[2]", out.resolve("warm-up"));
            List<Double> ones = new java.util.ArrayList<>(), twos = new java.util.ArrayList<>(), ratios = new java.util.ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double one = run("local[1]", out.resolve("one")), two = run("local[2]", out.resolve("two"));
                ones.add(one);
                twos.add(two);
                ratios.add(two / one);
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf(Locale.ROOT, "speed-up per round: %s%n", ratios.stream()
                    .map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
            System.out.printf(Locale.ROOT, "median: local[1] %.1f articles/s; local[2] %.1f articles/s; speed-up %.2f; peak heap %d MB%n",
                    median(ones), median(twos), median(ratios), peak >> 20);
        } finally {
            TempDirs.delete(out);
        }
        return 0;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private double run(String master, Path output) {
        SparkSession spark = SparkCommand.session(master, "dossier bench");
        try {
            long t = System.nanoTime();
            AnalyzeJob.Summary s = AnalyzeJob.run(spark, inputs, output.toString(), published);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d articles (%d failed) in %.1f s%n", master, s.analysed(), s.failed(), seconds);
            return s.analysed() / seconds;
        } finally {
            spark.stop();
        }
    }
}
