package dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dossier extract on good and bad web inputs: bad ones reported with the file, the rest goes on. No NLP. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void badInputsAreReportedAndTheGoodOneIsExtracted() throws Exception {
        Path good = dir.resolve("good.html"), notGzip = dir.resolve("fake.html.gz"), script = dir.resolve("script.html"),
                huge = dir.resolve("huge.html"), truncated = dir.resolve("truncated.html");
        Files.writeString(good, "<html><head><title>Vote today</title><meta property=\"article:published_time\" "
                + "content=\"2022-10-02T08:00:00Z\"></head><body><article><p>Polls opened at seven in the morning across"
                + " the country, and officials expected a high turnout despite the rain.</p></article></body></html>");
        Files.writeString(notGzip, "this is not gzip at all");
        Files.writeString(script, "<html><body><script>" + "var x = 1;".repeat(1000) + "</script></body></html>");
        Files.writeString(huge, "<html><body><p>" + "word ".repeat(2_000_000) + "</p></body></html>");
        Files.writeString(truncated, "<html><body><div><p>The bridge reopened on Sunday after repairs that lasted two"
                + " months, the city said, and traffic was back to normal by the <b>afternoon");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", "--format", "json",
                good.toString(), notGzip.toString(), script.toString(), huge.toString(), truncated.toString());
        assertEquals(1, code);
        String[] lines = out.toString().strip().split("\\n");
        assertEquals(2, lines.length, out.toString());
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("Vote today", first.get("title").asText());
        assertEquals("2022-10-02", first.get("published").asText());
        assertEquals("en", first.get("language").asText());
        assertTrue(first.get("text").asText().startsWith("Polls opened"));
        assertTrue(new ObjectMapper().readTree(lines[1]).get("text").asText().contains("traffic was back to normal"));
        String e = err.toString();
        assertTrue(e.contains("fake.html.gz: not a readable gzip file"), e);
        assertTrue(e.contains("script.html: no article text found"), e);
        assertTrue(e.contains("huge.html") && e.contains("more than a page may have"), e);
        for (String line : e.strip().split("\\n")) assertTrue(line.startsWith("dossier: skipped "), line);
    }
}
