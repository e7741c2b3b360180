package dossier.app.eval;

import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Span;
import dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineEvaluationTest {
    static final String TEXT = "Velmont has also said that it will close.";

    static Event at(String word) {
        return at(word, Event.Modality.ASSERTED, Map.of());
    }

    static Event at(String word, Event.Modality modality, Map<String, String> attributes) {
        int i = TEXT.indexOf(word);
        return new Event("V1", EventType.OTHER, new TextSpan(i, i + word.length(), word), modality,
                null, null, null, List.of(), attributes, new Span(0, TEXT.length()));
    }

    @Test
    void plansArePlacedButDenialsAndStatesAreNot() {
        assertTrue(TimelineEvaluation.isStep(at("close", Event.Modality.PLANNED, Map.of())));
        assertTrue(TimelineEvaluation.isStep(at("close", Event.Modality.HYPOTHETICAL, Map.of())));
        assertFalse(TimelineEvaluation.isStep(at("close", Event.Modality.NEGATED, Map.of())));
        assertFalse(TimelineEvaluation.isStep(at("close", Event.Modality.ASSERTED, Map.of("class", "STATE"))));
    }

    @Test
    void aStatementIsNamedByTheVerbOfItsCueNotItsAuxiliaries() {
        TextSpan cue = new TextSpan(8, 21, "has also said");
        assertEquals(TEXT.indexOf("said"), TimelineEvaluation.cueHead(cue, List.of(at("said"), at("close"))));
        assertEquals(8, TimelineEvaluation.cueHead(cue, List.of(at("close"))), "no event in the cue: its first word");
    }
}
