package dossier.app;

import dossier.json.RecordJson;
import dossier.model.Record;
import dossier.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records analysed in one place load into a store elsewhere, unchanged, once, with bad lines reported. */
@Tag("models")
class LoadCommandIT {
    @TempDir
    Path dir;

    @Test
    void recordsLoadOnceUnchangedAndBadLinesAreReported() throws Exception {
        Path in = dir.resolve("in"), records = dir.resolve("records"), db = dir.resolve("kb.db");
        IngestCommandIT.writeArticles(in, 5);
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--out", records.toString(), "--published", "2024-02-02"));
        try (Stream<Path> texts = Files.list(in)) {
            texts.sorted().forEach(t -> args.add(t.toString()));
        }
        AnalyzeCommandIT.Run analysed = IngestCommandIT.ingest(args.toArray(String[]::new));
        assertEquals(0, analysed.code(), analysed.err());
        List<Path> json;
        try (Stream<Path> files = Files.list(records)) {
            json = files.sorted().toList();
        }
        assertEquals(5, json.size());
        // The fifth record only in a gzipped JSONL file, beside a repeat of the first, a broken line and a record
        // whose offsets point past its text.
        Record fifth = RecordJson.read(Files.readString(json.get(4)));
        Record first = RecordJson.read(Files.readString(json.get(0)));
        Files.delete(json.get(4));
        var shortened = RecordJson.toTree(first);
        shortened.with("article").put("text", "short");
        String pastTheEnd = shortened.toString();
        Path jsonl = dir.resolve("more.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
            out.write((RecordJson.write(first, false) + "\n{\"article\": {\n" + pastTheEnd + "\n\n"
                    + RecordJson.write(fifth, false) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        AnalyzeCommandIT.Run load = IngestCommandIT.ingest("load", records.toString(), jsonl.toString(), "--db", db.toString());
        assertEquals(1, load.code(), "a skipped record makes the exit code non-zero");
        assertTrue(load.out().contains("loaded 5, already in the store 1, skipped 2"), load.out() + load.err());
        assertTrue(load.err().contains("more.jsonl.gz:2: not JSON"), load.err());
        assertTrue(load.err().contains("more.jsonl.gz:3: not a dossier record"), load.err());

        AnalyzeCommandIT.Run again = IngestCommandIT.ingest("load", records.toString(), jsonl.toString(), "--db", db.toString());
        assertTrue(again.out().contains("loaded 0, already in the store 6, skipped 2"), again.out());
        assertEquals(5, IngestCommandIT.articles(db));

        try (Store s = Store.open(db.toString())) {
            assertEquals(RecordJson.write(fifth, false), s.recordJson(fifth.article().id()), "stored as analysed");
            assertEquals(1, s.findEntities("Nadia Koval").size(), "linked across loaded articles");
        }

        // One store's export is another's input.
        AnalyzeCommandIT.Run export = IngestCommandIT.ingest("export", "--db", db.toString());
        Path exported = dir.resolve("export.jsonl"), copy = dir.resolve("copy.db");
        Files.writeString(exported, export.out());
        AnalyzeCommandIT.Run copied = IngestCommandIT.ingest("load", exported.toString(), "--db", copy.toString());
        assertTrue(copied.out().contains("loaded 5, already in the store 0, skipped 0"), copied.out() + copied.err());
        try (Store s = Store.open(copy.toString())) {
            assertEquals(RecordJson.write(first, false), s.recordJson(first.article().id()));
        }
    }
}
