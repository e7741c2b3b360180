package dossier.app.eval;

import dossier.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads PolNeAR as distributed: {@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann} (brat standoff) and
 * {@code metadata.tsv} for publication dates. A text annotated by several annotators is scored against one of them,
 * the first by annotator id, so that no attribution counts twice. This is only the reader of that format: the
 * corpus (copyrighted news, licence not stated) is never copied into the repository; it is read from
 * {@code ../shared/data/polnear-dev} at evaluation time, and {@code PolnearTest} runs on a fixture of its own.
 */
public final class Polnear {
    /** One article with its gold attributions. */
    public record Document(String name, String text, LocalDate published, List<Attribution> gold) {}

    private Polnear() {}

    /**
     * Finds the split under {@code dir}: {@code dir} itself when it holds {@code text/} and {@code attributions/},
     * else {@code dir/data/dev} or {@code dir/dev}.
     */
    public static Path splitDir(Path dir) {
        for (Path candidate : List.of(dir, dir.resolve("data/dev"), dir.resolve("dev"))) {
            if (Files.isDirectory(candidate.resolve("text")) && Files.isDirectory(candidate.resolve("attributions"))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(dir + ": no PolNeAR split here (expected text/ and attributions/)");
    }

    public static List<Document> read(Path dir) throws IOException {
        Path split = splitDir(dir);
        Map<String, LocalDate> dates = metadata(split);
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String file = ann.getFileName().toString();
                String name = file.substring(0, file.lastIndexOf('_'));
                annotations.putIfAbsent(name, ann);
            }
        }
        List<Document> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path txt = split.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) continue;
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            out.add(new Document(e.getKey(), text, dates.get(e.getKey()), parse(Files.readAllLines(e.getValue()))));
        }
        return out;
    }

    /** Publication dates by file name, from the first metadata.tsv found at or above the split. */
    private static Map<String, LocalDate> metadata(Path split) throws IOException {
        Map<String, LocalDate> out = new HashMap<>();
        for (Path d = split; d != null; d = d.getParent()) {
            Path tsv = d.resolve("metadata.tsv");
            if (!Files.exists(tsv)) continue;
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t"));
            int nameCol = header.indexOf("filename"), dateCol = header.indexOf("publication_date");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length <= Math.max(nameCol, dateCol)) continue;
                try {
                    out.put(f[nameCol], LocalDate.parse(f[dateCol]));
                } catch (RuntimeException ignored) {
                    // An undated row stays undated.
                }
            }
            break;
        }
        return out;
    }

    /** Attributions from brat standoff lines: T lines are spans, E lines tie a cue, sources and contents together. */
    static List<Attribution> parse(List<String> lines) {
        Map<String, List<Span>> spans = new HashMap<>();
        for (String line : lines) {
            if (!line.startsWith("T")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            String[] labelAndOffsets = f[1].split(" ", 2);
            if (labelAndOffsets.length < 2) continue;
            List<Span> s = new ArrayList<>();
            for (String part : labelAndOffsets[1].split(";")) {
                String[] o = part.trim().split(" ");
                s.add(new Span(Integer.parseInt(o[0]), Integer.parseInt(o[1])));
            }
            spans.put(f[0], s);
        }
        List<Attribution> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("E")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            List<Span> cue = new ArrayList<>(), sources = new ArrayList<>(), contents = new ArrayList<>();
            for (String arg : f[1].trim().split("\\s+")) {
                String[] kv = arg.split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) continue;
                if (kv[0].startsWith("Cue")) cue.addAll(spans.get(kv[1]));
                else if (kv[0].startsWith("Source")) sources.addAll(spans.get(kv[1]));
                else if (kv[0].startsWith("Content")) contents.addAll(spans.get(kv[1]));
            }
            if (!cue.isEmpty()) out.add(new Attribution(cue, sources, contents));
        }
        return out;
    }
}
