package dossier.app.eval;

import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Span;
import dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stand-off reader and the event scorer on a MEANTIME-style fixture written for them. */
class EventEvaluationTest {
    static final String XML = """
            <Document doc_name="test">
            <token t_id="1" sentence="0" number="0">Plant</token>
            <token t_id="2" sentence="0" number="1">closes</token>
            <token t_id="3" sentence="1" number="2">Ford</token>
            <token t_id="4" sentence="1" number="3">closed</token>
            <token t_id="5" sentence="1" number="4">the</token>
            <token t_id="6" sentence="1" number="5">plant</token>
            <token t_id="7" sentence="1" number="6">in</token>
            <token t_id="8" sentence="1" number="7">May</token>
            <token t_id="9" sentence="2" number="8">Nobody</token>
            <token t_id="10" sentence="2" number="9">annotated</token>
            <token t_id="11" sentence="2" number="10">this</token>
            <Markables>
            <EVENT_MENTION m_id="20" pred="close"><token_anchor t_id="2"/></EVENT_MENTION>
            <EVENT_MENTION m_id="21" pred="close"><token_anchor t_id="4"/></EVENT_MENTION>
            <ENTITY_MENTION m_id="22"><token_anchor t_id="3"/></ENTITY_MENTION>
            <TIMEX3 m_id="23" type="DATE" value="2009-05" functionInDocument="NONE"><token_anchor t_id="8"/></TIMEX3>
            <TIMEX3 m_id="24" type="DATE" value="2009-06-01" functionInDocument="CREATION_TIME"></TIMEX3>
            </Markables>
            <Relations>
            <TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="21"/><target m_id="23"/></TLINK>
            <HAS_PARTICIPANT r_id="2" sem_role="Arg0"><source m_id="21"/><target m_id="22"/></HAS_PARTICIPANT>
            </Relations>
            </Document>
            """;

    static Event event(StandoffCorpus.Document d, String word, String time, Span... participants) {
        int i = d.text().indexOf(word);
        Span s = new Span(i, i + word.length());
        List<Event.Participant> ps = java.util.Arrays.stream(participants)
                .map(p -> new Event.Participant("agent", "E1", TextSpan.of(d.text(), p))).toList();
        return new Event("V", EventType.OTHER, TextSpan.of(d.text(), s), Event.Modality.ASSERTED, time, null, null,
                ps, Map.of(), s);
    }

    @Test
    void readsMentionsAnchorsParticipantsAndAnnotatedSentences() throws Exception {
        StandoffCorpus.Document d = StandoffCorpus.parse("test.xml", new StringReader(XML));
        assertEquals("Plant closes\nFord closed the plant in May\nNobody annotated this", d.text());
        assertEquals("meantime", d.corpus());
        assertEquals(2, d.events().size());
        assertEquals("2009-05", d.events().get(1).anchor());
        assertEquals("Ford", d.events().get(1).participants().get(0).of(d.text()));
        assertEquals(2, d.annotated().size(), "the third sentence has no markable");
    }

    @Test
    void scoresOnlyAnnotatedSentences() throws Exception {
        StandoffCorpus.Document d = StandoffCorpus.parse("test.xml", new StringReader(XML));
        int ford = d.text().indexOf("Ford");
        List<Event> system = List.of(
                event(d, "closed", "2009-05", new Span(ford, ford + 4)),  // right, anchored right, participant found
                event(d, "plant", null),                                         // not gold: a false alarm
                event(d, "annotated", null));                                   // outside the annotated sentences
        EventEvaluation.Counts c = new EventEvaluation.Counts();
        EventEvaluation.score(system, d, c);
        assertEquals(2, c.system);
        assertEquals(0.5, c.exact().precision(), 1e-9);
        assertEquals(0.5, c.exact().recall(), 1e-9);
        assertEquals(1.0, c.anchorAccuracy(), 1e-9);
        assertEquals(1.0, c.participantAccuracy(), 1e-9);
    }

    @Test
    void participantLinksDossierMakesAreCheckedAgainstGolds() throws Exception {
        StandoffCorpus.Document d = StandoffCorpus.parse("test.xml", new StringReader(XML));
        int ford = d.text().indexOf("Ford"), plant = d.text().indexOf("the plant");
        EventEvaluation.Counts c = new EventEvaluation.Counts();
        EventEvaluation.score(List.of(event(d, "closed", null, new Span(ford, ford + 4), new Span(plant, plant + 9))), d, c);
        assertEquals(1.0, c.participantAccuracy(), 1e-9);
        assertEquals(0.5, c.participantPrecision(), 1e-9, "the plant is no participant the annotators linked");
    }
}
