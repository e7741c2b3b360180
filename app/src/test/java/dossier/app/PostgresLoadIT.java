package dossier.app;

import dossier.app.web.WebServer;
import dossier.json.RecordJson;
import dossier.store.Store;
import dossier.store.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team's shared store: several {@code dossier load} processes write the same records into one PostgreSQL database
 * at once, and the result is what one writer into SQLite makes of them: nothing lost, nothing twice. Then the web
 * UI reads it.
 */
@Tag("models")
@Tag("postgresql")
class PostgresLoadIT {
    @TempDir
    Path dir;

    @Test
    void concurrentLoadsLoseAndDuplicateNothingAndTheWebReadsTheStore() throws Exception {
        Path in = dir.resolve("in"), records = dir.resolve("records");
        int n = 30;
        IngestCommandIT.writeArticles(in, n);
        List<String> analyze = new ArrayList<>(List.of("analyze", "--out", records.toString(), "--published", "2024-03-04"));
        try (Stream<Path> texts = Files.list(in)) {
            texts.sorted().forEach(t -> analyze.add(t.toString()));
        }
        AnalyzeCommandIT.Run analysed = IngestCommandIT.ingest(analyze.toArray(String[]::new));
        assertEquals(0, analysed.code(), analysed.err());
        // Three files of ten records; each process loads two of them, so every record is raced for by two.
        List<Path> json;
        try (Stream<Path> files = Files.list(records)) {
            json = files.sorted().toList();
        }
        List<Path> thirds = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            StringBuilder lines = new StringBuilder();
            for (Path p : json.subList(t * n / 3, (t + 1) * n / 3)) lines.append(RecordJson.write(RecordJson.read(Files.readString(p)), false)).append('\n');
            thirds.add(Files.writeString(dir.resolve("third" + t + ".jsonl"), lines));
        }
        String url = TestPostgres.get().newDatabase();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> loads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            loads.add(new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dossier.app.Main",
                    "load", thirds.get(t).toString(), thirds.get((t + 1) % 3).toString(), "--db", url)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("load" + t + ".txt").toFile()).start());
        }
        int loaded = 0, already = 0;
        Pattern summary = Pattern.compile("loaded (\\d+), already in the store (\\d+), skipped 0");
        for (int t = 0; t < 3; t++) {
            Process p = loads.get(t);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "load " + t + " finished");
            String out = Files.readString(dir.resolve("load" + t + ".txt"));
            assertEquals(0, p.exitValue(), out);
            Matcher m = summary.matcher(out);
            assertTrue(m.find(), out);
            loaded += Integer.parseInt(m.group(1));
            already += Integer.parseInt(m.group(2));
        }
        assertEquals(n, loaded, "every record loaded once");
        assertEquals(n, already, "and found there by the other process");

        Path sqlite = dir.resolve("one-writer.db");
        AnalyzeCommandIT.Run one = IngestCommandIT.ingest("load", records.toString(), "--db", sqlite.toString());
        assertEquals(0, one.code(), one.err());
        try (Store shared = Store.open(url); Store single = Store.open(sqlite.toString())) {
            assertEquals(single.stats(), shared.stats(), "articles, entities, quotes and events as one writer makes them");
            for (String person : IngestCommandIT.PEOPLE) {
                assertEquals(1, shared.findEntities(person).size(), person + " is one entity");
                assertEquals(single.entity(single.findEntities(person).get(0).id()).articles().size(),
                        shared.entity(shared.findEntities(person).get(0).id()).articles().size(), person);
            }
            try (WebServer web = WebServer.start(shared, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + web.port();
                long id = shared.findEntities("Nadia Koval").get(0).id();
                String entityPage = get(base + "/entity/" + id);
                assertTrue(entityPage.contains("Nadia Koval") && entityPage.contains("progress"), entityPage);
                String search = get(base + "/api/search?q=" + URLEncoder.encode("progress on item", StandardCharsets.UTF_8));
                assertTrue(search.contains("[progress]"), search);
            }
        }
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        return r.body();
    }
}
