package dossier.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's path past one machine: `dossier spark` in local[2], then `dossier load` of what it wrote. */
@Tag("models")
class SparkCommandIT {
    @TempDir
    Path dir;

    @Test
    void sparkOutputLoadsIntoTheStore() throws Exception {
        Path in = dir.resolve("in"), out = dir.resolve("out"), db = dir.resolve("kb.db");
        IngestCommandIT.writeArticles(in, 4);
        AnalyzeCommandIT.Run spark = IngestCommandIT.ingest("spark", in.toString(), "--output", out.toString(),
                "--master", "local[2]", "--published", "2024-02-02");
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("analysed 4, failed 0"), spark.out());
        AnalyzeCommandIT.Run load = IngestCommandIT.ingest("load", out.resolve("records").toString(), "--db", db.toString());
        assertTrue(load.out().contains("loaded 4, already in the store 0, skipped 0"), load.out() + load.err());
        assertEquals(4, IngestCommandIT.articles(db));
        assertTrue(Files.list(out.resolve("parquet")).anyMatch(p -> p.toString().endsWith(".parquet")));
    }
}
