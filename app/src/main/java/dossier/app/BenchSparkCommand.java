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
 * ran them (in local mode the driver is the executor).
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = "Benchmark the Spark job: local[1] against local[2] on the same input (see BENCHMARKS.md).")
final class BenchSparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files and text files or folders.")
    List<String> inputs;

    @Option(names = "--published", defaultValue = "2020-01-01", description = "Publication date for articles that give none.")
    LocalDate published;

    @Override
    public Integer call() throws Exception {
        Path out = Files.createTempDirectory("dossier-bench-spark");
        try {
            run("local[2]", out.resolve("warm-up"));
            double one = run("local[1]", out.resolve("one")), two = run("local[2]", out.resolve("two"));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf(Locale.ROOT, "local[1] %.1f articles/s; local[2] %.1f articles/s; speed-up %.2f; peak heap %d MB%n",
                    one, two, two / one, peak >> 20);
        } finally {
            TempDirs.delete(out);
        }
        return 0;
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
