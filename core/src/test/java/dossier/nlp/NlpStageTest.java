package dossier.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class NlpStageTest {
    @Test
    void apostrophesInsideWordsAreStraightenedAndQuotationMarksAreNot() {
        String text = "‘We’ll see,’ said Marsh’s aide, who won’t say; the dockers’ union’s ‘yes’ stands.";
        String straight = NlpStage.straightApostrophes(text);
        assertEquals("‘We'll see,’ said Marsh's aide, who won't say; the dockers’ union's ‘yes’ stands.", straight);
        assertEquals(text.length(), straight.length(), "one character for one: every offset holds");
        String none = "No apostrophe here.";
        assertSame(none, NlpStage.straightApostrophes(none));
        assertEquals("’", NlpStage.straightApostrophes("’"));
        assertEquals("a’", NlpStage.straightApostrophes("a’"));
    }

    @Test
    void aPartyAndStateTagReadsAsTwoWordsAndTheRestStaysAsItIs() {
        assertReadAs("Rep. Tom Reyes (R-S.C.), Sen. Ana Ostrova (D-Ore.), T-shirts, U.S.-made vans, she’s",
                "Rep. Tom Reyes (R S.C.), Sen. Ana Ostrova (D-Ore.), T-shirts, U.S.-made vans, she's");
    }

    @Test
    void aTitleTheTokenizerDoesNotKnowIsReadAsOneItDoesBeforeANameOnly() {
        assertReadAs("Del. Ana Ostrova met Sec. Tom Reyes and Comm. Lena Marsh; the Del. river, Sec. 4, Comm. A.",
                "Gen. Ana Ostrova met Sen. Tom Reyes and Capt. Lena Marsh; the Del. river, Sec. 4, Comm. A.");
    }

    /** What the tagger reads for {@code text}, one character for one so that every offset holds. */
    private static void assertReadAs(String text, String expected) {
        String read = NlpStage.forTagger(text);
        assertEquals(expected, read);
        assertEquals(text.length(), read.length());
    }
}
