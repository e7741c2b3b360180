package dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.Dossier;
import dossier.model.Article;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One article per JSONL line: {@code {"text", "url"?, "title"?, "published"?, "source"?}}. Shared by the command
 * line and the Spark job so that both read a line the same way.
 */
public final class JsonlArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticles() {}

    /**
     * @param where     names the line in errors and stands in for a missing url/source
     * @param published the date for a line that gives none, or null
     * @throws IllegalArgumentException with the reason the line is not an article
     */
    public static Article parse(String line, String where, LocalDate published) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (n == null || !n.isObject() || !n.path("text").isTextual()) throw new IllegalArgumentException("no \"text\" field");
        String text = n.get("text").asText();
        if (text.isBlank()) throw new IllegalArgumentException("empty text");
        LocalDate date = published;
        if (n.path("published").isTextual()) {
            String p = n.get("published").asText();
            try {
                date = LocalDate.parse(p.substring(0, Math.min(10, p.length())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("\"published\" is not a date: " + p);
            }
        }
        String source = n.path("url").isTextual() ? n.get("url").asText()
                : n.path("source").isTextual() ? n.get("source").asText() : where;
        Article a = Dossier.readText(source, text, date);
        if (n.path("title").isTextual()) {
            a = new Article(a.id(), a.source(), n.get("title").asText(), a.published(), a.text(), a.paragraphs(), a.boilerplate());
        }
        return a;
    }
}
