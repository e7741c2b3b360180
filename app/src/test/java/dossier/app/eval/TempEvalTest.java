package dossier.app.eval;

import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TimeML reader and the TempEval-3 measures on a fixture written for them. */
class TempEvalTest {
    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
            <TEXT>
            Sales <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03">yesterday</TIMEX3> after \
            <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> of decline &amp; losses in \
            <TIMEX3 tid="t3" type="DATE" value="2000">last year</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextDctAndTimexSpans() throws Exception {
        TimeMl.Document d = TimeMl.parse("test.tml", new StringReader(TML));
        assertEquals(LocalDate.of(2001, 5, 4), d.dct());
        assertEquals(3, d.timexes().size());
        assertEquals("yesterday", d.timexes().get(0).span().of(d.text()));
        assertEquals("three months", d.timexes().get(1).span().of(d.text()));
        assertEquals("P3M", d.timexes().get(1).value());
        assertEquals("last year", d.timexes().get(2).span().of(d.text()));
        assertEquals(true, d.text().contains("decline & losses"), "entities are decoded");
    }

    @Test
    void strictRelaxedAndValue() throws Exception {
        TimeMl.Document d = TimeMl.parse("test.tml", new StringReader(TML));
        Span yesterday = d.timexes().get(0).span(), months = d.timexes().get(1).span(),
                lastYear = d.timexes().get(2).span();
        List<TempEval.Found> found = List.of(
                new TempEval.Found(yesterday, "2001-05-03"),                                   // exact, right value
                new TempEval.Found(new Span(months.start() + 6, months.end()), "PXM"),          // overlap, wrong value
                new TempEval.Found(new Span(0, 5), "PRESENT_REF"));                            // no gold: "Sales"
        TempEval.Counts c = TempEval.score(found, d.timexes());
        assertEquals(1.0 / 3, c.strict().precision(), 1e-9);
        assertEquals(1.0 / 3, c.strict().recall(), 1e-9);
        assertEquals(2.0 / 3, c.relaxed().precision(), 1e-9);
        assertEquals(2.0 / 3, c.relaxed().recall(), 1e-9);
        assertEquals(0.5, c.valueAccuracy(), 1e-9);
        assertEquals(2.0 / 3 * 0.5, c.valueF1(), 1e-9);
        assertEquals(false, lastYear.overlaps(new Span(0, 5)));
    }
}
