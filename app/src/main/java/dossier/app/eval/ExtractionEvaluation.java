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
        return zyte(dir, system, null);
    }

    /** With {@code errors}, every page's precision and recall and both texts' openings go to that file, worst first. */
    public static ShingleScorer.Result zyte(Path dir, Path system, Path errors) throws IOException {
        List<String[]> log = new ArrayList<>();
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
            ShingleScorer.PageCounts c = ShingleScorer.page(expected, got);
            pages.add(c);
            double f = c.tp() == 0 ? 0 : 2 * c.tp() / (2 * c.tp() + c.fp() + c.fn());
            log.add(new String[] {String.format(java.util.Locale.ROOT, "%.3f", f), e.getKey(),
                    String.format(java.util.Locale.ROOT, "P %.2f R %.2f", c.tp() / Math.max(1e-9, c.tp() + c.fp()),
                            c.tp() / Math.max(1e-9, c.tp() + c.fn())),
                    head(expected), head(got)});
        }
        if (errors != null) {
            log.sort((a, b) -> a[0].compareTo(b[0]));
            StringBuilder b = new StringBuilder();
            for (String[] l : log) {
                b.append(l[0]).append(' ').append(l[1]).append(' ').append(l[2]).append("\n  TRUE ").append(l[3])
                        .append("\n  GOT  ").append(l[4]).append('\n');
            }
            Files.writeString(errors, b);
        }
        return ShingleScorer.score(pages);
    }

    private static String head(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) : one;
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
