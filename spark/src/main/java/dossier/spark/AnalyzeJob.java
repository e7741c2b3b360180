package dossier.spark;

import dossier.Dossier;
import dossier.ingest.JsonlArticles;
import dossier.ingest.Pages;
import dossier.ingest.WarcPages;
import dossier.json.RecordJson;
import dossier.model.Article;
import dossier.text.TextBytes;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The analysis as a Spark job. Articles come from JSONL files (one article per line), WARC archives ({@code .warc},
 * {@code .warc.gz}: their HTML responses) and plain-text files at any Hadoop-compatible path; each partition is
 * analysed by the one pipeline of its executor JVM ({@link Pipelines}), and every article gives one row: its record
 * as JSON, or the reason it could not be read or analysed. Rows land in {@code OUTPUT/records} (JSONL, the records
 * only: what {@code dossier load} reads) and {@code OUTPUT/parquet} (every row, with its error column). A bad
 * article never fails the job.
 *
 * <p>On a cluster: {@code spark-submit --class dossier.spark.AnalyzeJob dossier-spark.jar INPUT... --output DIR}
 * with dossier-core and its dependencies on the classpath (see spark/README.md).
 */
public final class AnalyzeJob {
    private AnalyzeJob() {}

    /** One article's outcome: {@code record} or {@code error} is set. A Java bean so Spark can encode it. */
    public static final class Row implements Serializable {
        private String source;
        private String articleId;
        private String record;
        private String error;

        public Row() {}

        Row(String source, String articleId, String record, String error) {
            this.source = source;
            this.articleId = articleId;
            this.record = record;
            this.error = error;
        }

        public String getSource() { return source; }
        public void setSource(String s) { source = s; }
        public String getArticleId() { return articleId; }
        public void setArticleId(String s) { articleId = s; }
        public String getRecord() { return record; }
        public void setRecord(String s) { record = s; }
        public String getError() { return error; }
        public void setError(String s) { error = s; }
    }

    /** {@code spark-submit ... INPUT... --output DIR [--published YYYY-MM-DD]}: the master comes from spark-submit. */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        LocalDate published = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output" -> output = args[++i];
                case "--published" -> published = LocalDate.parse(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (output == null || inputs.isEmpty()) {
            System.err.println("usage: AnalyzeJob INPUT... --output DIR [--published YYYY-MM-DD]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("dossier analyze").getOrCreate();
        try {
            Summary s = run(spark, inputs, output, published);
            System.out.println("analysed " + s.analysed() + ", failed " + s.failed() + "; records in " + output + "/records");
        } finally {
            spark.stop();
        }
    }

    /** What a run did. */
    public record Summary(long analysed, long failed) {}

    /**
     * @param inputs    JSONL files ({@code .jsonl}) and plain-text files or folders of them, as Hadoop paths
     * @param published the publication date for articles that give none, or null
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, LocalDate published) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String date = published == null ? null : published.toString();
        List<JavaRDD<Row>> parts = new ArrayList<>();
        for (String input : inputs) {
            if (input.endsWith(".jsonl")) {
                // Line numbers name a line in errors and stand in for a missing source, as on the command line.
                JavaPairRDD<String, Long> lines = jsc.textFile(input).zipWithIndex();
                parts.add(balanced(jsc, lines.filter(l -> !l._1().isBlank()))
                        .mapPartitions(it -> analyseLines(input, it, date)));
            } else {
                JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(input);
                parts.add(balanced(jsc, files).mapPartitions(it -> analyseFiles(it, date)));
            }
        }
        JavaRDD<Row> rows = parts.isEmpty() ? jsc.emptyRDD() : jsc.union(parts.toArray(JavaRDD[]::new));
        Dataset<Row> table = spark.createDataset(rows.rdd(), Encoders.bean(Row.class)).cache();
        // Counting first analyses every article in the fine-grained partitions (and fills the cache); the writes
        // then read the cache, merged into one file per core rather than one per small partition.
        long failed = table.filter("error IS NOT NULL").count();
        long analysed = table.count() - failed;
        Dataset<Row> merged = table.coalesce(jsc.defaultParallelism());
        merged.write().mode(SaveMode.Overwrite).parquet(output + "/parquet");
        merged.filter("record IS NOT NULL").select("record").write().mode(SaveMode.Overwrite).text(output + "/records");
        table.unpersist();
        return new Summary(analysed, failed);
    }

    /**
     * Articles spread over many small partitions per core: a file read as one or two splits would leave cores idle
     * behind the slowest split, and articles differ in length, so the last task to finish runs alone; the smaller
     * the tasks, the shorter that tail. Moving text costs nothing next to analysing it.
     */
    private static <K, V> JavaPairRDD<K, V> balanced(JavaSparkContext jsc, JavaPairRDD<K, V> rdd) {
        int wanted = 16 * jsc.defaultParallelism();
        return rdd.getNumPartitions() >= wanted ? rdd : rdd.repartition(wanted);
    }

    private static Iterator<Row> analyseLines(String file, Iterator<Tuple2<String, Long>> lines, String date) {
        Dossier dossier = Pipelines.shared();
        LocalDate published = date == null ? null : LocalDate.parse(date);
        return map(lines, line -> {
            String where = file + ":" + (line._2() + 1);
            Article article;
            try {
                article = JsonlArticles.parse(line._1(), where, published);
            } catch (IllegalArgumentException e) {
                return new Row(where, null, null, e.getMessage());
            }
            return analyse(dossier, where, article);
        });
    }

    private static Iterator<Row> analyseFiles(Iterator<Tuple2<String, PortableDataStream>> files, String date) {
        Dossier dossier = Pipelines.shared();
        LocalDate published = date == null ? null : LocalDate.parse(date);
        return flatten(map(files, f -> {
            String source = localPath(f._1());
            String name = source.toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return warc(dossier, source, f._2(), published);
            try {
                if (sizeOf(f._2()) > TextBytes.MAX_BYTES) {
                    throw new IllegalArgumentException("more than " + TextBytes.MAX_BYTES + " bytes");
                }
                String text = TextBytes.decode(f._2().toArray());
                return List.of(analyse(dossier, source, Dossier.readText(source, text, published))).iterator();
            } catch (RuntimeException e) {
                return List.of(new Row(source, null, null, String.valueOf(e.getMessage()))).iterator();
            }
        }));
    }

    /**
     * A WARC archive's HTML responses, read as the command line reads them (jwarc needs a seekable file, so the
     * archive is copied to the executor's local disk first); a malformed record ends the file with an error row.
     */
    private static Iterator<Row> warc(Dossier dossier, String source, PortableDataStream stream, LocalDate published) {
        List<Row> rows = new ArrayList<>();
        java.nio.file.Path copy = null;
        try {
            copy = java.nio.file.Files.createTempFile("dossier-warc", ".warc");
            try (java.io.InputStream in = stream.open()) {
                java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            WarcPages.read(copy, source, page -> {
                try {
                    rows.add(analyse(dossier, page.source(), Pages.englishArticle(page, published)));
                } catch (IllegalArgumentException e) {
                    rows.add(new Row(page.source(), null, null, e.getMessage()));
                }
            }, (where, why) -> rows.add(new Row(where, null, null, why)));
        } catch (java.io.IOException | RuntimeException e) {
            rows.add(new Row(source, null, null, "cannot be read (" + e.getMessage() + ")"));
        } finally {
            if (copy != null) copy.toFile().delete();
        }
        return rows.iterator();
    }

    private static Iterator<Row> flatten(Iterator<Iterator<Row>> groups) {
        return new Iterator<>() {
            Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override public boolean hasNext() {
                while (!current.hasNext() && groups.hasNext()) current = groups.next();
                return current.hasNext();
            }

            @Override public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }

    /** Rows made one at a time as Spark pulls them: a partition's records never sit in memory together. */
    private static <T, R> Iterator<R> map(Iterator<T> in, java.util.function.Function<T, R> f) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return in.hasNext(); }
            @Override public R next() { return f.apply(in.next()); }
        };
    }

    private static long sizeOf(PortableDataStream s) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(s.getPath());
            return p.getFileSystem(s.getConfiguration()).getFileStatus(p).getLen();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Row analyse(Dossier dossier, String source, Article article) {
        try {
            return new Row(source, article.id(), RecordJson.write(dossier.analyze(article), false), null);
        } catch (RuntimeException e) {
            return new Row(source, article.id(), null, "analysis failed: " + e);
        }
    }

    /** A local file's path as the command line would name it, so local runs give the command line's records. */
    static String localPath(String uri) {
        return uri.startsWith("file:") ? uri.substring("file:".length()).replaceFirst("^//(?=/)", "") : uri;
    }
}
