package dossier.app;

import dossier.json.RecordJson;
import dossier.model.Record;
import dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * {@code dossier load PATH...}: records analysed elsewhere (by {@code analyze --out}, {@code export}, or a
 * distributed job) into the store, without analysing again. One writer; a record already in the store (same
 * article id) changes nothing, so loading the same files twice duplicates nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load analysed records (JSONL, one per line, or .json files) into the store without re-analysing.")
final class LoadCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Record files (.jsonl, .jsonl.gz: one record per line; .json: one record) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int[] counts = new int[3];  // loaded, unchanged, skipped
        try (Store s = store.open()) {
            for (Path file : Inputs.files(paths, LoadCommand::isRecordFile, item -> skip(err, item.where(), item.problem(), counts))) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                try {
                    if (name.endsWith(".json") || name.endsWith(".json.gz")) {
                        try (BufferedReader in = reader(file)) {
                            add(s, in.lines().collect(java.util.stream.Collectors.joining("\n")), file.toString(), err, counts);
                        }
                    } else {
                        try (BufferedReader in = reader(file)) {
                            String line;
                            for (int n = 1; (line = in.readLine()) != null; n++) {
                                if (!line.isBlank()) add(s, line, file + ":" + n, err, counts);
                            }
                        }
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // A file that stops being readable part way keeps the records before the fault.
                    skip(err, file.toString(), "cannot be read (" + reason(e) + ")", counts);
                }
            }
        }
        out.printf(Locale.ROOT, "loaded %d, already in the store %d, skipped %d%n", counts[0], counts[1], counts[2]);
        return counts[2] == 0 ? 0 : 1;
    }

    private static void add(Store s, String json, String where, PrintWriter err, int[] counts) {
        Record r;
        try {
            r = RecordJson.read(json);
        } catch (IllegalArgumentException e) {
            skip(err, where, e.getMessage(), counts);
            return;
        }
        try {
            counts[s.add(r) == Store.Added.INGESTED ? 0 : 1]++;
        } catch (IllegalStateException e) {
            // The store refused this one record (its transaction rolled back); the others go on.
            skip(err, where, e.getMessage(), counts);
        }
    }

    private static void skip(PrintWriter err, String where, String why, int[] counts) {
        err.println("dossier load: " + where + ": " + why + "; skipped");
        err.flush();
        counts[2]++;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
        return cause instanceof CharacterCodingException ? "not UTF-8" : String.valueOf(cause.getMessage());
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Record files in a folder: JSON and JSONL, gzipped or not, and Hadoop-style part files. */
    static boolean isRecordFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".json.gz")
                || (n.startsWith("part-") && !n.endsWith(".crc"));
    }
}
