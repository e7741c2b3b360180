package dossier.app;

import dossier.ingest.JsonlArticles;
import dossier.ingest.Pages;
import dossier.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles behind the paths a user gives: text files, folders (recursively), and JSONL with one
 * {@code {"text", "url"?, "title"?, "published"?, "source"?}} per line. Bad items are reported with the reason and
 * the rest goes on.
 */
final class Inputs {

    /** One article to read, or the reason it cannot be read. */
    record Item(String where, Article article, String problem) {}

    private Inputs() {}

    /** Every input file under the paths, in a stable order; unreadable paths come back as problems. */
    static List<Path> files(List<Path> paths, Consumer<Item> problems) {
        return files(paths, Inputs::supported, problems);
    }

    /** As {@link #files(List, Consumer)}, keeping in folders only the files {@code wanted} accepts. */
    static List<Path> files(List<Path> paths, java.util.function.Predicate<Path> wanted, Consumer<Item> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.accept(new Item(p.toString(), null, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(wanted).sorted().forEach(out::add);
                } catch (IOException | RuntimeException e) {
                    problems.accept(new Item(p.toString(), null, "cannot list the folder (" + e.getMessage() + ")"));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".text") || WebInputs.isWeb(p);
    }

    /** Counts the articles in the files (JSONL lines count one each) for the progress bar. */
    static long count(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            if (!f.toString().endsWith(".jsonl")) {
                n++;
                continue;
            }
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> !l.isBlank()).count();
            } catch (IOException | RuntimeException e) {
                n++;
            }
        }
        return n;
    }

    /** Reads every article of one file and hands each (or its problem) to {@code sink}. */
    static void read(Path f, LocalDate published, Consumer<Item> sink) {
        if (WebInputs.isWeb(f)) {
            WebInputs.pages(f, page -> {
                try {
                    sink.accept(new Item(page.source(), Pages.englishArticle(page, published), null));
                } catch (IllegalArgumentException e) {
                    sink.accept(new Item(page.source(), null, e.getMessage()));
                }
            }, (where, why) -> sink.accept(new Item(where, null, why)));
            return;
        }
        if (!f.toString().endsWith(".jsonl")) {
            try {
                sink.accept(new Item(f.toString(), ArticleFiles.read(f, published), null));
            } catch (ArticleFiles.Unreadable e) {
                sink.accept(new Item(f.toString(), null, e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
            }
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                String where = f + ":" + lineNo;
                sink.accept(jsonItem(where, line, published));
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new Item(f.toString(), null, "cannot be read as UTF-8 JSONL (" + e.getMessage() + ")"));
        }
    }

    static Item jsonItem(String where, String line, LocalDate published) {
        try {
            return new Item(where, JsonlArticles.parse(line, where, published), null);
        } catch (IllegalArgumentException e) {
            return new Item(where, null, e.getMessage());
        }
    }
}
