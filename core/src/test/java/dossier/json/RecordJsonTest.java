package dossier.json;

import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Paragraph;
import dossier.model.Problem;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Record;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TextSpan;
import dossier.model.TimeExpression;
import dossier.model.TimeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records read back from JSON are the records that were written, and broken JSON is refused with a reason. */
class RecordJsonTest {
    static final String TEXT = "Dam opens\n\nEngineer Ana Ruiz said on Monday: \"The water is safe.\" Officials later tested it.";

    static Record sample() {
        String t = TEXT;
        int ana = t.indexOf("Ana Ruiz"), quote = t.indexOf("\"The"), said = t.indexOf("said"), monday = t.indexOf("Monday");
        Article a = new Article("00aa11bb22cc33dd", "dam.txt", "Dam opens", LocalDate.of(2024, 5, 8), t,
                List.of(new Paragraph(new Span(0, 9), Paragraph.Kind.HEADLINE), new Paragraph(new Span(11, t.length()), Paragraph.Kind.BODY)),
                List.of());
        Entity ruiz = new Entity("E1", EntityType.PERSON, null, "Ana Ruiz", Gender.FEMALE, List.of("Ana Ruiz"),
                List.of(new Mention(new Span(ana, ana + 8), "Ana Ruiz", EntityType.PERSON, Mention.Kind.NAME)),
                List.of(new Role("engineer", null, new Span(11, ana + 8), "Engineer Ana Ruiz")));
        Quote q = new Quote("Q1", new Span(quote, quote + 18), "\"The water is safe.\"", QuoteType.DIRECT, "E1",
                List.of(), TextSpan.of(t, new Span(ana, ana + 8)), TextSpan.of(t, new Span(said, said + 4)));
        TimeExpression monday1 = new TimeExpression("T1", new Span(monday, monday + 6), "Monday", TimeType.DATE, "2024-05-06", null);
        int tested = t.indexOf("tested");
        Event e = new Event("V1", EventType.OTHER, TextSpan.of(t, new Span(tested, tested + 6)), Event.Modality.ASSERTED,
                null, null, null, List.of(new Event.Participant("agent", null, TextSpan.of(t, new Span(t.indexOf("Officials"), t.indexOf("Officials") + 9)))),
                Map.of("note", "x"), new Span(t.indexOf("Officials"), t.length()));
        return new Record(a, List.of(ruiz), List.of(q), List.of(monday1), List.of(e), List.of(new Problem("events", "one note")));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Record r = sample();
        String json = RecordJson.write(r, false);
        Record back = RecordJson.read(json);
        assertEquals(json, RecordJson.write(back, false));
        assertEquals(r, back);
        assertEquals(json, RecordJson.write(RecordJson.read(RecordJson.write(r, true)), false), "pretty or not");
    }

    @Test
    void aJointSourcesCoSpeakersReadBack() {
        Record r = sample();
        Quote q = r.quotes().get(0);
        Quote joint = new Quote(q.id(), q.span(), q.text(), q.type(), q.speaker(), List.of("E2", "E3"),
                q.speakerMention(), q.cue());
        Record withJoint = new Record(r.article(), r.entities(), List.of(joint), r.times(), r.events(), r.problems());
        String json = RecordJson.write(withJoint, false);
        assertTrue(json.contains("\"coSpeakers\":[\"E2\",\"E3\"]"), json);
        assertEquals(withJoint, RecordJson.read(json));
        assertEquals(List.of("E1", "E2", "E3"), RecordJson.read(json).quotes().get(0).speakers());
        assertTrue(!RecordJson.write(r, false).contains("coSpeakers"), "written only for a joint source");
    }

    @Test
    void brokenRecordsAreRefusedWithTheReason() {
        String good = RecordJson.write(sample(), false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordJson.read("{\"article\": ")).getMessage().startsWith("not JSON"));
        assertThrows(IllegalArgumentException.class, () -> RecordJson.read("[1, 2]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordJson.read("{}")).getMessage().contains("\"article\""));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RecordJson.read(good.replace("\"type\":\"PERSON\"", "\"type\":\"ROBOT\""))).getMessage().contains("ROBOT"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RecordJson.read(good.replace("\"start\":0,\"end\":9", "\"start\":0,\"end\":9000"))).getMessage().contains("past the end"));
        assertThrows(IllegalArgumentException.class, () -> RecordJson.read(good.replace("\"start\":0,", "\"start\":\"zero\",")));
        assertThrows(IllegalArgumentException.class, () -> RecordJson.read(good.replace("\"start\":0,\"end\":9", "\"start\":9,\"end\":0")), "end before start");
    }
}
