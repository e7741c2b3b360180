package dossier.spark;

import dossier.Dossier;
import dossier.ingest.JsonlArticles;
import dossier.ingest.Pages;
import dossier.ingest.WarcPages;
import dossier.json.RecordJson;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job for real in Spark local[2]: the records it writes are the records the command line gives. */
@Tag("models")
class AnalyzeJobIT {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("dossier-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void recordsMatchTheCommandLineAndBadArticlesBecomeErrorRows(@TempDir Path dir) throws Exception {
        LocalDate published = LocalDate.parse("2023-05-12");
        Path texts = Files.createDirectories(dir.resolve("texts"));
        String[] people = {"Lena Vogt", "Paulo Reis", "Sana Mirza"};
        for (int i = 0; i < people.length; i++) {
            Files.writeString(texts.resolve("a" + i + ".txt"), "Harbour report " + i + "\n\n" + people[i]
                    + " inspected the harbour in Gdansk on Tuesday. \"The cranes are ready,\" " + people[i] + " said.\n");
        }
        Files.write(texts.resolve("binary.txt"), new byte[] {(byte) 0xC3, 0x28, 0x00, 0x01});
        Path jsonl = dir.resolve("feed.jsonl");
        List<String> lines = List.of(
                "{\"text\": \"Rail strike ends\\n\\nUnion leader Omar Said said on Monday that the strike was over.\", \"url\": \"https://example.org/rail\"}",
                "",
                "{\"text\": ",
                "{\"text\": \"Budget passes\\n\\nThe council approved the budget on Wednesday, its chair Ruth Kane said.\", \"published\": \"2023-05-11\"}");
        Files.write(jsonl, lines);

        AnalyzeJob.Summary summary = AnalyzeJob.run(spark, List.of(texts.toString(), jsonl.toString()),
                dir.resolve("out").toString(), published);
        assertEquals(5, summary.analysed());
        assertEquals(2, summary.failed(), "the binary file and the broken line");

        Set<String> expected = new HashSet<>();
        Dossier dossier = Pipelines.shared();
        for (int i = 0; i < people.length; i++) {
            Path f = texts.resolve("a" + i + ".txt");
            expected.add(RecordJson.write(dossier.analyze(Dossier.readText(f.toString(), Files.readString(f), published)), false));
        }
        for (int n : new int[] {1, 4}) {
            expected.add(RecordJson.write(dossier.analyze(JsonlArticles.parse(lines.get(n - 1), jsonl + ":" + n, published)), false));
        }
        Set<String> written = new HashSet<>();
        try (Stream<Path> parts = Files.list(dir.resolve("out/records"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                written.addAll(Files.readAllLines(p));
            }
        }
        assertEquals(expected, written, "the same records as the command line, byte for byte");

        List<org.apache.spark.sql.Row> errors = spark.read().parquet(dir.resolve("out/parquet").toString())
                .filter("error IS NOT NULL").orderBy("source").collectAsList();
        assertEquals(2, errors.size());
        assertEquals(jsonl + ":3", errors.get(0).getAs("source"));
        assertEquals("not a JSON object", errors.get(0).getAs("error"));
        assertEquals(texts.resolve("binary.txt").toString(), errors.get(1).getAs("source"));
    }

    @Test
    void warcResponsesAreAnalysedAsOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path warc = Files.createDirectories(dir.resolve("crawl")).resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            String[] bodies = {
                "<html><head><title>Port reopens</title></head><body><article><p>The port of Varna reopened on Monday after"
                        + " a week of repairs, harbour master Ivan Petrov said. \"Ships are moving again,\" he said.</p></article></body></html>",
                "<html lang=\"de\"><body><article><p>Der Hafen wurde am Montag nach einer Woche wieder eröffnet, sagte der"
                        + " Hafenmeister. Die Schiffe fahren wieder, und die Arbeiter sind zufrieden.</p></article></body></html>"};
            for (int i = 0; i < bodies.length; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, bodies[i].getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://news.example/port-" + i))
                        .date(Instant.parse("2024-03-05T10:00:00Z")).body(http).build());
            }
        }
        AnalyzeJob.Summary summary = AnalyzeJob.run(spark, List.of(dir.resolve("crawl").toString()), dir.resolve("out").toString(), null);
        assertEquals(1, summary.analysed());
        assertEquals(1, summary.failed(), "the German page is reported, not analysed");

        List<String> expected = new java.util.ArrayList<>();
        WarcPages.read(warc, page -> {
            if (page.url().endsWith("-0")) {
                expected.add(RecordJson.write(Pipelines.shared().analyze(Pages.englishArticle(page, null)), false));
            }
        }, (where, why) -> { });
        List<String> written = new java.util.ArrayList<>();
        try (Stream<Path> parts = Files.list(dir.resolve("out/records"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                written.addAll(Files.readAllLines(p));
            }
        }
        assertEquals(expected, written);
        String error = spark.read().parquet(dir.resolve("out/parquet").toString()).filter("error IS NOT NULL")
                .first().getAs("error");
        assertTrue(error.contains("in de"), error);
    }
}
