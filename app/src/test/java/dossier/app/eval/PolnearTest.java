package dossier.app.eval;

import dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The brat reader on a fixture written for it (no PolNeAR text enters the repository). */
class PolnearTest {
    @TempDir
    Path dir;

    @Test
    void readsAttributionsDiscontinuousContentsAndOneAnnotator() throws Exception {
        String text = "Title\n\n“One,” she said. “Two.” Officials said the plan failed.\n";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/doc-a.txt"), text);
        Files.writeString(dir.resolve("attributions/doc-a_aaaa.ann"), String.join("\n",
                "T1\tSource 14 17\tshe",
                "T2\tCue 18 22\tsaid",
                "T3\tContent 7 13;24 30\t“One,” “Two.”",
                "T4\tAttribution 18 22\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource 31 40\tOfficials",
                "T6\tCue 41 45\tsaid",
                "T7\tContent 46 61\tthe plan failed",
                "T8\tAttribution 41 45\tsaid",
                "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
                "T9\tDiscard 0 5\tTitle", ""));
        Files.writeString(dir.resolve("attributions/doc-a_bbbb.ann"), "T1\tCue 18 22\tsaid\nE1\tAttribution:T1 Cue:T1\n");
        Files.writeString(dir.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\tdoc-a\t2016-09-12\n");

        List<Polnear.Document> docs = Polnear.read(dir);
        assertEquals(1, docs.size());
        Polnear.Document d = docs.get(0);
        assertEquals(LocalDate.of(2016, 9, 12), d.published());
        assertEquals(2, d.gold().size(), "the first annotator only");
        Attribution first = d.gold().get(0);
        assertEquals(List.of(new Span(7, 13), new Span(24, 30)), first.contents());
        assertEquals("she", first.sources().get(0).of(text));
        assertEquals(true, first.isDirect(text));
        assertEquals(false, d.gold().get(1).isDirect(text));
    }
}
