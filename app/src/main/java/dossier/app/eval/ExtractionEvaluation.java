package dossier.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.ingest.HtmlReader;
import dossier.ingest.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Main-text extraction on the Zyte article-extraction benchmark: {@code ground-truth.json} and {@code html/*.html.gz}.
 * Either dossier extracts every page, or a published system output ({@code output/NAME.json}) is scored, so that the
 * scorer can be checked against the upstream table.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEvaluation() {}

    public static ShingleScorer.Result zyte(Path dir, Path system) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        JsonNode predicted = system == null ? null : unwrap(JSON.readTree(system.toFile()));
        List<ShingleScorer.PageCounts> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String expected = e.getValue().path("articleBody").asText("");
            String got;
            if (predicted != null) {
                got = predicted.path(e.getKey()).path("articleBody").asText("");
            } else {
                got = extract(dir.resolve("html").resolve(e.getKey() + ".html.gz"), e.getValue().path("url").asText(null));
            }
            pages.add(ShingleScorer.page(expected, got));
        }
        return ShingleScorer.score(pages);
    }

    /** Upstream outputs are either {id: {...}} or {"version", "output": {id: {...}}}. */
    private static JsonNode unwrap(JsonNode n) {
        return n.has("output") && n.get("output").isObject() ? n.get("output") : n;
    }

    static String extract(Path gz, String url) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            bytes = in.readAllBytes();
        }
        Page page = HtmlReader.read(gz.toString(), HtmlReader.decode(bytes), url);
        return page.text();
    }
}
