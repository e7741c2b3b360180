package dossier.app;

import dossier.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest as a user runs it: idempotent, and a kill -9 halfway loses and duplicates nothing. */
@Tag("models")
class IngestCommandIT {
    @TempDir
    Path dir;

    static final String[] PEOPLE = {"Nadia Koval", "Tomas Berg", "Ines Duarte", "Kofi Mensah", "Aiko Tanaka",
            "Lars Holm", "Maya Cohen", "Omar Haddad"};
    static final String[] PLACES = {"Lisbon", "Oslo", "Accra", "Osaka", "Haifa", "Bergen", "Porto", "Kumasi"};

    /** Short articles of the same shape with different people, places and dates. */
    static void writeArticles(Path folder, int n) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            String who = PEOPLE[i % PEOPLE.length], other = PEOPLE[(i + 3) % PEOPLE.length];
            String where = PLACES[(i * 5) % PLACES.length];
            String text = "Council vote number " + i + "\n\n" + who + " met " + other + " in " + where
                    + " on Monday to discuss plan " + i + ". \"We made progress on item " + i + ",\" " + who
                    + " said. The council will vote on the plan next week, officials said.\n";
            Files.writeString(folder.resolve(String.format("a%03d.txt", i)), text);
        }
    }

    static int articles(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT id) FROM article")) {
            rs.next();
            assertEquals(rs.getInt(1), rs.getInt(2), "no article twice");
            return rs.getInt(1);
        }
    }

    static AnalyzeCommandIT.Run ingest(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new AnalyzeCommandIT.Run(code, out.toString(), err.toString());
    }

    @Test
    void secondRunChangesNothing() throws Exception {
        Path in = dir.resolve("in"), db = dir.resolve("kb.db");
        writeArticles(in, 6);
        Files.writeString(in.resolve("bad.jsonl"), "{\"text\": \"\"}\n{\"title\": \"no text\"}\n");
        AnalyzeCommandIT.Run first = ingest("ingest", in.toString(), "--db", db.toString(), "--published", "2024-02-02");
        assertTrue(first.out().contains("ingested 6, unchanged 0, skipped 2"), first.out());
        assertTrue(first.out().contains("empty text") && first.out().contains("no \"text\" field"), first.out());
        AnalyzeCommandIT.Run second = ingest("ingest", in.toString(), "--db", db.toString(), "--published", "2024-02-02");
        assertTrue(second.out().contains("ingested 0, unchanged 6"), second.out());
        assertEquals(6, articles(db));
        try (Store s = Store.open(db.toString())) {
            assertEquals(1, s.findEntities("Nadia Koval").size());
            assertTrue(s.entity(s.findEntities("Koval").get(0).id()).articles().size() >= 2);
        }
    }

    @Test
    void anUndatedArticleShowsAsUndatedNotNull() throws Exception {
        Path in = dir.resolve("undated"), db = dir.resolve("undated.db");
        writeArticles(in, 1);
        ingest("ingest", in.toString(), "--db", db.toString());
        AnalyzeCommandIT.Run entity = ingest("entity", "Nadia Koval", "--db", db.toString());
        assertTrue(entity.out().contains("QUOTES BY") && entity.out().contains("  ?  "), entity.out());
        assertTrue(!entity.out().contains("null"), entity.out());
    }

    @Test
    void killedHalfwayAndRunAgainLosesAndDuplicatesNothing() throws Exception {
        Path in = dir.resolve("in"), db = dir.resolve("kb.db");
        int n = 120;
        writeArticles(in, n);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "dossier.app.Main",
                "ingest", in.toString(), "--db", db.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int seen = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(db)) {
                try {
                    seen = articles(db);
                } catch (java.sql.SQLException busy) {
                    seen = 0;
                }
            }
            if (seen >= 5) break;
            Thread.sleep(200);
        }
        assertTrue(p.isAlive() && seen >= 5, "the ingest was still running when killed: " + seen + " "
                + (Files.exists(dir.resolve("log.txt")) ? Files.readString(dir.resolve("log.txt")) : ""));
        p.destroyForcibly();  // SIGKILL: no shutdown hook, no commit of the article in flight
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        int before = articles(db);
        assertTrue(before < n, "killed before the end");
        AnalyzeCommandIT.Run again = ingest("ingest", in.toString(), "--db", db.toString());
        assertTrue(again.out().contains("ingested " + (n - before) + ", unchanged " + before), again.out());
        assertEquals(n, articles(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

}
