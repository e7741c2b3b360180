package dossier.app.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionEvaluationTest {
    @Test
    void snippetsAreComparedAsTheyReadNotAsTheyAreEncoded() {
        assertEquals("Werkzeugtypen und ihre Laufzeiten", ExtractionEvaluation.norm("Werk\u00ADzeug\u00ADty\u00ADpen  und\n ihre Lauf\u200Bzeiten"),
                "soft hyphens, zero-width spaces and runs of whitespace are invisible");
        assertEquals(ExtractionEvaluation.norm("caf\u00E9"), ExtractionEvaluation.norm("cafe\u0301"), "one letter, composed or not");
    }
}
