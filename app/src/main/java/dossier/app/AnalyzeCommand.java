package dossier.app;

import dossier.Dossier;
import dossier.json.RecordJson;
import dossier.model.Article;
import dossier.model.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier analyze FILE...}: one record per article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse plain-text articles: entities, quotes and speakers, times, roles.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, json, timeline }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Articles: plain text (UTF-8), HTML (.html, .htm, gzipped too), WARC (.warc, .warc.gz), RSS/Atom, JSONL.")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date: relative times count from it. Default: a date stated in the text.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json or timeline (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one NAME.json record per input file into DIR.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) Files.createDirectories(out);
        Dossier dossier = null;
        int failed = 0;
        for (Path file : files) {
            List<Inputs.Item> items = new java.util.ArrayList<>();
            Inputs.read(file, published, items::add);
            int n = 0;
            for (Inputs.Item item : items) {
                n++;
                if (item.problem() != null) {
                    stderr.println("dossier: skipped " + item.where() + ": " + item.problem());
                    failed++;
                    continue;
                }
                if (dossier == null) dossier = Dossier.standard();
                Record record;
                try {
                    record = dossier.analyze(item.article());
                } catch (RuntimeException | OutOfMemoryError e) {
                    stderr.println("dossier: skipped " + item.where() + ": analysis failed (" + e + ")");
                    failed++;
                    continue;
                }
                if (out != null) {
                    Path target = out.resolve(baseName(file) + (items.size() > 1 ? "-" + n : "") + ".json");
                    Files.writeString(target, RecordJson.write(record, true) + "\n", StandardCharsets.UTF_8);
                    stderr.println("dossier: " + item.where() + " -> " + target);
                } else if (format == Format.json) {
                    stdout.println(RecordJson.write(record, true));
                } else if (format == Format.timeline) {
                    stdout.print(TextView.timeline(record));
                } else {
                    stdout.print(TextView.render(record));
                }
                stdout.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
