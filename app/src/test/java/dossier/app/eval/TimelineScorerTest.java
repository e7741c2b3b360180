package dossier.app.eval;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The timeline measure on timelines small enough to count by hand, and the reader on a document written for it. */
class TimelineScorerTest {
    static List<TimelineTask.Line> timeline(String... lines) {
        return TimelineTask.timeline(List.of(lines));
    }

    static final List<TimelineTask.Line> GOLD = timeline(
            "0\tXXXX-XX-XX\td",
            "1\t2020-01-01\ta\tb",
            "2\t2020-02-XX\tc");

    @Test
    void countsTheReducedGraphAgainstTheClosure() {
        // Gold- : a=b, 01-01 includes a, a<c, 02-XX includes c. Gold+ adds b<c and 01-01 includes b.
        // Sys- : 01-01 includes a, a<b, 01-15 includes b, b<c, 02-XX includes c; three of them are in Gold+.
        // Sys+ holds three of Gold-: all but a=b.
        List<TimelineTask.Line> system = timeline(
                "1\t2020-01-01\ta",
                "2\t2020-01-15\tb",
                "3\t2020-02-XX\tc");
        TimelineScorer.Counts c = TimelineScorer.score(GOLD, system);
        assertEquals(new TimelineScorer.Counts(5, 3, 4, 3), c);
        assertEquals(0.6, c.precision(), 1e-9);
        assertEquals(0.75, c.recall(), 1e-9);
        assertEquals(2 * 0.6 * 0.75 / 1.35, c.f1(), 1e-9);
    }

    @Test
    void theSameTimelineScoresOneAndUnorderedEventsStateNothing() {
        assertEquals(1.0, TimelineScorer.score(GOLD, GOLD).f1(), 1e-9);
        TimelineScorer.Counts nothing = TimelineScorer.score(GOLD, timeline("0\tXXXX-XX-XX\ta\tb\tc\td"));
        assertEquals(new TimelineScorer.Counts(0, 0, 4, 0), nothing);
        assertEquals(0, nothing.f1());
    }

    @Test
    void sumsOverTimelines() {
        TimelineScorer.Counts a = new TimelineScorer.Counts(2, 1, 4, 2), b = new TimelineScorer.Counts(3, 3, 1, 1);
        assertEquals(new TimelineScorer.Counts(5, 4, 5, 3), a.plus(b));
        assertEquals(0.8, a.plus(b).precision(), 1e-9);
    }

    @Test
    void readsADocumentAsTextWithTheTaskNamesOfItsWords() throws Exception {
        String tml = """
                <?xml version='1.0' encoding='utf-8'?>
                <TimeML><DOCID>4242</DOCID>
                <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="05-03-2011">05-03-2011</TIMEX3></DCT>
                <TEXT><s id="0">Orbital Freight 's ferry docks</s><s id="1">March 05 , 2011</s><s id="2">The ferry ( OF-2 ) docked , officials said `` on time '' .</s></TEXT></TimeML>
                """;
        TimelineTask.Document d = TimelineTask.document(new StringReader(tml));
        assertEquals("4242", d.id());
        assertEquals(LocalDate.of(2011, 3, 5), d.dct(), "day-month-year, as one document of the task writes it");
        assertEquals("Orbital Freight's ferry docks\n\nMarch 05, 2011\n\nThe ferry (OF-2) docked, officials said \"on time\".",
                d.text());
        assertEquals("4242-2-docked", d.eventAt(d.text().indexOf("docked")));
        assertEquals("4242-0-docks", d.eventAt(d.text().indexOf("docks") + 2));
        assertNull(d.eventAt(d.text().indexOf("(OF") - 1), "a space belongs to no word");
        int officials = d.text().indexOf("officials");
        assertEquals("4242-2-officials_said", d.eventAt(officials, d.text().indexOf(" \"on")),
                "the words of a trigger that spans several, as the task names \"rolled out\"");
    }

    @Test
    void timexValuesAsTheTaskWritesDates() {
        assertEquals("2009-06-01", TimelineEvaluation.date("2009-06-01TEV"));
        assertEquals("2009-06-XX", TimelineEvaluation.date("2009-06"));
        assertEquals("2009-XX-XX", TimelineEvaluation.date("2009-W23"));
        assertNull(TimelineEvaluation.date("PRESENT_REF"));
        assertNull(TimelineEvaluation.date("P16Y"));
        assertNull(TimelineEvaluation.date(null));
    }
}
