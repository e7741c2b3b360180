package dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command as a user runs it: output formats, several files, and every kind of bad input. */
@Tag("models")
class AnalyzeCommandIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String ARTICLE = """
            Ferry service resumes

            The island ferry sailed again on Saturday after a week of storms, the operator said. \
            "We are glad to be back," said captain Maria Lund. "The sea was rough," she added.
            """;

    @Test
    void jsonFollowsTheRecordFormat() throws Exception {
        Path f = dir.resolve("ferry.txt");
        Files.writeString(f, ARTICLE);
        Run r = run("analyze", f.toString(), "--published", "2024-03-12", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        String text = json.at("/article/text").asText();
        assertEquals(ARTICLE, text);
        assertEquals("2024-03-12", json.at("/article/published").asText());
        JsonNode quote = null;
        for (JsonNode q : json.get("quotes")) if (q.get("text").asText().startsWith("We are glad")) quote = q;
        assertTrue(quote != null, json.get("quotes").toString());
        boolean reported = false;
        for (JsonNode q : json.get("quotes")) {
            reported |= q.get("type").asText().equals("indirect") && q.at("/speakerMention/text").asText().equals("the operator");
        }
        assertTrue(reported, "the reported clause before \", the operator said\" is an indirect quote");
        assertEquals(quote.get("text").asText(), text.substring(quote.get("start").asInt(), quote.get("end").asInt()));
        String speaker = quote.get("speaker").asText();
        boolean found = false;
        for (JsonNode e : json.get("entities")) {
            if (e.get("id").asText().equals(speaker)) {
                assertEquals("Maria Lund", e.get("name").asText());
                found = true;
            }
        }
        assertTrue(found);
        assertEquals("2024-03-09", json.at("/times/0/value").asText());
    }

    /** The text view of {@code text}, analysed from a file named {@code name} as published on 2024-03-12. */
    Run textView(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return run("analyze", f.toString(), "--published", "2024-03-12");
    }

    @Test
    void textViewListsPeopleQuotesAndTimes() throws Exception {
        Run r = textView("ferry.txt", ARTICLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Maria Lund"));
        assertTrue(r.out().contains("We are glad to be back"));
        assertTrue(r.out().contains("2024-03-09"));
        Run h = textView("headline.txt", "Maria Lund: The ferry will sail at dawn\n\n"
                + "Maria Lund, the captain of the ferry, said on Sunday that the sea had been kind all week.\n");
        assertTrue(h.out().contains("The ferry will sail at dawn”  (") && !h.out().contains("— :"),
                "a headline's colon is no cue to print: " + h.out());
        Run p = textView("participle.txt", "Ferry recall\n\nOn Monday, the Nordlys line recalled its ferries, "
                + "citing faulty engines.\n");
        assertTrue(p.out().contains("citing") && !p.out().contains("clauseTense"),
                "a participle's grammar stays in the JSON: " + p.out());
    }

    @Test
    void aJointStatementIsListedUnderEachSpeaker() throws Exception {
        Run r = textView("joint.txt", "Ferry deal\n\nMaria Lund and Jonas Berg said on Sunday that the ferry would "
                + "keep its winter timetable.\n");
        assertEquals(0, r.code(), r.err());
        String people = r.out().substring(0, r.out().indexOf("ORGANIZATIONS"));
        String lund = people.substring(people.indexOf("Maria Lund"), people.indexOf("Jonas Berg  ["));
        String berg = people.substring(people.indexOf("Jonas Berg  ["));
        assertTrue(lund.contains("winter timetable") && lund.contains("(with Jonas Berg)"), r.out());
        assertTrue(berg.contains("winter timetable") && berg.contains("(with Maria Lund)"), r.out());
    }

    @Test
    void severalFilesIntoADirectoryAndBadOnesSkipped() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt"), empty = dir.resolve("empty.txt"),
                latin = dir.resolve("latin.txt"), missing = dir.resolve("missing.txt"), out = dir.resolve("out");
        Files.writeString(a, ARTICLE);
        Files.writeString(b, "Markets fell sharply on Monday, traders said.");
        Files.writeString(empty, "");
        Files.write(latin, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("analyze", a.toString(), latin.toString(), b.toString(), missing.toString(), empty.toString(),
                "--out", out.toString());
        assertEquals(1, r.code(), "unreadable inputs make the exit non-zero");
        assertTrue(Files.exists(out.resolve("a.json")) && Files.exists(out.resolve("b.json"))
                && Files.exists(out.resolve("empty.json")));
        assertFalse(Files.exists(out.resolve("latin.json")));
        String[] errLines = r.err().strip().split("\n");
        for (String line : errLines) assertTrue(line.startsWith("dossier: "), "one-line messages, no stack trace: " + line);
        assertTrue(r.err().contains("latin.txt: not valid UTF-8"));
        assertTrue(r.err().contains("missing.txt: no such file"));
        JsonNode emptyRecord = new ObjectMapper().readTree(out.resolve("empty.json").toFile());
        assertEquals(0, emptyRecord.get("entities").size());
    }

    @Test
    void aHugeTextGivesARecordAndSaysWhatWasLeftOut() throws Exception {
        Path big = dir.resolve("big.txt");
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) {
            b.append("The committee met again on Tuesday and said the budget \"needs more work,\" members said.\n\n");
        }
        Files.writeString(big, b);
        Run r = run("analyze", big.toString(), "--format", "json", "--published", "2020-01-10");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("problems").toString().contains("were analysed"), json.get("problems").toString());
        assertTrue(json.get("quotes").size() > 100);
    }

    @Test
    void aBadDateIsAUsageErrorWithoutStackTrace() throws Exception {
        Path f = dir.resolve("ferry.txt");
        Files.writeString(f, ARTICLE);
        Run r = run("analyze", f.toString(), "--published", "yesterday");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("at dossier."), r.err());
        assertTrue(r.err().contains("--published"));
    }
}
