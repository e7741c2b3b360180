package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.ingest.Page;
import dossier.ingest.Pages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier extract FILE...}: what the readers make of each input, without any NLP. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Show the article text and metadata read from HTML, WARC, RSS/Atom or text files.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per line).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        int[] problems = new int[1];
        for (Path f : files) {
            WebInputs.pages(f, page -> {
                if (format == Format.json) {
                    ObjectNode n = json.createObjectNode();
                    n.put("source", page.source()).put("url", page.url()).put("title", page.title());
                    page.authors().forEach(n.putArray("authors")::add);
                    if (!n.has("authors")) n.putArray("authors");
                    n.put("published", page.published() == null ? null : page.published().toString());
                    n.put("language", Pages.language(page)).put("siteName", page.siteName());
                    if (page.summaryOnly()) n.put("summaryOnly", true);
                    n.put("text", page.text());
                    out.println(n.toString());
                } else {
                    out.println("== " + page.source());
                    out.println("url:       " + page.url());
                    out.println("title:     " + page.title());
                    out.println("authors:   " + String.join(", ", page.authors()));
                    out.println("published: " + page.published());
                    out.println("language:  " + Pages.language(page) + (page.summaryOnly() ? "   (feed summary only)" : ""));
                    out.println();
                    out.println(page.text());
                    out.println();
                }
            }, (where, why) -> {
                err.println("dossier: skipped " + where + ": " + why);
                problems[0]++;
            });
        }
        out.flush();
        return problems[0] == 0 ? 0 : 1;
    }
}
