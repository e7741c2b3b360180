package dossier.app;

import dossier.spark.AnalyzeJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dossier spark INPUT... --output DIR}: the Spark job in this JVM, without a Spark installation. On a
 * cluster the same job runs through spark-submit (spark/README.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Analyse articles (JSONL, text files or folders; any Hadoop path) as a Spark job.")
final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files (.jsonl) and text files or folders.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where records/ (JSONL, for dossier load) and parquet/ (with the error column) go.")
    String output;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--published", description = "Publication date for articles that give none.")
    LocalDate published;

    @Override
    public Integer call() {
        SparkSession spark = session(master, "dossier analyze");
        try {
            AnalyzeJob.Summary s = AnalyzeJob.run(spark, inputs, output, published);
            spec.commandLine().getOut().printf("analysed %d, failed %d (see %s/parquet, column error); records in %s/records%n",
                    s.analysed(), s.failed(), output, output);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** A session for running the job in this JVM; a local run listens on loopback only. */
    static SparkSession session(String master, String name) {
        SparkSession.Builder builder = SparkSession.builder().master(master).appName(name).config("spark.ui.enabled", "false");
        if (master.startsWith("local")) builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        return builder.getOrCreate();
    }
}
