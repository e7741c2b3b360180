package dossier.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.ingest.HtmlReader;
import dossier.ingest.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
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
        return zyte(dir, system, null, 1);
    }

    /**
     * With {@code errors}, every page's precision and recall and both texts' openings go to that file, worst first.
     * Pages are read on {@code threads} threads.
     */
    public static ShingleScorer.Result zyte(Path dir, Path system, Path errors, int threads) throws IOException {
        List<String[]> log = new ArrayList<>();
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        JsonNode predicted = system == null ? null : unwrap(JSON.readTree(system.toFile()));
        List<Map.Entry<String, JsonNode>> entries = entries(truth);
        List<String> texts = predicted != null ? null : inParallel(entries, e -> extract(
                dir.resolve("html").resolve(e.getKey() + ".html.gz"), e.getValue().path("url").asText(null)), threads);
        List<ShingleScorer.PageCounts> pages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, JsonNode> e = entries.get(i);
            String expected = e.getValue().path("articleBody").asText("");
            String got = predicted != null ? predicted.path(e.getKey()).path("articleBody").asText("") : texts.get(i);
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

    /** Body, title, author and date of one set; a null field is one the set does not annotate. */
    public record Result(CitronScorer.Prf body, Double title, Double author, Double date, int pages) {}

    private static final ObjectMapper LENIENT = new ObjectMapper().enable(
            com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());

    /** Which set is in {@code dir}, and its scores. */
    public static Result run(Path dir, Path system, Path errors, int threads) throws IOException {
        if (Files.exists(dir.resolve("ground-truth.json"))) {
            ShingleScorer.Result r = zyte(dir, system, errors, threads);
            return new Result(new CitronScorer.Prf(r.precision(), r.recall(), r.f1()), null, null, null, r.pages());
        }
        if (Files.exists(dir.resolve("tests/evaldata.json"))) return trafilatura(dir.resolve("tests"), errors, threads);
        if (Files.exists(dir.resolve("tests/eval_mediacloud_2020.json"))) {
            return htmldate(dir.resolve("tests"), errors, threads);
        }
        throw new IllegalArgumentException(dir + ": not the Zyte, trafilatura or htmldate evaluation set");
    }

    /**
     * The trafilatura set (its tests/eval_common.py): whitespace-normalised substring matches of the snippets that
     * must appear and must not, micro-averaged; title, author and date compared where annotated. With {@code
     * errors}, each page's missed and unwanted snippets and wrong metadata go to that file.
     */
    static Result trafilatura(Path tests, Path errors, int threads) throws IOException {
        StringBuilder log = new StringBuilder();
        JsonNode data = JSON.readTree(tests.resolve("evaldata.json").toFile());
        int tp = 0, fp = 0, fn = 0, pages = 0, titles = 0, titlesRight = 0, authors = 0, authorsRight = 0, dates = 0, datesRight = 0;
        List<Map.Entry<String, JsonNode>> entries = entries(data);
        List<Page> read = inParallel(entries, e -> {
            Path file = resolve(tests, e.getValue().path("file").asText());
            return file == null ? null : read(file, e.getKey());
        }, threads);
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, JsonNode> e = entries.get(i);
            JsonNode item = e.getValue();
            Page page = read.get(i);
            String text = page == null ? null : norm(page.text());
            pages++;
            log.append("== ").append(e.getKey()).append(page == null ? "  (unreadable)" : "").append('\n');
            for (JsonNode w : item.path("with")) {
                if (text != null && text.contains(norm(w.asText()))) tp++;
                else {
                    fn++;
                    log.append("MISSED   ").append(norm(w.asText())).append('\n');
                }
            }
            for (JsonNode w : item.path("without")) {
                if (text != null && text.contains(norm(w.asText()))) {
                    fp++;
                    log.append("UNWANTED ").append(norm(w.asText())).append('\n');
                }
            }
            if (item.has("title")) {
                titles++;
                if (page != null && page.title() != null && norm(page.title()).equalsIgnoreCase(norm(item.get("title").asText()))) titlesRight++;
                else log.append("TITLE    ").append(norm(item.get("title").asText())).append(" got ")
                        .append(page == null ? null : page.title()).append('\n');
            }
            if (item.has("author")) {
                authors++;
                String got = page == null ? "" : norm(String.join("; ", page.authors()));
                if (got.equalsIgnoreCase(norm(item.get("author").asText()))) authorsRight++;
                else log.append("AUTHOR   ").append(norm(item.get("author").asText())).append(" got ").append(got).append('\n');
            }
            if (item.has("date")) {
                dates++;
                if (page != null && page.published() != null && page.published().toString().equals(item.get("date").asText())) datesRight++;
                else log.append("DATE     ").append(item.get("date").asText()).append(" got ")
                        .append(page == null ? null : page.published()).append('\n');
            }
        }
        if (errors != null) Files.writeString(errors, log);
        return new Result(CitronScorer.Prf.ratio(tp, tp + fp, tp + fn), ratio(titlesRight, titles),
                ratio(authorsRight, authors), ratio(datesRight, dates), pages);
    }

    /** The htmldate MediaCloud set: the publication day exactly; a page with no gold date is right with none. */
    static Result htmldate(Path tests, Path errors, int threads) throws IOException {
        StringBuilder log = new StringBuilder();
        JsonNode data = LENIENT.readTree(tests.resolve("eval_mediacloud_2020.json").toFile());
        int pages = 0, right = 0;
        List<Map.Entry<String, JsonNode>> entries = entries(data);
        List<Page> read = inParallel(entries, e -> {
            Path file = htmldateFile(tests, e);
            return Files.exists(file) ? read(file, e.getKey()) : null;
        }, threads);
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, JsonNode> e = entries.get(i);
            Path file = htmldateFile(tests, e);
            Page page = read.get(i);
            JsonNode gold = e.getValue().get("date");
            String expected = gold == null || !gold.isTextual() ? null : gold.asText();
            String got = page == null || page.published() == null ? null : page.published().toString();
            pages++;
            if (java.util.Objects.equals(expected, got)) right++;
            else log.append(expected).append(" got ").append(got).append("  ").append(file.getFileName()).append("  ").append(e.getKey()).append('\n');
        }
        if (errors != null) Files.writeString(errors, log);
        return new Result(null, null, null, ratio(right, pages), pages);
    }

    private static Path htmldateFile(Path tests, Map.Entry<String, JsonNode> entry) {
        return tests.resolve("test_set").resolve(entry.getValue().path("file").asText() + ".gz");
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        object.fields().forEachRemaining(out::add);
        return out;
    }

    /** A page reader that may fail on a file. */
    private interface PageWork<R> {
        R apply(Map.Entry<String, JsonNode> entry) throws IOException;
    }

    /** {@code work} over the set's entries on {@code threads} threads, results in the set's order. */
    private static <R> List<R> inParallel(List<Map.Entry<String, JsonNode>> entries, PageWork<R> work, int threads)
            throws IOException {
        try {
            return ParallelAnalysis.map(entries, e -> {
                try {
                    return work.apply(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }, threads);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            throw new IOException(e.getCause());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static Double ratio(int right, int total) {
        return total == 0 ? null : (double) right / total;
    }

    private static Path resolve(Path tests, String name) {
        for (String dir : List.of("cache", "eval")) {
            Path p = tests.resolve(dir).resolve(name + ".gz");
            if (Files.exists(p)) return p;
        }
        return null;
    }

    private static Page read(Path gz, String url) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return HtmlReader.read(gz.toString(), HtmlReader.decode(in.readAllBytes()), url);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whitespace collapsed, as the set's own scorer does; also canonical Unicode composition and no soft hyphens or
     * zero-width spaces, which are invisible (jsoup drops them from text, some snippets keep them).
     */
    static String norm(String s) {
        String visible = s.replace("\u00AD", "").replace("\u200B", "");
        return java.text.Normalizer.normalize(visible, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
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
